import type { Content } from 'pdfmake/interfaces.js';
import { Locale } from '../../translations/locale.js';

/**
 * Noto Sans SC draws curly quotes and the middle dot a full em wide, as Chinese typesetting wants;
 * in Latin text "Runner’s" then reads "Runner’ s". Their OpenType proportional forms fix that, but
 * pdfkit skips its layout cache for text with features, so only these characters get them.
 */
const FULL_WIDTH_PUNCTUATION = /([‘’“”·•])/;
const FEATURE: Record<string, 'pwid' | 'palt'> = {
  '‘': 'pwid',
  '’': 'pwid',
  '“': 'pwid',
  '”': 'pwid',
  '·': 'palt',
  '•': 'palt',
};

/** Text as pdfmake should print it in the handout's language. */
export function printable(text: string, locale: Locale): string | Content[] {
  if (locale === Locale.ZH || !FULL_WIDTH_PUNCTUATION.test(text)) return text;
  return text
    .split(FULL_WIDTH_PUNCTUATION)
    .filter(Boolean)
    .map((part) => (FEATURE[part] ? { text: part, fontFeatures: [FEATURE[part]] } : part));
}
