import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's own small copy of free-exercise-db (test/fixtures/free-exercise-db): twelve
 * records and stand-in pictures, in the source's layout. Every test can rely on it.
 */
export const FREE_EXERCISE_DB_FIXTURE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'free-exercise-db',
);

/**
 * The whole data set, only when FREE_EXERCISE_DB_DIR names a folder holding its exercises.json:
 * for an optional run on real volume. Nothing in `npm test` requires it.
 */
export function externalFreeExerciseDb(): string | null {
  const dir = process.env.FREE_EXERCISE_DB_DIR;
  if (!dir) return null;
  if (!existsSync(join(dir, 'exercises.json'))) {
    throw new Error(`FREE_EXERCISE_DB_DIR=${dir} holds no exercises.json`);
  }
  return resolve(dir);
}

/** A picture of the fixture, by record id: a JPEG of 850 x 567, different for every record. */
export function fixturePhoto(id: string, index = 0) {
  return readFileSync(join(FREE_EXERCISE_DB_FIXTURE, 'images', id, `${index}.jpg`));
}

/** What a free-exercise-db folder holds, counted from its files: what an import must bring in. */
export interface DatasetCounts {
  records: number;
  withoutInstructions: number;
  /** Records with at least one of their listed pictures present under images/. */
  photographed: number;
  /** Listed pictures present under images/. */
  pictures: number;
}

export function countDataset(dir: string): DatasetCounts {
  const records = JSON.parse(readFileSync(join(dir, 'exercises.json'), 'utf8')) as {
    instructions: string[];
    images: string[];
  }[];
  const present = records.map(
    (r) => r.images.filter((path) => existsSync(join(dir, 'images', path))).length,
  );
  return {
    records: records.length,
    withoutInstructions: records.filter((r) => r.instructions.length === 0).length,
    photographed: present.filter((n) => n > 0).length,
    pictures: present.reduce((sum, n) => sum + n, 0),
  };
}
