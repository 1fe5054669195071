import { ExerciseStatus } from './vocabulary.js';
import { transitionProblem } from './workflow.js';

const { DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED } = ExerciseStatus;

describe('the curation workflow', () => {
  it.each([
    [DRAFT, IN_REVIEW],
    [IN_REVIEW, PUBLISHED],
    [IN_REVIEW, DRAFT],
    [PUBLISHED, ARCHIVED],
    [DRAFT, ARCHIVED],
    [ARCHIVED, DRAFT],
  ])('allows %s -> %s', (from, to) => {
    expect(transitionProblem(from, to)).toBeNull();
  });

  it.each([
    [
      DRAFT,
      PUBLISHED,
      'a DRAFT exercise cannot become PUBLISHED; it can become IN_REVIEW or ARCHIVED',
    ],
    [PUBLISHED, DRAFT, 'a PUBLISHED exercise cannot become DRAFT; it can become ARCHIVED'],
    [ARCHIVED, PUBLISHED, 'a ARCHIVED exercise cannot become PUBLISHED; it can become DRAFT'],
    [PUBLISHED, PUBLISHED, 'the exercise is already PUBLISHED'],
  ])('refuses %s -> %s', (from, to, reason) => {
    expect(transitionProblem(from, to)).toBe(reason);
  });
});
