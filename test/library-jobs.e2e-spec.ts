import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { LibraryExporter } from '../src/library-io/library-exporter.service.js';
import { graphql } from './graphql/index.js';
import { FREE_EXERCISE_DB_FIXTURE } from './support/dataset.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';

/**
 * The admin console's library page: a free-exercise-db import started in the background, whose
 * progress and report any instance reads from PostgreSQL (libraryImport), and the export as a
 * zip over HTTP (GET /library/export), byte for byte the folder `npm run export` writes.
 */

const START = graphql(`
  mutation LibraryJobsStart($path: String!) {
    startLibraryImport(input: { path: $path }) {
      id
      status
      path
    }
  }
`);
const POLL = graphql(`
  query LibraryJobsPoll($id: ID!) {
    libraryImport(id: $id) {
      id
      status
      processed
      total
      error
      finishedAt
      report {
        total
        created
        skipped {
          id
        }
      }
    }
  }
`);

const fixture = basename(FREE_EXERCISE_DB_FIXTURE);

describe('library import jobs and the export download', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      SEED_ON_EMPTY: 'true',
      IMPORT_DIR: dirname(FREE_EXERCISE_DB_FIXTURE),
    });
  }, 120_000);
  afterAll(() => t.close());

  async function until(id: string) {
    for (let i = 0; i < 300; i++) {
      const res = await t.gql(POLL, { id }, 'admin');
      expect(res.body.errors).toBeUndefined();
      const job = res.body.data!.libraryImport;
      if (job.status !== 'RUNNING') return job;
      expect(job.processed).toBeLessThanOrEqual(job.total ?? 0);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the import did not finish');
  }

  it('answers at once with a RUNNING import, then reports progress and the result', async () => {
    const started = await t.gql(START, { path: `${fixture}/exercises.json` }, 'admin');
    expect(started.body.errors).toBeUndefined();
    const { id, status } = started.body.data!.startLibraryImport;
    expect(status).toBe('RUNNING');
    const done = await until(id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', processed: 12, total: 12, error: null });
    expect(done.finishedAt).toEqual(expect.any(String));
    expect(done.report!.total).toBe(12);
    expect(done.report!.created).toBeGreaterThanOrEqual(7);
    // Kept in PostgreSQL, not in the instance's memory: another instance answers the same.
    const [row] = await t.dataSource.query<{ status: string; report: { total: number } }[]>(
      'SELECT status, report FROM library_import WHERE id = $1',
      [id],
    );
    expect(row).toMatchObject({ status: 'SUCCEEDED', report: { total: 12 } });
  }, 120_000);

  it('records a file that is not exercises.json as FAILED, with why', async () => {
    const started = await t.gql(START, { path: `${fixture}/README.md` }, 'admin');
    expect(started.body.errors).toBeUndefined();
    const done = await until(started.body.data!.startLibraryImport.id);
    expect(done).toMatchObject({ status: 'FAILED', error: 'The file is not valid JSON.' });
  }, 60_000);

  it('refuses a path outside IMPORT_DIR at once, naming input.path', async () => {
    const error = onlyError(await t.gql(START, { path: '../../package.json' }, 'admin'));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([
      { field: 'input.path', message: 'path must be inside IMPORT_DIR' },
    ]);
  });

  it('is for admins only, and an unknown import is NOT_FOUND', async () => {
    const path = `${fixture}/exercises.json`;
    expect(onlyError(await t.gql(START, { path }, 'clinician')).extensions?.code).toBe('FORBIDDEN');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(onlyError(await t.gql(POLL, { id: unknown }, 'admin')).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('downloads the export as a zip of the folder npm run export writes', async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('library-export-'));
    const res = await fetch(`${t.url}/library/export`, {
      headers: { authorization: `Bearer ${t.tokens.admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="library-/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    // The zip is streamed from a temporary folder, removed once it has been sent.
    const exportDirs = () => readdirSync(tmpdir()).filter((f) => f.startsWith('library-export-'));
    await waitFor(() => exportDirs().every((d) => before.includes(d)));

    const dir = mkdtempSync(join(tmpdir(), 'export-compare-'));
    try {
      await t.running.app.get(LibraryExporter).exportTo(dir);
      const written = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => relative(dir, join(f.parentPath, f.name)).split(sep).join('/'))
        .sort();
      expect([...files.keys()].sort()).toEqual(written);
      for (const name of written) {
        expect(files.get(name)!.equals(readFileSync(join(dir, name)))).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['exercises/library.json', 'progressions.json', 'programs.json']),
    );
    expect(JSON.parse(files.get('exercises/library.json')!.toString()).length).toBeGreaterThan(0);
  }, 120_000);

  it.each([
    ['nobody', null, 401],
    ['a clinician', 'clinician', 403],
  ] as const)('refuses the export to %s', async (_who, as, status) => {
    const headers = as ? { authorization: `Bearer ${t.tokens[as]}` } : undefined;
    const res = await fetch(`${t.url}/library/export`, { headers });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

/** The files of a zip, by its central directory (what any unzip tool reads). */
function unzip(bytes: Buffer): Map<string, Buffer> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    // Folders are entries of their own (what unzip creates first); the files are what count.
    if (!name.endsWith('/'))
      files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return files;
}

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(done()).toBe(true);
}
