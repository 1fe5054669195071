import { registerEnumType } from '@nestjs/graphql';
import type { Exercise } from './exercise.entity.js';

/** What a draft may still lack; all are required before review. */
export enum TagFacet {
  PLANES = 'PLANES',
  STANCE = 'STANCE',
  POSITION = 'POSITION',
  TEMPO = 'TEMPO',
  INSTRUCTIONS = 'INSTRUCTIONS',
}

/**
 * The input field that sets each facet (createExercise, updateExercise): what an error tells a
 * client to send. TEMPO is the tempo intent; the notation may stay empty on an isometric hold.
 */
export const TAG_FIELD: Readonly<Record<TagFacet, string>> = {
  [TagFacet.PLANES]: 'planes',
  [TagFacet.STANCE]: 'stance',
  [TagFacet.POSITION]: 'position',
  [TagFacet.TEMPO]: 'tempoIntent',
  [TagFacet.INSTRUCTIONS]: 'steps',
};

registerEnumType(TagFacet, {
  name: 'TagFacet',
  description: 'A facet a draft still lacks: tag it before review',
  valuesMap: Object.fromEntries(
    Object.values(TagFacet).map((facet) => [
      facet,
      { description: `No \`${TAG_FIELD[facet]}\` yet: set it with updateExercise` },
    ]),
  ),
});

type Taggable = Pick<Exercise, 'planes' | 'stance' | 'position' | 'tempoIntent' | 'steps'>;

export function missingTags(exercise: Taggable): TagFacet[] {
  const missing: TagFacet[] = [];
  if (exercise.planes.length === 0) missing.push(TagFacet.PLANES);
  if (!exercise.stance) missing.push(TagFacet.STANCE);
  if (!exercise.position) missing.push(TagFacet.POSITION);
  if (!exercise.tempoIntent) missing.push(TagFacet.TEMPO);
  if (exercise.steps.length === 0) missing.push(TagFacet.INSTRUCTIONS);
  return missing;
}

/** The input fields an exercise still lacks before review, e.g. `['planes', 'tempoIntent']`. */
export function missingTagFields(exercise: Taggable): string[] {
  return missingTags(exercise).map((facet) => TAG_FIELD[facet]);
}

/** `a`, `a and b`, `a, b and c`: field names in a sentence. */
export function listed(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The same rule in SQL, for the clinicians' tagging queue. */
export const NEEDS_TAGGING_SQL =
  '(cardinality(e.planes) = 0 OR e.stance IS NULL OR e.position IS NULL OR e.tempo_intent IS NULL OR cardinality(e.steps) = 0)';
