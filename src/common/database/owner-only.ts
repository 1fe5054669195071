import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The database holds patient names: only the service's own user may read its files. */
export const OWNER_FILE = 0o600;
export const OWNER_FOLDER = 0o700;

/**
 * Gives a folder and everything below it owner-only modes. PGlite copies its initial cluster
 * with 0666 files whatever the umask, and folders made by an older version of the service kept
 * the umask's 0755, so this runs at every start. Parents are closed before their children are
 * read, so nobody else can swap an entry for a link meanwhile; links are never followed.
 */
export function makeOwnerOnly(folder: string): void {
  chmodSync(folder, OWNER_FOLDER);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) makeOwnerOnly(path);
    else if (entry.isFile()) chmodSync(path, OWNER_FILE);
  }
}

let holders = 0;
let previous = 0;

/**
 * Masks group and other bits from every file this process creates while an embedded database
 * is open, so what PGlite writes later (new tables, WAL segments) is private from its first
 * byte. The umask belongs to the whole process: the first engine tightens it, the last one to
 * close restores it. Returns the release, which is safe to call twice.
 */
export function ownerOnlyUmask(): () => void {
  if (holders++ === 0) {
    previous = process.umask(0o077);
    process.umask(previous | 0o077);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) process.umask(previous);
  };
}
