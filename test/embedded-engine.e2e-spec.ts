import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import pg from 'pg';
import { lockDataDir } from '../src/common/database/data-dir-lock.js';
import {
  DataDirLockedError,
  startEmbeddedPostgres,
} from '../src/common/database/embedded-postgres.js';
import { exerciseInput } from './support/fixtures.js';
import { startTestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const run = promisify(execFile);
const LOCKED = 'is already in use by another process';

// The zero-setup engine itself, whatever DATABASE_URL says: data on disk, privacy, the lock, readiness.
describe('embedded PostgreSQL engine', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exercise-library-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across restarts, owner-only, and refuses a second process on the same folder', async () => {
    const umask = process.umask(0o022);
    try {
      const first = await startTestApp({ DATA_DIR: dir }, { embedded: true });
      try {
        const created = await first.gql(
          graphql(`
            mutation EmbeddedCreateExercise($input: CreateExerciseInput!) {
              createExercise(input: $input) {
                id
              }
            }
          `),
          { input: exerciseInput({ slug: 'kept-on-disk' }) },
        );
        expect(created.body.errors).toBeUndefined();
        const second = startEmbeddedPostgres(dir);
        await expect(second).rejects.toThrow(DataDirLockedError);
        await expect(second).rejects.toThrow(
          `The embedded database in ${dir} ${LOCKED} (pid ${process.pid})`,
        );
      } finally {
        await first.close();
      }
      expect(looseModes(dir)).toEqual([]);
      expect(currentUmask()).toBe(0o022);

      // A folder left by the version that wrote 0666 files and 0755 folders is closed at start.
      loosen(dir);
      expect(looseModes(dir).length).toBeGreaterThan(900);
      const again = await startTestApp({ DATA_DIR: dir }, { embedded: true });
      try {
        const found = await again.gql(
          graphql(`
            query EmbeddedKeptOnDisk {
              exercise(by: { slug: "kept-on-disk" }) {
                slug
                status
              }
            }
          `),
        );
        expect(found.body.data).toEqual({ exercise: { slug: 'kept-on-disk', status: 'DRAFT' } });
        expect(looseModes(dir)).toEqual([]);
        // Files written while it runs (a new table, its index, the WAL) are private too.
        await again.dataSource.query('CREATE TABLE scratch (name text PRIMARY KEY)');
        await again.dataSource.query(`INSERT INTO scratch VALUES ('Jane Runner')`);
        await again.dataSource.query('CHECKPOINT');
      } finally {
        await again.close();
      }
      expect(looseModes(dir)).toEqual([]);
      expect(currentUmask()).toBe(0o022);
    } finally {
      process.umask(umask);
    }
  });

  it('is reachable only through a 0600 socket in a 0700 folder, never on a TCP port', async () => {
    const listenersBefore = tcpListenersOfThisProcess();
    const engine = await startEmbeddedPostgres('memory://');
    try {
      const socketDir = socketFolderOf(engine.url);
      expect(lstatSync(socketDir).mode & 0o777).toBe(0o700);
      const socket = join(socketDir, '.s.PGSQL.5432');
      expect(lstatSync(socket).isSocket()).toBe(true);
      expect(lstatSync(socket).mode & 0o777).toBe(0o600);
      expect(readdirSync(socketDir)).toEqual(['.s.PGSQL.5432']);
      if (listenersBefore) expect(tcpListenersOfThisProcess()).toEqual(listenersBefore);

      const client = new pg.Client({ connectionString: engine.url });
      await client.connect();
      expect((await client.query('SELECT 41 + 1 AS n')).rows).toEqual([{ n: 42 }]);
      await client.end();
    } finally {
      await engine.close();
    }
    expect(() => lstatSync(socketFolderOf(engine.url))).toThrow(/ENOENT/);
  });

  // Root passes any file mode, so the other user is a real one; CI runs as root.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)('refuses another local user', async () => {
    const engine = await startEmbeddedPostgres('memory://');
    try {
      const socket = join(socketFolderOf(engine.url), '.s.PGSQL.5432');
      const attempt = `require('net').connect(${JSON.stringify(socket)})
        .on('connect', () => console.log('connected'))
        .on('error', (e) => console.log(e.code))`;
      const { stdout } = await run('runuser', [
        '-u',
        'nobody',
        '--',
        process.execPath,
        '-e',
        attempt,
      ]);
      expect(stdout.trim()).toBe('EACCES');
    } finally {
      await engine.close();
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
          t.gql(
            graphql(`
              query EmbeddedSlug($slug: String!) {
                exercise(by: { slug: $slug }) {
                  slug
                }
              }
            `),
            { slug },
          ),
        ),
      );
      expect(answers.map((a) => a.body.data?.exercise?.slug)).toEqual(rows.map((r) => r.slug));
    } finally {
      await t.close();
    }
  });

  it('ignores a lock file left behind by the pid-file version', async () => {
    writeFileSync(join(dir, 'lock'), '2147483646');
    const engine = await startEmbeddedPostgres(dir);
    await engine.close();
  });

  it('lets exactly one of two processes starting at once take the folder, and frees it on kill -9', async () => {
    const race = mkdtempSync(join(tmpdir(), 'exercise-library-race-'));
    try {
      for (let round = 0; round < 10; round++) {
        const rivals = [contender(race), contender(race)];
        await Promise.all(rivals.map((r) => r.next()));
        rivals.forEach((r) => r.child.stdin!.write('go\n'));
        const said = await Promise.all(rivals.map((r) => r.next()));
        expect(said.filter((line) => line === 'locked')).toHaveLength(1);
        const loser = said.find((line) => line !== 'locked')!;
        expect(loser).toMatch(`refused The embedded database in ${race} ${LOCKED}`);

        // The holder, seen from here: refused, with its pid.
        const holder = rivals[said.indexOf('locked')].child;
        expect(() => lockDataDir(race)).toThrow(`${LOCKED} (pid ${holder.pid})`);
        // A crash: the next round's two processes must find it free at once.
        await killHard(holder);
      }
      // ...and so does this one, with no wait and no stale-lock judgement.
      const release = lockDataDir(race);
      release();
    } finally {
      // A failed assertion must not leave contenders holding the jest worker open.
      contenders.forEach((child) => child.kill('SIGKILL'));
      rmSync(race, { recursive: true, force: true });
    }
  }, 180_000);
});

function currentUmask(): number {
  const mask = process.umask(0o077);
  process.umask(mask);
  return mask;
}

const contenders: ChildProcess[] = [];

/** A lock contender in a process of its own; `next()` resolves with its next line. */
function contender(dir: string) {
  const child = spawn(
    process.execPath,
    ['--import', './test/support/ts-loader.mjs', './test/support/lock-contender.ts', dir],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  contenders.push(child);
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return {
    child,
    next: async () => {
      const { value, done } = await lines.next();
      if (done) throw new Error(`contender ${child.pid} exited with nothing more to say`);
      return value as string;
    },
  };
}

async function killHard(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Files not 0600 and folders not 0700 under a data folder, the folder included. */
function looseModes(root: string): string[] {
  const loose: string[] = [];
  const visit = (path: string) => {
    const stat = lstatSync(path);
    const mode = stat.mode & 0o777;
    if (stat.isDirectory()) {
      if (mode !== 0o700) loose.push(`${path} ${mode.toString(8)}`);
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (mode !== 0o600) loose.push(`${path} ${mode.toString(8)}`);
  };
  visit(root);
  return loose;
}

function loosen(path: string) {
  if (lstatSync(path).isDirectory()) {
    chmodSync(path, 0o755);
    for (const name of readdirSync(path)) loosen(join(path, name));
  } else chmodSync(path, 0o666);
}

function socketFolderOf(url: string): string {
  const host = new URL(url.replace('@/', '@localhost/')).searchParams.get('host');
  expect(host).toMatch(/^\//);
  return host!;
}

/** Inodes of TCP sockets this process listens on (Linux), or undefined elsewhere. */
function tcpListenersOfThisProcess(): string[] | undefined {
  let table: string;
  try {
    table = ['/proc/net/tcp', '/proc/net/tcp6'].map((f) => readFileSync(f, 'utf8')).join('\n');
  } catch {
    return undefined;
  }
  const listening = new Set(
    table
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[3] === '0A')
      .map((cols) => cols[9]),
  );
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1];
      } catch {
        return undefined;
      }
    })
    .filter((inode): inode is string => !!inode && listening.has(inode))
    .sort();
}
