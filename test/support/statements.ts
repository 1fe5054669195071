/**
 * The statements a measured request ran, read from a spy on the data source's query logger, less
 * the caller's credential check. That check (the session, or an API key by its hash) is cached
 * for CREDENTIAL_CACHE_MS, 2 s: on a loaded machine the cache lapses between two measured requests
 * and one more statement lands in one count only, which says nothing about the query measured.
 * `also` leaves out other statements that do not depend on it (an access row written late).
 */
const CREDENTIAL_CHECK = /account_session|"k"\."key_hash"|key_hash = /;

export function ownStatements(calls: readonly unknown[][], also?: RegExp): string[] {
  return calls
    .map(([sql]) => String(sql))
    .filter((sql) => !CREDENTIAL_CHECK.test(sql) && !also?.test(sql));
}
