/** The texts a translation carries, as the exercise and its revision snapshots name them. */
export const TEXT_FIELDS = ['name', 'summary', 'steps', 'cues', 'precautions'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type EnglishText = Record<TextField, string | string[] | null>;

export interface Revision {
  version: number;
  createdAt: string;
  snapshot: unknown;
}

/** A text field as one string: list items one per line. */
export function asText(value: unknown): string {
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('\n');
  return typeof value === 'string' ? value : '';
}

/**
 * What changed in the English since a translation was written at `writtenAt`: the revision
 * current then (the newest made at or before that moment) compared with the English now, field
 * by field. Null when the revisions cannot tell (none that old, or not readable).
 */
export function changedSince(
  english: EnglishText,
  revisions: Revision[],
  writtenAt: string,
): { field: TextField; before: string; after: string }[] | null {
  const at = Date.parse(writtenAt);
  const base = revisions
    .filter((r) => Date.parse(r.createdAt) <= at)
    .sort((a, b) => b.version - a.version)[0];
  if (!base || typeof base.snapshot !== 'object' || base.snapshot === null) return null;
  const old = base.snapshot as Record<string, unknown>;
  return TEXT_FIELDS.map((field) => ({
    field,
    before: asText(old[field]),
    after: asText(english[field]),
  })).filter((c) => c.before !== c.after);
}

/** The form's lines as a list for the API: blank lines dropped, none at all clears it (null). */
export function linesToList(text: string): string[] | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines : null;
}
