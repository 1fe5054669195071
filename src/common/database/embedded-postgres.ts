import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';
import { makeOwnerOnly, OWNER_FILE, OWNER_FOLDER, ownerOnlyUmask } from './owner-only.js';

export { DataDirLockedError } from './data-dir-lock.js';

/** A running database the app can reach with a postgres:// URL. */
export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Connections the app's pool may open. */
  poolSize: number;
  close(): Promise<void>;
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
/** Only names the socket file (`.s.PGSQL.<port>`, as libpq and node-postgres expect). */
const SOCKET_PORT = 5432;

/**
 * Starts PGlite (PostgreSQL compiled to WASM) and serves it on the wire protocol, so the same
 * `pg` driver and TypeORM `postgres` driver work on both engines. PGlite accepts anyone who
 * connects, with any user name and no password, so it is never put on a TCP port (any local
 * user could reach one): it listens on a Unix socket in a fresh 0700 folder, the socket 0600,
 * which only this user (and root) can open.
 *
 * On disk, DATA_DIR is locked first (see lockDataDir) and kept owner-only: 0700 folders and
 * 0600 files, fixed at every start and kept so by the umask while the engine runs.
 * `memory://` writes no files and takes no lock.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith(MEMORY);
  const dir = resolve(dataDir);
  const releaseDataDir = inMemory ? () => undefined : claimDataDir(dir);
  let db: PGlite | undefined;
  let socket: PrivateSocket | undefined;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      try {
        await socket?.close();
        await db?.close();
      } finally {
        releaseDataDir();
      }
    })());
  try {
    db = await PGlite.create(inMemory ? MEMORY : join(dir, 'pg'), {
      extensions: { pg_trgm },
    });
    if (!inMemory) makeOwnerOnly(join(dir, 'pg'));
    socket = await servePrivately(db);
    return { url: socket.url, embedded: true, poolSize: EMBEDDED_POOL_SIZE, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** Creates DATA_DIR owner-only, locks it, and masks the umask until the release. */
function claimDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true, mode: OWNER_FOLDER });
  chmodSync(dir, OWNER_FOLDER);
  const unlock = lockDataDir(dir);
  const restoreUmask = ownerOnlyUmask();
  return () => {
    restoreUmask();
    unlock();
  };
}

interface PrivateSocket {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the engine on a Unix socket in a new 0700 folder (mkdtemp's mode), the socket itself
 * 0600. The folder is in the temporary folder, not DATA_DIR: DATA_DIR may sit on a file system
 * without sockets (a network share, a container host's folder), and a socket's path must stay
 * under ~100 bytes. A process killed with -9 leaves its empty folder behind, private like the rest.
 */
async function servePrivately(db: PGlite): Promise<PrivateSocket> {
  const folder = mkdtempSync(
    join(tmpdir().length > 60 ? '/tmp' : tmpdir(), 'exercise-library-pg-'),
  );
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  const path = join(folder, `.s.PGSQL.${SOCKET_PORT}`);
  const server = new PGLiteSocketServer({ db, path, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  try {
    chmodSync(folder, OWNER_FOLDER);
    await server.start();
    chmodSync(path, OWNER_FILE);
  } catch (error) {
    await server.stop();
    removeFolder();
    throw error;
  }
  return {
    // libpq and node-postgres read a `host` that starts with "/" as a Unix socket's folder.
    url: `postgresql://postgres@/postgres?host=${encodeURIComponent(folder)}&port=${SOCKET_PORT}`,
    async close() {
      await server.stop();
      removeFolder();
    },
  };
}
