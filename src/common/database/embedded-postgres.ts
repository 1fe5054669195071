import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** A running database the app can reach with a postgres:// URL. */
export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Connections the app's pool may open. */
  poolSize: number;
  close(): Promise<void>;
}

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already in use by another process (pid ${pid}). ` +
        'Stop that process, or set DATA_DIR to another folder, or DATABASE_URL to a PostgreSQL server.',
    );
    this.name = 'DataDirLockedError';
  }
}

const MEMORY = 'memory://';

/**
 * The app talks to the embedded engine over ONE connection. PGlite is a single backend session:
 * the socket server queues each wire-protocol message on its own, so the Parse/Bind/Execute of
 * two connections interleave and one connection's unnamed statement replaces the other's (a
 * parallel SELECT came back with another query's empty result). PGlite runs one statement at a
 * time anyway, so a single connection costs nothing in throughput.
 */
export const EMBEDDED_POOL_SIZE = 1;
/** Room for an operator's psql beside the app. */
const EMBEDDED_MAX_CONNECTIONS = 4;

/**
 * Starts PGlite (PostgreSQL compiled to WASM) and serves it on the wire protocol on a free
 * loopback port, so the same `pg` driver and TypeORM `postgres` driver work on both engines.
 * PGlite has no lock of its own: two processes on one folder silently lose writes, so we take an
 * exclusive lock file first and refuse to start when a live process holds it.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith(MEMORY);
  const dir = resolve(dataDir);
  const releaseLock = inMemory ? () => undefined : lockDataDir(dir);
  try {
    const db = await PGlite.create(inMemory ? MEMORY : join(dir, 'pg'), {
      extensions: { pg_trgm },
    });
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    });
    await server.start();
    const { port } = (server as unknown as { server: Server }).server.address() as AddressInfo;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      embedded: true,
      poolSize: EMBEDDED_POOL_SIZE,
      async close() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lockFile = join(dir, 'lock');
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (isAlive(holder)) throw new DataDirLockedError(dir, holder);
    // A crashed process left its lock behind: take it over.
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
