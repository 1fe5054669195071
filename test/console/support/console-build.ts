import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CONSOLE = join(ROOT, 'console');
const BUILT = join(ROOT, 'dist/public/console/index.html');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path)
      .filter((name) => name !== 'node_modules')
      .map((name) => newest(join(path, name))),
  );
}

function builtAt(): number {
  try {
    return statSync(BUILT).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The journeys run the console the service serves (dist/public/console). `.ci/run` and
 * `npm run build` build it first; here it is built again (a few seconds) only when missing or
 * older than a file of console/, so a test never runs yesterday's console.
 */
export async function ensureConsoleBuilt(): Promise<void> {
  if (builtAt() >= newest(CONSOLE)) return;
  await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: CONSOLE,
    maxBuffer: 16 * 1024 * 1024,
  });
}
