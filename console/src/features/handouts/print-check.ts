import { useQueries } from '@tanstack/react-query';
import type { Locale, TranslatableField } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { EXERCISE_PRINT_CHECK } from './operations';

export interface Fallback {
  exerciseId: string;
  exerciseName: string;
  fields: TranslatableField[];
}

export interface PrintCheck {
  /** Exercises whose text in the language lacks fields: those print in English. */
  fallbacks: Fallback[];
  /** Exercises with pictures none of which has a verified licence: printed without one. */
  unprinted: { exerciseId: string; name: string }[];
  pending: boolean;
}

/**
 * What the API will do with these exercises in `locale`, asked before issuing: the API tells a
 * handout's fallbacks only once it is issued, so the desk reads each exercise's localized text
 * (fallbackFields) and its pictures' licences, the same facts the API prints from. One query per
 * distinct exercise (at most 40), cached, so adding an item asks about that one only.
 */
export function usePrintCheck(exerciseIds: string[], locale: Locale): PrintCheck {
  const ids = [...new Set(exerciseIds)];
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['handouts', 'print-check', id, locale],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        request(EXERCISE_PRINT_CHECK, { id, locale }, signal),
    })),
  });
  const fallbacks: Fallback[] = [];
  const unprinted: PrintCheck['unprinted'] = [];
  for (const result of results) {
    const exercise = result.data?.exercise;
    if (!exercise) continue;
    // English is the library's own text: nothing falls back.
    if (locale !== 'EN' && exercise.localized.fallbackFields.length > 0) {
      fallbacks.push({
        exerciseId: exercise.id,
        exerciseName: exercise.name,
        fields: exercise.localized.fallbackFields,
      });
    }
    const images = exercise.media.filter((media) => media.kind === 'IMAGE');
    if (images.length > 0 && !images.some((media) => media.licenceVerified)) {
      unprinted.push({ exerciseId: exercise.id, name: exercise.name });
    }
  }
  return { fallbacks, unprinted, pending: results.some((r) => r.isPending) };
}
