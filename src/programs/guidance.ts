import { createHash } from 'node:crypto';
import { DEFAULT_LOCALE, Locale, TRANSLATED_LOCALES } from '../translations/locale.js';

// A template's patient guidance ("Pain up to 5 out of 10 during the exercises is fine, as long as
// it has settled by the next morning.") is the one piece of template text a patient reads, so it
// is the one that is translated. Templates have no translation table of their own: the English is
// a column, and its translations a jsonb map on the same row, each with a fingerprint of the
// English it was written from, as exercise translations keep one (translations/localize.ts).

/** One translation of the guidance, as stored. */
export interface StoredGuidanceTranslation {
  text: string;
  /** guidanceHash() of the English when this text was written. */
  sourceHash: string;
}

/** The guidance's translations by locale (never EN: the English is the `guidance` column). */
export type GuidanceTranslations = Partial<Record<Locale, StoredGuidanceTranslation>>;

/** The guidance one handout prints, frozen at issue. */
export interface GuidanceText {
  text: string;
  /** The language the text is in: the handout's, or EN when there was no translation. */
  locale: Locale;
  /** A translation written from English that has changed since; the team should have it updated. */
  outdated: boolean;
}

/** The fingerprint of the English a translation was written from: any change counts. */
export function guidanceHash(english: string): string {
  return createHash('sha256').update(english).digest('hex');
}

/** Translations for the stored map, each written from `english`; the order given is kept. */
export function translationsFrom(
  english: string,
  texts: readonly { locale: Locale; text: string }[],
): GuidanceTranslations {
  const sourceHash = guidanceHash(english);
  return Object.fromEntries(
    texts.map(({ locale, text }) => [locale, { text: text.trim(), sourceHash }]),
  );
}

/** Each stored translation with whether the English has changed since, in locale order. */
export function listTranslations(
  english: string,
  stored: GuidanceTranslations,
): { locale: Locale; text: string; outdated: boolean }[] {
  const current = guidanceHash(english);
  return TRANSLATED_LOCALES.flatMap((locale) => {
    const t = stored[locale];
    return t ? [{ locale, text: t.text, outdated: t.sourceHash !== current }] : [];
  });
}

/**
 * What a handout in `locale` prints: the translation when there is one, else the English; null
 * when the template has no guidance. Pure, so issuing and the tests give the same answer.
 */
export function guidanceFor(
  english: string,
  stored: GuidanceTranslations,
  locale: Locale,
): GuidanceText | null {
  if (!english.trim()) return null;
  const translation = locale === DEFAULT_LOCALE ? undefined : stored[locale];
  if (translation?.text.trim()) {
    return {
      text: translation.text,
      locale,
      outdated: translation.sourceHash !== guidanceHash(english),
    };
  }
  return { text: english, locale: DEFAULT_LOCALE, outdated: false };
}

/** The paragraphs of a guidance text: its non-blank lines. */
export function guidanceParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
