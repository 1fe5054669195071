// A process of its own that contends for a data folder's lock (test/embedded-engine.e2e-spec.ts):
// says "ready", waits for a line on stdin so that rivals try at the same instant, tries once, and
// says "locked" (then holds the lock until it is killed) or "refused <the error's message>".
import { lockDataDir } from '../../src/common/database/data-dir-lock.js';

const dir = process.argv[2];
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  try {
    lockDataDir(dir);
    process.stdout.write('locked\n');
    setInterval(() => undefined, 60_000);
  } catch (error) {
    process.stdout.write(`refused ${(error as Error).message}\n`);
    process.exit(0);
  }
});
// The test's end (or its crash) closes stdin: never outlive it holding a lock.
process.stdin.on('end', () => process.exit(0));
