import { registerEnumType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { describeValues } from '../common/graphql/enum-values.js';

/**
 * The languages a patient can read a handout in. EN is the default locale: an exercise's own
 * name, summary, steps, cues and precautions are English, and every other locale falls back to
 * them field by field. Adding a locale needs a migration (the CHECKs on exercise_translation
 * and handout) and the handout's wording in handouts/rendering/messages.ts and load-words.ts.
 */
export enum Locale {
  EN = 'en',
  ES = 'es',
  VI = 'vi',
  ZH = 'zh',
}

export const DEFAULT_LOCALE = Locale.EN;

registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language a patient can read a handout in',
  valuesMap: describeValues<typeof Locale>({
    EN: 'English: the library’s own language and the default; every other falls back to it field by field',
    ES: 'Spanish',
    VI: 'Vietnamese',
    ZH: 'Chinese (Simplified)',
  }),
});

/** The locales a translation can be in: every one but the default, which is the exercise. */
export const TRANSLATED_LOCALES: Locale[] = Object.values(Locale).filter(
  (l) => l !== DEFAULT_LOCALE,
);

/** Validates a translation's locale: English is edited on the exercise itself. */
export const IsTranslatedLocale = () =>
  IsIn(TRANSLATED_LOCALES, {
    message: 'locale must not be EN: English is edited on the exercise itself (updateExercise)',
  });
