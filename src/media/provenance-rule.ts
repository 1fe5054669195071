import type { FieldProblem } from '../common/errors/errors.js';

/** The texts every picture and video of a published exercise carries (`credit` is the author). */
export interface MediaTexts {
  altText: string;
  credit: string;
  licence: string;
}

/** Each required text: its column, its name in the API (author, not the deprecated credit), in words. */
const REQUIRED = [
  { key: 'altText', field: 'altText', words: 'alt text' },
  { key: 'credit', field: 'author', words: 'a credit' },
  { key: 'licence', field: 'licence', words: 'a licence' },
] as const;

const blank = (text: string | null | undefined) => !text?.trim();

/**
 * "media 2 needs alt text and a licence" for each item lacking one (numbered from 1, in order):
 * what keeps an exercise from being published.
 */
export function publishProblems(items: readonly MediaTexts[]): string[] {
  return items.flatMap((item, i) => {
    const missing = REQUIRED.filter(({ key }) => blank(item[key])).map(({ words }) => words);
    return missing.length ? [`media ${i + 1} needs ${joinAnd(missing)}`] : [];
  });
}

/**
 * A new item of a published exercise must arrive complete: one problem per missing text, named
 * as the form or input names it (`prefix` is `input.` over GraphQL, empty on the upload form).
 * A draft may fill them in later; publishing waits for them (publishProblems).
 */
export function missingOnAdd(texts: Partial<MediaTexts>, prefix = ''): FieldProblem[] {
  return REQUIRED.filter(({ key }) => blank(texts[key])).map(({ field }) => ({
    field: `${prefix}${field}`,
    message: `${field} is required: the exercise is published, so each of its pictures and videos needs alt text, an author and a licence`,
  }));
}

/**
 * An edit of a published exercise's item may change a required text but not clear it: one
 * problem per text sent blank, named as sent (`input.credit` when the deprecated name was used).
 * Texts left out are not looked at, so an item lacking one from before this rule can still be
 * moved or given the others.
 */
export function clearedOnEdit(
  sent: Partial<MediaTexts>,
  sentAs: Partial<Record<keyof MediaTexts, string>> = {},
): FieldProblem[] {
  return REQUIRED.filter(({ key }) => typeof sent[key] === 'string' && blank(sent[key])).map(
    ({ key, field }) => {
      const name = sentAs[key] ?? `input.${field}`;
      return {
        field: name,
        message: `${name.replace(/^input\./, '')} cannot be cleared while the exercise is published`,
      };
    },
  );
}

function joinAnd(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
