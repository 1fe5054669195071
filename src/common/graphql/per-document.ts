import type { DocumentNode } from 'graphql';

/**
 * `analyse` remembered per parsed document. Apollo keeps the documents it has parsed and
 * validated (its document store, bounded) and hands the same DocumentNode to every request that
 * sends the same query, so what depends on the document alone (its shape, its literals) is worked
 * out once, not on every request. Held weakly: an entry lives as long as Apollo keeps the
 * document, so this adds no bound of its own to keep.
 */
export function perDocument<T>(
  analyse: (document: DocumentNode) => T,
): (document: DocumentNode) => T {
  const known = new WeakMap<DocumentNode, T>();
  return (document) => {
    if (known.has(document)) return known.get(document) as T;
    const result = analyse(document);
    known.set(document, result);
    return result;
  };
}
