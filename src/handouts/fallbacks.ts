import { DEFAULT_LOCALE, type Locale } from '../translations/locale.js';
import type { TranslatableField } from '../translations/localize.js';
import type { HandoutItemSnapshot } from './handout-content.js';

/** An exercise of a handout with fields in the default locale, as HandoutFallback shows it. */
export interface ItemFallback {
  exerciseId: string;
  /** As printed: in the default locale when the name itself fell back. */
  exerciseName: string;
  fields: TranslatableField[];
  language: Locale;
}

/**
 * The exercises of a frozen handout that fell back to the default locale (from localize()'s
 * fallbackFields, kept in the snapshot), once each, in the handout's order: an exercise given
 * twice has the same text both times.
 */
export function fallbacksOf(
  items: readonly Pick<HandoutItemSnapshot, 'exerciseId' | 'name' | 'fallbackFields'>[],
): ItemFallback[] {
  const seen = new Set<string>();
  const fallbacks: ItemFallback[] = [];
  for (const item of items) {
    if (item.fallbackFields.length === 0 || seen.has(item.exerciseId)) continue;
    seen.add(item.exerciseId);
    fallbacks.push({
      exerciseId: item.exerciseId,
      exerciseName: item.name,
      fields: [...item.fallbackFields],
      language: DEFAULT_LOCALE,
    });
  }
  return fallbacks;
}
