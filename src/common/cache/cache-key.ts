import { createHash } from 'node:crypto';

/** Everything an anonymous or app-key query's answer depends on. */
export interface CacheKeyParts {
  /** The library version the answer was read at (LibraryVersion.current). */
  version: string;
  /** Whose answer: anonymous callers and apps see the same library, but are kept apart. */
  role: 'anonymous' | 'apiKey';
  /** Apollo's sha256 of the document text. */
  queryHash: string;
  /** Which operation of the document (a document may hold several). */
  operationName: string | null | undefined;
  /** As sent; the locale is an argument (`localized(locale:)`), so it is here or in the text. */
  variables: Record<string, unknown> | undefined;
}

/**
 * A fixed-length key: a hash, so variables (search words, slugs) never appear in Redis as
 * themselves. JSON of an array keeps the parts apart (no "a"+"bc" = "ab"+"c").
 */
export function cacheKey(parts: CacheKeyParts): string {
  const text = JSON.stringify([
    parts.version,
    parts.role,
    parts.queryHash,
    parts.operationName ?? null,
    parts.variables ?? {},
  ]);
  return createHash('sha256').update(text).digest('base64url');
}
