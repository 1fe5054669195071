import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DataDirLockedError,
  startEmbeddedPostgres,
} from '../src/common/database/embedded-postgres.js';
import { exerciseInput } from './support/fixtures.js';
import { startTestApp } from './support/test-app.js';

// The zero-setup engine itself, whatever DATABASE_URL says: data on disk, the lock, readiness.
describe('embedded PostgreSQL engine', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exercise-library-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across restarts and refuses a second process on the same folder', async () => {
    const first = await startTestApp({ DATA_DIR: dir }, { embedded: true });
    try {
      const created = await first.gql(
        'mutation ($input: CreateExerciseInput!) { createExercise(input: $input) { id } }',
        {
          input: exerciseInput({ slug: 'kept-on-disk' }),
        },
      );
      expect(created.body.errors).toBeUndefined();
      const second = startEmbeddedPostgres(dir);
      await expect(second).rejects.toThrow(DataDirLockedError);
      await expect(second).rejects.toThrow(
        `The embedded database in ${dir} is already in use by another process (pid ${process.pid})`,
      );
    } finally {
      await first.close();
    }
    const again = await startTestApp({ DATA_DIR: dir }, { embedded: true });
    try {
      const found = await again.gql('{ exercise(slug: "kept-on-disk") { slug status } }');
      expect(found.body.data).toEqual({ exercise: { slug: 'kept-on-disk', status: 'DRAFT' } });
    } finally {
      await again.close();
    }
  });

  it('answers parallel parameterised queries each with its own result', async () => {
    const t = await startTestApp({ SEED_ON_EMPTY: 'true' }, { embedded: true });
    try {
      const rows: { slug: string }[] = await t.dataSource.query(
        'SELECT slug FROM exercise LIMIT 40',
      );
      const answers = await Promise.all(
        rows.map(({ slug }) =>
          t.gql<{ exercise: { slug: string } }>(
            'query ($slug: String) { exercise(slug: $slug) { slug } }',
            { slug },
          ),
        ),
      );
      expect(answers.map((a) => a.body.data?.exercise.slug)).toEqual(rows.map((r) => r.slug));
    } finally {
      await t.close();
    }
  });

  it('takes over a lock left behind by a process that died', async () => {
    writeFileSync(join(dir, 'lock'), '2147483646');
    const engine = await startEmbeddedPostgres(dir);
    await engine.close();
  });

  it('reports not ready once the database is gone', async () => {
    const t = await startTestApp({}, { embedded: true });
    try {
      await t.running.database.close();
      const ready = await fetch(`${t.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', database: 'down' });
      expect((await fetch(`${t.url}/health`)).status).toBe(200);
    } finally {
      await t.running.app.close();
    }
  });
});
