import { ExerciseStatus } from './vocabulary.js';

const { DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED } = ExerciseStatus;

/**
 * DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED, plus the ways back a clinic needs: a reviewer
 * returns a draft for changes, an unfinished draft is archived, an archived exercise is revived
 * as a draft. A published exercise is archived, never pulled back to draft silently.
 */
export const TRANSITIONS: Readonly<Record<ExerciseStatus, readonly ExerciseStatus[]>> = {
  [DRAFT]: [IN_REVIEW, ARCHIVED],
  [IN_REVIEW]: [PUBLISHED, DRAFT, ARCHIVED],
  [PUBLISHED]: [ARCHIVED],
  [ARCHIVED]: [DRAFT],
};

/** The transitions as the schema describes them: `DRAFT -> IN_REVIEW or ARCHIVED; …`. */
export const TRANSITIONS_IN_WORDS = Object.entries(TRANSITIONS)
  .map(([from, to]) => `${from} -> ${to.join(' or ')}`)
  .join('; ');

/** Why `from -> to` is not allowed, or null when it is. */
export function transitionProblem(from: ExerciseStatus, to: ExerciseStatus): string | null {
  if (TRANSITIONS[from].includes(to)) return null;
  const allowed = TRANSITIONS[from].join(' or ');
  return from === to
    ? `the exercise is already ${to}`
    : `a ${from} exercise cannot become ${to}; it can become ${allowed}`;
}

/** The audit action of each arrival. */
export const ARRIVAL_ACTION: Readonly<Record<ExerciseStatus, string>> = {
  [DRAFT]: 'EXERCISE_RETURNED_TO_DRAFT',
  [IN_REVIEW]: 'EXERCISE_SUBMITTED_FOR_REVIEW',
  [PUBLISHED]: 'EXERCISE_PUBLISHED',
  [ARCHIVED]: 'EXERCISE_ARCHIVED',
};
