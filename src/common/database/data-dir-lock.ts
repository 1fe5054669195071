import {
  closeSync,
  constants,
  fchmodSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid?: number) {
    super(
      `The embedded database in ${dir} is already in use by another process` +
        `${pid ? ` (pid ${pid})` : ''}. ` +
        'Stop that process, or set DATA_DIR to another folder, or DATABASE_URL to a PostgreSQL server.',
    );
    this.name = 'DataDirLockedError';
  }
}

interface FileLocks {
  tryLock(fd: number): boolean;
}

const require = createRequire(import.meta.url);
// Loaded on first use: a service on a PostgreSQL server never needs the native addon.
let locks: FileLocks | undefined;

/**
 * Takes DATA_DIR/lock for this process, or throws DataDirLockedError. PGlite has no lock of its
 * own and two processes on one folder silently lose writes, so the lock must be one the kernel
 * holds: an open-file-description lock (fcntl F_OFD_SETLK on Linux, flock on macOS, LockFileEx on
 * Windows, through fs-native-extensions). Taking it is atomic, so of two processes starting at
 * once exactly one wins; it belongs to the open file, so a second open in the same process is
 * refused too; and the kernel drops it when the process dies however it dies (kill -9 included),
 * so there is no stale lock to judge, unlike the pid file it replaces (two restarts after a crash
 * both took that one in 3 of 10 trials). It is keyed on the file itself, not on its path, so two
 * containers mounting one volume at different paths still conflict.
 *
 * The file is never deleted: unlinking it would let a third process lock a fresh file while a
 * second still holds the old one. The pid written into it only makes the message clearer.
 * Returns the release, which is safe to call twice.
 */
export function lockDataDir(dir: string): () => void {
  locks ??= require('fs-native-extensions') as FileLocks;
  // O_NOFOLLOW: a symbolic link planted as the lock file is refused, not followed.
  const flags = constants.O_RDWR | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);
  const fd = openSync(join(dir, 'lock'), flags, 0o600);
  let granted: boolean;
  try {
    granted = locks.tryLock(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  if (!granted) {
    const holder = readPid(fd);
    closeSync(fd);
    throw new DataDirLockedError(dir, holder);
  }
  fchmodSync(fd, 0o600); // a lock file from an older version may be 0644
  ftruncateSync(fd, 0);
  writeSync(fd, `${process.pid}\n`, 0);
  let released = false;
  return () => {
    // Closing the same number twice could close another file that reused it.
    if (released) return;
    released = true;
    try {
      ftruncateSync(fd, 0);
    } finally {
      closeSync(fd);
    }
  };
}

function readPid(fd: number): number | undefined {
  try {
    const pid = Number(readFileSync(fd, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
