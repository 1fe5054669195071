import type { ProgressionDimension, ProgressionKind } from '../progressions/vocabulary.js';
import type { Exercise } from './exercise.entity.js';

/**
 * An exercise's detail (`exercise(by:)`) is read in one statement with its progression edges and
 * their other ends. What that statement read travels on the objects themselves, under symbols
 * (never serialised, never a GraphQL field): the edge resolvers use it instead of their loaders.
 * It is not put in the request's loaders because it holds only the columns this one field's
 * selection asked for; another field of the same document asking for more would find it short.
 */
const EDGES_READ = Symbol('progression edges read with the exercise');
const ENDS_READ = Symbol('both ends read with the edge');

/** A progression edge as the detail statement reads it: the progression's fields and its ends. */
export interface EdgeRead {
  id: string;
  fromId: string;
  toId: string;
  kind: ProgressionKind;
  changes: ProgressionDimension[];
  criterion: string;
  order: number;
  createdAt: Date;
  updatedAt: Date;
  [ENDS_READ]: { from: Exercise; to: Exercise };
}

/** Every edge touching the exercise whose other end its viewer may see, siblings in order. */
export function edgesReadWith(exercise: Exercise): EdgeRead[] | undefined {
  return (exercise as { [EDGES_READ]?: EdgeRead[] })[EDGES_READ];
}

/** The end of an edge read with a detail, if it was. */
export function endReadWith(edge: object, end: 'from' | 'to'): Exercise | undefined {
  return (edge as Partial<EdgeRead>)[ENDS_READ]?.[end];
}

/** Attaches the edges read with `exercise` (each with `exercise` and its other end). */
export function attachEdges(
  exercise: Exercise,
  edges: (Omit<EdgeRead, typeof ENDS_READ> & { end: Exercise })[],
): void {
  (exercise as { [EDGES_READ]?: EdgeRead[] })[EDGES_READ] = edges.map(({ end, ...edge }) => ({
    ...edge,
    [ENDS_READ]:
      edge.fromId === exercise.id ? { from: exercise, to: end } : { from: end, to: exercise },
  }));
}
