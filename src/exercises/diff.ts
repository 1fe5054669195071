/** One field that differs between two snapshots. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Field-by-field differences, in a stable field order; nested values compare as a whole. */
export function diffSnapshots(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields
    .filter((field) => canonical(before[field]) !== canonical(after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** JSON with object keys sorted, so jsonb's reordering is not a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** True when any of `values` differs from the same field of `current` (jsonb key order ignored). */
export function differs<T extends object>(current: T, values: Partial<T>): boolean {
  return Object.entries(values).some(
    ([key, value]) => canonical(current[key as keyof T]) !== canonical(value),
  );
}
