// Small helpers shared by the generator, the runner and the peers.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(BENCH_DIR, '..');

/** The server's maintenance database; bench databases are created next to it. */
export const ADMIN_URL =
  process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** `10k` -> 10000, `1m` -> 1000000, `2500` -> 2500. */
export function parseSize(text) {
  const match = /^(\d+)([km]?)$/i.exec(String(text).trim());
  if (!match) throw new Error(`not a size: ${text} (try 10k, 100k)`);
  return Number(match[1]) * { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()];
}

export const dbName = (label) => `bench_${label.toLowerCase()}`;

/** The admin URL with its database swapped for `name`. */
export function dbUrl(name, adminUrl = ADMIN_URL) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `--sizes 10k,100k --duration 10 --force` -> { sizes: '10k,100k', duration: '10', force: true } */
export function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].replace(/^--/, '').split('=');
    if (inline !== undefined) args[key] = inline;
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) args[key] = argv[++i];
    else args[key] = true;
  }
  return args;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** Runs a command to completion; `quiet` keeps its output unless it fails. */
export async function run(command, args, { quiet = false, ...options } = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: quiet ? 'pipe' : 'inherit', ...options });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`);
}

/**
 * Polls `url` until it answers 200 (or the child dies, or time runs out). Generous: a first start
 * on the embedded engine takes 4 s on an idle machine, but 46 s was seen on a loaded one.
 */
export async function waitForOk(url, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url}: not ready after ${timeoutMs} ms`);
}

/** SIGTERM, then SIGKILL if the process has not gone after 5 s. */
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Builds dist/ from src/: `tsc -b` is incremental (about 1 s when nothing changed), so always. */
export const build = () => run('npm', ['run', '--silent', 'build'], { quiet: true });

/** One signing secret per bench process: every service it starts accepts the others' tokens. */
const JWT_SECRET = randomBytes(32).toString('hex');

/**
 * The environment of every service process the benches spawn (the migration, ours under load,
 * the printing instance): production, as deployed, with the settings production requires
 * (loadConfig in src/common/config/app-config.ts refuses to start without them). A setting that
 * becomes required there belongs here, and nowhere else. `settings` adds or overrides.
 */
export function serviceEnv(settings = {}) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    JWT_SECRET,
    // Handouts print links to it; a bench has no public address, so its own loopback one.
    PUBLIC_URL: settings.PORT ? `http://127.0.0.1:${settings.PORT}` : 'http://127.0.0.1',
    SEED_ON_EMPTY: 'false',
    ...settings,
  };
}

/** The bench's admin: created by the service at start-up, signs in to make the rest. */
export const BENCH_ADMIN = { email: 'bench@clinic.test', password: 'bench-password-123' };

/**
 * The built service on a free port, its admin BENCH_ADMIN, the seed library and no mutation
 * limit; by default on a throw-away embedded database (`env` may give a DATABASE_URL instead).
 * `log` is a file descriptor for its output (default: stderr only, on the console). Resolves
 * when it is ready to answer.
 */
export async function startService(env = {}, { log } = {}) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['dist/main.js'], {
    cwd: ROOT,
    env: serviceEnv({
      DATABASE_URL: '',
      DATA_DIR: 'memory://',
      PORT: String(port),
      SEED_ON_EMPTY: 'true',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      MUTATION_RATE_LIMIT: '100000',
      ...env,
    }),
    stdio: log === undefined ? ['ignore', 'ignore', 'inherit'] : ['ignore', log, log],
  });
  try {
    await waitForOk(`${base}/health/ready`, child);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return { base, child };
}

/** A process' peak resident memory (VmHWM) in MB, read while it runs; null off Linux. */
export function peakRssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  } catch {
    return null;
  }
}

/** GraphQL over HTTP for the bench scripts (answers with errors throw), and its sign-in steps. */
export function graphqlClient(base) {
  const gql = async (query, variables, token) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = (email, password) =>
    gql('mutation ($i: LoginInput!) { login(input: $i) { token } }', {
      i: { email, password },
    }).then((d) => d.login.token);
  /** An account `<role>@clinic.test` made by an admin; resolves to its id. */
  const createAccount = (adminToken, role, password) =>
    gql(
      'mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      {
        i: {
          email: `${role.toLowerCase()}@clinic.test`,
          displayName: `Bench ${role}`,
          role,
          password,
        },
      },
      adminToken,
    ).then((d) => d.createAccount.id);
  return { gql, login, createAccount };
}

/**
 * The benches' setup: as the admin, make a clinician and a staff member, then as staff issue the
 * seeded runner's knee handout. Resolves to the staff token, the handout and the client.
 */
export async function issueRunnersKnee(base, admin, { locale = 'EN', largePrint = false } = {}) {
  const client = graphqlClient(base);
  const { gql, login, createAccount } = client;
  const adminToken = await login(admin.email, admin.password);
  const clinicianId = await createAccount(adminToken, 'CLINICIAN', admin.password);
  await createAccount(adminToken, 'STAFF', admin.password);
  const staff = await login('staff@clinic.test', admin.password);
  const { programTemplate } = await gql(
    '{ programTemplate(by: { slug: "runners-knee-phase-1" }) { id items { exercise { media { id kind licenceVerified } } } } }',
    {},
    adminToken,
  );
  // The seed photos' licences are unverified until a clinician confirms them, and unverified
  // pictures never print: confirm them, so the bench prints the handout with its pictures.
  const unverified = programTemplate.items.flatMap((item) =>
    item.exercise.media.filter((m) => m.kind === 'IMAGE' && !m.licenceVerified),
  );
  for (const { id } of unverified) {
    await gql(
      'mutation ($i: VerifyMediaLicenceInput!) { verifyMediaLicence(input: $i) { id } }',
      { i: { id, licence: 'CC BY 4.0' } },
      adminToken,
    );
  }
  const { issueHandout } = await gql(
    'mutation ($i: IssueHandoutInput!) { issueHandout(input: $i) { id pdfUrl items { name } } }',
    {
      i: {
        templateId: programTemplate.id,
        patientName: 'Bench Patient',
        clinicianId,
        locale,
        largePrint,
      },
    },
    staff,
  );
  return { ...client, staff, handout: issueHandout };
}
