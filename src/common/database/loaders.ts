/** Groups rows under each key, in key order, for one-to-many loaders. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keysOf: (row: V) => K[]): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) for (const key of keysOf(row)) groups.get(key)?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
