import { createHash } from 'node:crypto';
import type { Exercise } from '../exercises/exercise.entity.js';
import type { ExerciseTranslation } from './exercise-translation.entity.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';

/** The patient-facing text of an exercise that a translation may carry. */
export type TranslatableField = 'name' | 'summary' | 'steps' | 'cues' | 'precautions';

export const TRANSLATABLE_FIELDS: readonly TranslatableField[] = [
  'name',
  'summary',
  'steps',
  'cues',
  'precautions',
];

export type ExerciseText = Pick<Exercise, TranslatableField>;

export type TranslationText = { [K in TranslatableField]?: ExerciseTranslation[K] | undefined };

/**
 * A fingerprint of the English a translation was written from: the sha256 (hex) of the JSON of
 * the translatable fields' values, in TRANSLATABLE_FIELDS order (an array, so key order cannot
 * change it). Stored with a translation when it is written (exercise_translation.source_hash);
 * a different hash of the exercise's current English means the translation is outdated. Any
 * change counts, whitespace included: better one needless review than a stale handout.
 */
export function sourceHash(exercise: ExerciseText): string {
  const values = TRANSLATABLE_FIELDS.map((field) => exercise[field]);
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}

/**
 * Whether the English changed since a translation was written from the English hashed as
 * `writtenFrom`. Null (a row written before hashes were kept) is unknown, reported as not
 * outdated: flagging every old translation at once would bury the ones that really changed.
 */
export function isOutdated(exercise: ExerciseText, writtenFrom: string | null): boolean {
  return writtenFrom !== null && writtenFrom !== sourceHash(exercise);
}

/** An exercise's text in one locale, with what had to be shown in English instead. */
export interface LocalizedText extends ExerciseText {
  locale: Locale;
  /**
   * Fields shown in the default locale because the translation lacks them. A field whose English
   * is empty too (an exercise without cues or precautions) is not listed: nothing is left
   * untranslated there.
   */
  fallbackFields: TranslatableField[];
}

/**
 * The exercise's text in `locale`, each field on its own: a translated field is used when it has
 * content, anything else (null, blank, an empty list) falls back to the exercise's own field.
 * Pure, so that GraphQL and the handout snapshot give the same answer.
 */
export function localize(
  exercise: ExerciseText,
  translation: TranslationText | null,
  locale: Locale,
): LocalizedText {
  if (locale === DEFAULT_LOCALE) {
    const { name, summary, steps, cues, precautions } = exercise;
    return { locale, name, summary, steps, cues, precautions, fallbackFields: [] };
  }
  const fallbackFields: TranslatableField[] = [];
  const pick = <T extends string | string[]>(
    field: TranslatableField,
    value: T | null,
    english: T,
  ) => {
    if (value !== null) return value;
    if (english.length > 0) fallbackFields.push(field);
    return english;
  };
  return {
    locale,
    name: pick('name', text(translation?.name), exercise.name),
    summary: pick('summary', text(translation?.summary), exercise.summary),
    steps: pick('steps', list(translation?.steps), exercise.steps),
    cues: pick('cues', list(translation?.cues), exercise.cues),
    precautions: pick('precautions', list(translation?.precautions), exercise.precautions),
    fallbackFields,
  };
}

function text(value: string | null | undefined): string | null {
  return value?.trim() ? value : null;
}

/** The list without blank entries, or null when nothing is left. */
function list(value: string[] | null | undefined): string[] | null {
  const items = (value ?? []).filter((item) => item.trim());
  return items.length > 0 ? items : null;
}
