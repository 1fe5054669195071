import { registerEnumType } from '@nestjs/graphql';

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
  description: 'EN (the default: the library is written in English), ES, VI, ZH (Simplified)',
});
