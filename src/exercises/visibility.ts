import { seesUnpublished, type Viewer } from '../common/access/viewer.js';
import { notSignedIn } from '../common/access/roles.guard.js';
import { forbidden } from '../common/errors/errors.js';
import type { Exercise } from './exercise.entity.js';
import type { ExerciseFilter } from './dto/exercise-filter.input.js';
import { ExerciseStatus } from './vocabulary.js';

/** Apps, staff and anonymous callers see published exercises only. */
export function canSee(viewer: Viewer, exercise: Pick<Exercise, 'status'> | null): boolean {
  return !!exercise && (exercise.status === ExerciseStatus.PUBLISHED || seesUnpublished(viewer));
}

/**
 * The filter as this viewer may run it: without a clinician's sign-in the status is PUBLISHED,
 * and asking for another status is FORBIDDEN rather than silently ignored.
 */
export function visibleFilter(filter: ExerciseFilter, viewer: Viewer): ExerciseFilter {
  if (seesUnpublished(viewer)) return filter;
  if (filter.status?.some((s) => s !== ExerciseStatus.PUBLISHED)) {
    const reason = 'Only PUBLISHED exercises are visible without a clinician or admin sign-in.';
    throw viewer.kind === 'anonymous' ? notSignedIn(viewer, reason) : forbidden(reason);
  }
  return { ...filter, status: [ExerciseStatus.PUBLISHED] };
}
