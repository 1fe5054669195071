import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { graphql } from './graphql/index.js';
import type { TypedDocumentString } from './graphql/graphql.js';
import { ADMIN, CREATE_ACCOUNT, createScratchDatabase } from './support/test-app.js';

// SIGTERM under load, on the real service in a process of its own (run from the sources, as
// newcomer.e2e-spec.ts does): no request it had accepted fails, PDF renders included.

const LOGIN = graphql(`
  mutation ShutdownLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);
const TEMPLATE = graphql(`
  query ShutdownTemplate {
    programTemplate(by: { slug: "runners-knee-phase-1" }) {
      id
    }
  }
`);
const ISSUE = graphql(`
  mutation ShutdownIssueHandout($input: IssueHandoutInput!) {
    issueHandout(input: $input) {
      id
    }
  }
`);
const EXERCISES = graphql(`
  query ShutdownExercises {
    exercises(first: 20) {
      totalCount
      nodes {
        name
        planes
      }
    }
  }
`);

/** Readiness answers 503 this long before the listener closes. */
const DELAY_MS = 1500;
const WORKERS = 20;
/** Of the workers, these print the handout's PDF in a loop; the others read a page of exercises. */
const PDF_WORKERS = 3;

interface Outcome {
  kind: 'pdf' | 'query';
  start: number;
  end: number;
  /** Empty when it succeeded; else the status or error. */
  failure: string;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('SIGTERM under load', () => {
  let child: ChildProcess;
  let base: string;
  let output = '';
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const scratch = process.env.DATABASE_URL
      ? await createScratchDatabase(process.env.DATABASE_URL)
      : null;
    drop = scratch?.drop;
    child = spawn(process.execPath, ['--import', './test/support/ts-loader.mjs', './src/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: scratch?.url ?? '',
        DATA_DIR: 'memory://',
        SEED_ON_EMPTY: 'true',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        JWT_SECRET: 'test-secret-that-is-at-least-32-characters',
        LOGIN_RATE_LIMIT: '1000',
        MUTATION_RATE_LIMIT: '100000',
        PRINT_WORKERS: '1',
        PRINT_QUEUE: '50',
        SHUTDOWN_DELAY_MS: String(DELAY_MS),
        SHUTDOWN_TIMEOUT_MS: '30000',
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 150_000;
    while ((await status('/health/ready')) !== 200) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`the service did not start:\n${output.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 180_000);

  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    await drop?.();
  });

  async function status(path: string): Promise<number> {
    try {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }

  async function gql<R>(
    document: TypedDocumentString<R, never>,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<R> {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: String(document), variables }),
    });
    const body = (await res.json()) as { data?: R; errors?: unknown[] };
    if (!res.ok || body.errors || !body.data) {
      throw new Error(`${res.status} ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }

  it('drains: readiness 503 first, every accepted request answered, exit 0', async () => {
    const admin = (await gql(LOGIN, { input: ADMIN })).login.token;
    await gql(
      CREATE_ACCOUNT,
      {
        input: {
          email: 'clinician@clinic.test',
          displayName: 'Clinician',
          role: 'CLINICIAN',
          password: ADMIN.password,
        },
      },
      admin,
    );
    const token = (
      await gql(LOGIN, { input: { email: 'clinician@clinic.test', password: ADMIN.password } })
    ).login.token;
    const templateId = (await gql(TEMPLATE, {}, token)).programTemplate!.id;
    const handoutId = (
      await gql(ISSUE, { input: { templateId, patientName: 'Shutdown Test', locale: 'EN' } }, token)
    ).issueHandout.id;

    const outcomes: Outcome[] = [];
    let signalAt = Infinity;
    let pdfsRunning = 0;
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    let gone = false;
    void exited.then(() => (gone = true));

    /** One request, timed and judged: a 200 with the whole body is a success. */
    async function attempt(kind: Outcome['kind']): Promise<Outcome> {
      const start = performance.now();
      let failure = '';
      if (kind === 'pdf') pdfsRunning++;
      try {
        if (kind === 'pdf') {
          const res = await fetch(`${base}/handouts/${handoutId}/pdf`, {
            headers: { authorization: `Bearer ${token}` },
          });
          const bytes = Buffer.from(await res.arrayBuffer());
          if (res.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') {
            failure = `status ${res.status}`;
          }
        } else {
          const data = await gql(EXERCISES);
          if (data.exercises.nodes.length !== 20) failure = 'short page';
        }
      } catch (error) {
        const cause = (error as Error).cause as { code?: string } | undefined;
        failure = cause?.code ?? (error as Error).message;
      } finally {
        if (kind === 'pdf') pdfsRunning--;
      }
      return { kind, start, end: performance.now(), failure };
    }

    /** A client that sends its next request as soon as the last is answered, until refused. */
    async function worker(kind: Outcome['kind']): Promise<void> {
      while (!gone) {
        const outcome = await attempt(kind);
        outcomes.push(outcome);
        // Turned away after the signal: the listener has closed, as it should; stop asking.
        if (outcome.failure && outcome.start >= signalAt) return;
      }
    }

    const workers = Array.from({ length: WORKERS }, (_, i) =>
      worker(i < PDF_WORKERS ? 'pdf' : 'query'),
    );
    // Load for a while, then signal while PDFs are being printed.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    while (pdfsRunning === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    signalAt = performance.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Still listening (the delay), and telling the balancer to go away.
    const readiness = await status('/health/ready');
    const [code] = await exited;
    await Promise.all(workers);

    const before = outcomes.filter((o) => o.start < signalAt);
    const failed = before.filter((o) => o.failure);
    expect(
      failed.map(
        (o) =>
          `${o.kind}: ${o.failure} after ${Math.round(o.end - o.start)} ms, ` +
          `${o.end > signalAt ? 'after' : 'before'} the signal`,
      ),
    ).toEqual([]);
    expect(readiness).toBe(503);
    expect(code).toBe(0);
    // The test can fail: requests, PDFs among them, were running when the signal came...
    const spanning = before.filter((o) => o.end > signalAt);
    expect(spanning.length).toBeGreaterThanOrEqual(1);
    expect(spanning.some((o) => o.kind === 'pdf')).toBe(true);
    expect(before.length).toBeGreaterThan(WORKERS);
    // ...and requests sent during the delay were still answered.
    const during = outcomes.filter(
      (o) => o.start > signalAt && o.start < signalAt + DELAY_MS - 300 && !o.failure,
    );
    expect(during.length).toBeGreaterThan(0);
    expect(output).toMatch(/"msg":"SIGTERM: shutting down"/);
    expect(output).toMatch(/"msg":"Draining: readiness answers 503; \d+ requests in flight"/);
    expect(output).toMatch(/"msg":"Stopped"/);
  }, 120_000);
});
