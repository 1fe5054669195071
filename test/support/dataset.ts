import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The shared free-exercise-db folder: FREE_EXERCISE_DB_DIR, or `shared/datasets/free-exercise-db`
 * beside the repository (a clone elsewhere falls back to the workplace's copy). Tests that need it
 * fail with this message rather than skip.
 */
export function freeExerciseDb(): string {
  const candidates = [
    process.env.FREE_EXERCISE_DB_DIR,
    join(REPO, '..', 'shared', 'datasets', 'free-exercise-db'),
    '/work/shared/datasets/free-exercise-db',
  ].filter((dir): dir is string => !!dir);
  const found = candidates.find((dir) => existsSync(join(dir, 'exercises.json')));
  if (!found) {
    throw new Error(
      `free-exercise-db not found (tried ${candidates.join(', ')}); set FREE_EXERCISE_DB_DIR`,
    );
  }
  return found;
}
