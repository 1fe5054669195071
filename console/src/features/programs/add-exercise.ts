import { queryClient } from '../../app/query-client';
import { request } from '../../lib/graphql';
import { type ProgramItemValue, newProgramItem } from './items';
import { EXERCISE_DEFAULT_DOSE } from './operations';

/**
 * A new item for an exercise known only by id and name (a balance suggestion), with the
 * library's default dose: read once per exercise, then from the cache. Without an answer the
 * item still comes, at 3 × 10, so one click always adds.
 */
export async function itemForExercise(exercise: {
  id: string;
  name: string;
}): Promise<ProgramItemValue> {
  try {
    const { exercise: found } = await queryClient.fetchQuery({
      queryKey: ['exercises', 'default-dose', exercise.id],
      queryFn: () => request(EXERCISE_DEFAULT_DOSE, { id: exercise.id }),
      staleTime: 5 * 60_000,
    });
    return newProgramItem(exercise, found?.prescription);
  } catch {
    return newProgramItem(exercise);
  }
}
