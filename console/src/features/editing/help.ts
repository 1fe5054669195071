/**
 * The schema's words as help beside a field, without what only concerns an update's client
 * ("Left out: unchanged") and without code quotes around `value`.
 */
export function help(text: string): string {
  return text
    .replace(/\.?\s*Left out:.*$/s, '')
    .replace(/`/g, '')
    .trim();
}
