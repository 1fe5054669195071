import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { START_UP_LOCK } from '../src/common/database/start-up-lock.js';
import { seedSlugs } from '../src/library-io/exercise-seeds.js';
import { SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { dropPrefix, TEST_REDIS_URL, uniquePrefix } from './support/redis.js';
import { ADMIN, createScratchDatabase } from './support/test-app.js';

// Two instances of the real service, each a process of its own run from the sources (as
// shutdown.e2e-spec.ts does), started at the same moment on one empty database, sharing one
// Redis (a prefix of their own) and one JWT_SECRET, as behind a load balancer.

const server = process.env.DATABASE_URL;
/** Sign-in attempts per minute from one address, across the instances. */
const LOGIN_LIMIT = 4;

interface Answer {
  status: number;
  challenge: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

interface Instance {
  name: string;
  base: string;
  child: ChildProcess;
  output: string;
}

async function freePort(): Promise<number> {
  const listener = createServer().listen(0, '127.0.0.1');
  await once(listener, 'listening');
  const { port } = listener.address() as { port: number };
  await new Promise((resolve) => listener.close(resolve));
  return port;
}

async function ready(instance: Instance): Promise<boolean> {
  try {
    const res = await fetch(`${instance.base}/health/ready`);
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** A GraphQL request as the clinic's apps send it; `headers` carry a token, a key, an address. */
async function gql(
  instance: Instance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${instance.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    challenge: res.headers.get('www-authenticate'),
    body: (await res.json()) as Answer['body'],
  };
}

/** The data of an operation that must succeed. */
async function ok<T>(
  instance: Instance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const answer = await gql(instance, query, variables, headers);
  if (answer.status !== 200 || answer.body.errors || !answer.body.data) {
    throw new Error(`${instance.name}: ${answer.status} ${JSON.stringify(answer.body.errors)}`);
  }
  return answer.body.data as T;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const LOGIN = `mutation InstancesLogin($input: LoginInput!) { login(input: $input) { token } }`;
const login = async (instance: Instance, email: string, password: string) =>
  (await ok<{ login: { token: string } }>(instance, LOGIN, { input: { email, password } })).login
    .token;

/**
 * Needs a server (DATABASE_URL): the embedded engine's data folder belongs to one process (it is
 * locked), so two instances cannot share it.
 */
(server ? describe : describe.skip)(
  'two instances on one database and one Redis (skipped on the embedded engine: its data folder is one process’s)',
  () => {
    const prefix = uniquePrefix();
    let a: Instance;
    let b: Instance;
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
    let admin: string;

    function start(name: string, port: number): Instance {
      const child = spawn(
        process.execPath,
        ['--import', './test/support/ts-loader.mjs', './src/main.ts'],
        {
          env: {
            ...process.env,
            NODE_ENV: 'test',
            PORT: String(port),
            HOST: '127.0.0.1',
            DATABASE_URL: scratch.url,
            REDIS_URL: TEST_REDIS_URL,
            REDIS_PREFIX: prefix,
            SEED_ON_EMPTY: 'true',
            ADMIN_EMAIL: ADMIN.email,
            ADMIN_PASSWORD: ADMIN.password,
            JWT_SECRET: 'test-secret-that-is-at-least-32-characters',
            // Each test's sign-in attempts come from an address of its own (X-Forwarded-For).
            TRUST_PROXY: 'loopback',
            LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
            MUTATION_RATE_LIMIT: '100000',
            // The longest allowed: only the shared revocations can explain a refusal within it.
            CREDENTIAL_CACHE_MS: '5000',
            LOG_LEVEL: 'info',
            LOG_FORMAT: 'json',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const instance: Instance = { name, base: `http://127.0.0.1:${port}`, child, output: '' };
      child.stdout!.on('data', (chunk) => (instance.output += chunk));
      child.stderr!.on('data', (chunk) => (instance.output += chunk));
      return instance;
    }

    beforeAll(async () => {
      scratch = await createScratchDatabase(server!);
      const [portA, portB] = [await freePort(), await freePort()];
      // At the same moment, on an empty database: both want to migrate, seed, create the admin.
      // The test holds their start-up lock until both wait for it, so that they really meet
      // there however fast each process loads, then lets them race for it.
      const holder = new pg.Client({ connectionString: scratch.url });
      await holder.connect();
      await holder.query('SELECT pg_advisory_lock($1)', [START_UP_LOCK]);
      a = start('A', portA);
      b = start('B', portB);
      const deadline = Date.now() + 240_000;
      try {
        for (;;) {
          const { rows } = await holder.query(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
             WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`,
          );
          if (rows[0].n === 2) break;
          for (const instance of [a, b]) {
            if (instance.child.exitCode !== null || Date.now() > deadline) {
              throw new Error(`${instance.name} never waited:\n${instance.output.slice(-3000)}`);
            }
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await holder.end();
      }
      for (const instance of [a, b]) {
        while (!(await ready(instance))) {
          if (instance.child.exitCode !== null || Date.now() > deadline) {
            throw new Error(`${instance.name} did not start:\n${instance.output.slice(-3000)}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      admin = await login(a, ADMIN.email, ADMIN.password);
    }, 300_000);

    afterAll(async () => {
      for (const instance of [a, b]) {
        if (instance && instance.child.exitCode === null && instance.child.signalCode === null) {
          instance.child.kill('SIGKILL');
          await once(instance.child, 'exit');
        }
      }
      await scratch?.drop();
      await dropPrefix(prefix);
    });

    it('both came up; the schema, the seed library and the first admin were made once', async () => {
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      try {
        const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);
        const seeds = new Set(seedSlugs(join(SEEDS_DIR, 'exercises'))).size;
        expect(seeds).toBeGreaterThan(10);
        expect(await count('SELECT count(*) AS n FROM exercise')).toBe(seeds);
        expect(
          await count("SELECT count(*) AS n FROM audit_entry WHERE action = 'EXERCISE_CREATED'"),
        ).toBe(seeds);
        expect(await count('SELECT count(*) AS n FROM account')).toBe(1);
        expect(await count('SELECT count(*) - count(DISTINCT name) AS n FROM migrations')).toBe(0);
      } finally {
        await client.end();
      }
      const both = a.output + b.output;
      expect(both.match(/Seed library: loaded \d+ missing seed exercises/g)).toHaveLength(1);
      expect(both.match(/Created the first admin account/g)).toHaveLength(1);
      // Both waited (for the test, then one for the other); no error (pino: 50 error, 60 fatal).
      for (const { output } of [a, b]) {
        expect(output).toMatch(/Waited \d+ ms for another instance to migrate and seed/);
      }
      const errors = both.split('\n').filter((line) => /"level":(50|60)/.test(line));
      expect(errors).toEqual([]);
    });

    it('an edit of a published exercise on A is served by B within a second', async () => {
      const READ = `query InstancesRead($slug: String!) {
        exercise(by: { slug: $slug }) { id name version }
      }`;
      const slug = seedSlugs(join(SEEDS_DIR, 'exercises'))[0];
      type Read = { exercise: { id: string; name: string; version: number } };
      // B has answered the read (and may keep it) before the edit.
      const before = (await ok<Read>(b, READ, { slug })).exercise;
      await ok<Read>(b, READ, { slug });
      const name = `${before.name} (edited on A)`;
      await ok(
        a,
        `mutation InstancesEdit($id: ID!, $v: Int!, $name: String!) {
          updateExercise(input: { id: $id, expectedVersion: $v, name: $name }) { id }
        }`,
        { id: before.id, v: before.version, name },
        bearer(admin),
      );
      const deadline = Date.now() + 1000;
      let seen = before.name;
      while (seen !== name && Date.now() < deadline) {
        seen = (await ok<Read>(b, READ, { slug })).exercise.name;
      }
      expect(seen).toBe(name);
    });

    it('the sign-in limit per address counts the attempts made on both', async () => {
      const from = { 'x-forwarded-for': '203.0.113.14' };
      const codes: string[] = [];
      for (let i = 0; i < LOGIN_LIMIT + 2; i++) {
        const answer = await gql(
          i % 2 ? b : a,
          LOGIN,
          { input: { email: `guess${i}@clinic.test`, password: 'not the password' } },
          from,
        );
        codes.push(answer.body.errors?.[0]?.extensions?.code ?? 'OK');
      }
      // Alone, each instance would allow LOGIN_LIMIT of its own: 2 x LOGIN_LIMIT in all.
      expect(codes).toEqual([
        ...Array(LOGIN_LIMIT).fill('UNAUTHENTICATED'),
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
    });

    it('a key revoked or an account deactivated on A is refused by B at its next request', async () => {
      const ME = '{ me { id } }';
      const made = await ok<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
        a,
        `mutation { createApiKey(input: { name: "front desk tablet" }) { secret apiKey { id } } }`,
        {},
        bearer(admin),
      );
      const key = { 'x-api-key': made.createApiKey.secret };
      // Known to B, and remembered there (CREDENTIAL_CACHE_MS is 5 s here, the most allowed).
      expect((await gql(b, ME, {}, key)).challenge).toBeNull();
      expect((await gql(b, ME, {}, key)).challenge).toBeNull();
      await ok(
        a,
        `mutation Revoke($id: ID!) { revokeApiKey(input: { id: $id }) { id } }`,
        { id: made.createApiKey.apiKey.id },
        bearer(admin),
      );
      expect((await gql(b, ME, {}, key)).challenge).toMatch(/revoked/);

      const clinician = await ok<{ createAccount: { id: string } }>(
        a,
        `mutation Create($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
        {
          input: {
            email: 'leaving@clinic.test',
            displayName: 'Leaving',
            role: 'CLINICIAN',
            password: ADMIN.password,
          },
        },
        bearer(admin),
      );
      const token = await login(b, 'leaving@clinic.test', ADMIN.password);
      const id = clinician.createAccount.id;
      expect(await ok(b, ME, {}, bearer(token))).toEqual({ me: { id } });
      await ok(
        a,
        `mutation Deactivate($id: ID!) { updateAccount(input: { id: $id, active: false }) { id } }`,
        { id },
        bearer(admin),
      );
      const after = await gql(b, ME, {}, bearer(token));
      expect(after.body.data).toEqual({ me: null });
      expect(after.challenge).toMatch(/invalid_token/);
    });

    it('A killed (SIGKILL), B keeps serving: reads, sign-ins and writes', async () => {
      a.child.kill('SIGKILL');
      await once(a.child, 'exit');
      expect(await ready(a)).toBe(false);
      const token = await login(b, ADMIN.email, ADMIN.password);
      const list = await ok<{ exercises: { totalCount: number } }>(
        b,
        '{ exercises { totalCount } }',
      );
      expect(list.exercises.totalCount).toBeGreaterThan(10);
      const made = await ok<{ createApiKey: { apiKey: { id: string } } }>(
        b,
        `mutation { createApiKey(input: { name: "after the kill" }) { apiKey { id } } }`,
        {},
        bearer(token),
      );
      expect(made.createApiKey.apiKey.id).toBeTruthy();
      expect(await ready(b)).toBe(true);
    });
  },
);
