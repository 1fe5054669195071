import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { badUserInput } from '../common/errors/errors.js';

/** Longer than any file name a clinic would give; the file system's own limit is 4,096. */
const MAX_PATH = 1_024;
/** free-exercise-db's exercises.json is ~1 MB; a file much larger is not one. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * The file an import may read: `path` resolved inside IMPORT_DIR, symbolic links followed and
 * checked again (a link must not lead out), and a regular file of sane size. Every refusal is the
 * client's error naming `field` (where the path came from), without echoing it or the file
 * system's message.
 */
export async function importFile(root: string, path: string, field = 'path'): Promise<string> {
  const refuse = (message: string) => badUserInput([{ field, message }]);
  if (path.length === 0 || path.length > MAX_PATH) {
    throw refuse(`path must be 1 to ${MAX_PATH} characters`);
  }
  if (path.includes('\0')) throw refuse('path must not contain a NUL character');
  const base = await realpath(resolve(root)).catch(() => resolve(root));
  if (!inside(base, resolve(base, path))) throw refuse('path must be inside IMPORT_DIR');
  let file: string;
  try {
    file = await realpath(resolve(base, path));
  } catch (error) {
    throw refuse(`path is not a readable exercises.json (${codeOf(error)})`);
  }
  if (!inside(base, file)) throw refuse('path must be inside IMPORT_DIR');
  const info = await stat(file).catch((error: unknown) => {
    throw refuse(`path is not a readable exercises.json (${codeOf(error)})`);
  });
  if (!info.isFile()) throw refuse('path must name a file, not a folder');
  if (info.size > MAX_BYTES) throw refuse(`path names a file over ${MAX_BYTES} bytes`);
  return file;
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'unreadable';
}
