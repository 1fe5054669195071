import DataLoader from 'dataloader';

const perRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * The DataLoader named `name` for this GraphQL request (its context object), created on first
 * use. Every field resolved in one tick asks the same loader, so a page of N exercises costs one
 * query per relation instead of N. Loaders die with the request: no cache crosses requests.
 */
export function requestLoader<K, V>(
  context: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loaders = perRequest.get(context);
  if (!loaders) perRequest.set(context, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Groups rows under each key, in key order, for one-to-many loaders. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keysOf: (row: V) => K[]): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) for (const key of keysOf(row)) groups.get(key)?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
