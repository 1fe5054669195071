import pg from 'pg';
import type { DatabaseHandle } from './embedded-postgres.js';

/** One number for "this service is starting" in a database (advisory locks are per database). */
export const START_UP_LOCK = 7_140_000_014;

/**
 * Runs `start` (migrations, the first admin, the seed library) while holding a PostgreSQL
 * advisory lock, so that of several instances started at once on one database one migrates and
 * seeds while the others wait, then find everything done. The lock is held by a connection of its
 * own, so the server drops it if this process dies however it dies, and the next one goes on.
 * The embedded engine is one process's (its data folder is locked) and has a single connection:
 * no lock there. `start` learns how long it waited (to log it once the app's logger is set up).
 */
export async function duringStartUp<T>(
  database: DatabaseHandle,
  start: (waitedMs: number) => Promise<T>,
): Promise<T> {
  if (database.embedded) return start(0);
  const client = new pg.Client({ connectionString: database.url });
  // A server that goes away while we hold the lock fails the start-up below, not the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [START_UP_LOCK],
    );
    const since = performance.now();
    if (!rows[0].locked) await client.query('SELECT pg_advisory_lock($1)', [START_UP_LOCK]);
    return await start(rows[0].locked ? 0 : Math.round(performance.now() - since));
  } finally {
    // Closing the connection releases the lock.
    await client.end().catch(() => undefined);
  }
}
