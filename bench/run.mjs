// npm run bench -- [--sizes 10k,100k] [--duration 10] [--warmup 2] [--rounds 1] [--connections 10] [--force]
//
// For each size: generate (or reuse) the database, start our service, the raw-SQL floor and
// PostGraphile on it, check that they return the same rows, then load each workload with
// autocannon, servers interleaved, and print a Markdown table (also written to results/latest.md).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import * as prettier from 'prettier';
import { generate, isGenerated } from './generate.mjs';
import {
  BENCH_DIR,
  ROOT,
  dbName,
  dbUrl,
  freePort,
  parseArgs,
  parseSize,
  run,
  stop,
  waitForOk,
} from './lib.mjs';
import { searchFunction } from './search-sql.mjs';
import { WORKLOADS } from './workloads.mjs';

const args = parseArgs();
const SIZES = String(args.sizes ?? '10k,100k').split(',');
const DURATION = Number(args.duration ?? 10);
const WARMUP = Number(args.warmup ?? 2);
const ROUNDS = Number(args.rounds ?? 1);
const CONNECTIONS = Number(args.connections ?? 10);
const RESULTS = join(BENCH_DIR, 'results');
const SERVERS = ['ours', 'raw', 'postgraphile'];

/** Starts one server as a child process, its output in results/<size>-<name>.log. */
async function startServer(name, label, url) {
  const port = await freePort();
  const log = openSync(join(RESULTS, `${label}-${name}.log`), 'w');
  const env = { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1' };
  const [script, ready, extra] = {
    // Production mode as deployed (it requires a JWT secret): no introspection, no seeding.
    ours: [
      'dist/main.js',
      '/health/ready',
      {
        NODE_ENV: 'production',
        SEED_ON_EMPTY: 'false',
        JWT_SECRET: randomBytes(32).toString('hex'),
      },
    ],
    raw: ['bench/peers/raw-sql.mjs', '/health', {}],
    postgraphile: ['bench/peers/postgraphile.mjs', null, { GRAPHILE_ENV: 'production' }],
  }[name];
  const child = spawn('node', [script], {
    cwd: ROOT,
    env: { ...env, DB_POOL_SIZE: '10', ...extra },
    stdio: ['ignore', log, log],
  });
  const base = `http://127.0.0.1:${port}`;
  if (ready) await waitForOk(base + ready, child);
  else await waitForGraphQL(`${base}/graphql`, child);
  return { name, child, base };
}

/** PostGraphile has no health route: ready when `{ __typename }` answers. */
async function waitForGraphQL(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    const answer = await post(url, { query: '{ __typename }' }).catch(() => null);
    if (answer?.data) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}: not ready after ${timeoutMs} ms`);
}

async function post(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.json();
}

/** The request for request number `i` of a workload on a server. */
const requestOf = (workload, server, slugs, i) => workload[server](workload.vars(slugs, i));

/** The first differing path of two JSON values, for a readable mismatch report. */
function firstDiff(a, b, path = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const diff = firstDiff(a[key], b[key], `${path}.${key}`);
      if (diff) return diff;
    }
  }
  return `${path || '.'}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** One request's rows (normalised to the service's shape), or its first error message. */
async function ask(workload, server, slugs, i) {
  const { path, body } = requestOf(workload, server.name, slugs, i);
  const json = await post(server.base + path, body).catch((e) => ({
    errors: [{ message: e.message }],
  }));
  if (json.errors) return { error: json.errors[0].message };
  const rows = workload.result(json.data);
  return { rows: workload.normalise ? workload.normalise(rows) : rows };
}

/**
 * Sends each server the workload's first requests (`samples` of them: DETAIL tries several slugs)
 * and compares the rows. Ours is the reference; where it cannot answer (SEARCH before it
 * landed) the raw-SQL floor is. The reference is asked twice: if it does not agree with itself,
 * the rows cannot be compared ("unstable").
 */
async function check(workload, servers, slugs) {
  const answers = {};
  for (const s of servers) {
    answers[s.name] = [];
    for (let i = 0; i < (workload.samples ?? 1); i++) {
      answers[s.name].push(await ask(workload, s, slugs, i));
    }
  }
  const failure = (name) => answers[name].find((a) => a.error)?.error;
  const reference = failure('ours') ? 'raw' : 'ours';
  const again = await ask(
    workload,
    servers.find((s) => s.name === reference),
    slugs,
    0,
  );
  const unstable = firstDiff(answers[reference][0].rows, again.rows);
  if (unstable) {
    console.log(
      `  ${workload.name} ${reference} answered the same request differently: ${unstable}`,
    );
  }
  const status = {};
  for (const { name } of servers) {
    if (failure(name)) {
      status[name] = 'n/a';
      console.log(`  ${workload.name} ${name}: n/a (${failure(name).slice(0, 160)})`);
    } else if (name === reference) {
      status[name] = unstable ? 'reference, unstable' : 'reference';
    } else if (unstable) {
      status[name] = 'not comparable';
    } else {
      const diff = answers[name]
        .map((a, i) => firstDiff(answers[reference][i].rows, a.rows))
        .find(Boolean);
      status[name] = diff ? 'mismatch' : 'ok';
      if (diff) console.log(`  ${workload.name} ${name} vs ${reference}: mismatch at ${diff}`);
    }
  }
  const sample = answers[reference][0].rows;
  const count = Array.isArray(sample)
    ? `${sample.length} rows`
    : `${answers[reference].length} exercises`;
  console.log(`  ${workload.name}: ${count} compared; ${JSON.stringify(status)}`);
  return status;
}

/** One autocannon run; GraphQL errors come back as HTTP 200, so bodies are checked too. */
async function load(workload, server, slugs, seconds) {
  let i = 0;
  let graphqlErrors = 0;
  // Bodies are built up front so the load generator does little work per request.
  const bodies = slugs.map((_, n) =>
    JSON.stringify(requestOf(workload, server.name, slugs, n).body),
  );
  const { path } = requestOf(workload, server.name, slugs, 0);
  const result = await autocannon({
    url: server.base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }),
        onResponse: (status, body) => {
          if (body.includes('"errors":')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

/** Median latency of sequential requests on one connection (up to 200 or 5 s): no queueing. */
async function aloneP50(workload, server, slugs) {
  const times = [];
  const until = performance.now() + 5000;
  for (let n = 0; n < 200 && (n < 5 || performance.now() < until); n++) {
    const { path, body } = requestOf(workload, server.name, slugs, n);
    const started = performance.now();
    await post(server.base + path, body);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function benchSize(label) {
  const rows = parseSize(label);
  const url = dbUrl(dbName(label));
  if (args.force || !(await isGenerated(label, rows))) await generate(label);
  else console.log(`${dbName(label)}: reusing (--force to regenerate)`);

  // Other work on the machine skews everything; say so in the report.
  const loadBefore = loadavg()[0];
  if (loadBefore > 0.5)
    console.warn(`  load average ${loadBefore.toFixed(1)} before starting: results will be noisy`);
  const servers = [];
  const db = new pg.Client({ connectionString: url });
  try {
    // Ours first: it applies any migration added since the data was generated.
    servers.push(await startServer('ours', label, url));
    await db.connect();
    await db.query('ANALYZE');
    await db.query(searchFunction());
    const { rows: slugRows } = await db.query(`
      SELECT e.slug FROM exercise e
      WHERE e.status = 'PUBLISHED'
        AND EXISTS (SELECT FROM progression p JOIN exercise x ON x.id = p.to_id
                    WHERE p.from_id = e.id AND p.kind = 'PROGRESSION' AND x.status = 'PUBLISHED')
        AND EXISTS (SELECT FROM progression p JOIN exercise x ON x.id = p.from_id
                    WHERE p.to_id = e.id AND p.kind = 'PROGRESSION' AND x.status = 'PUBLISHED')
      ORDER BY md5(e.slug) LIMIT 100`);
    const slugs = slugRows.map((r) => r.slug);
    const { rows: counts } = await db.query(
      'SELECT (SELECT count(*) FROM exercise) AS exercises, (SELECT count(*) FROM progression) AS edges',
    );
    servers.push(await startServer('raw', label, url));
    servers.push(await startServer('postgraphile', label, url));

    const results = [];
    for (const workload of WORKLOADS) {
      const status = await check(workload, servers, slugs);
      const live = servers.filter((s) => status[s.name] !== 'n/a');
      for (const s of live) await load(workload, s, slugs, WARMUP);
      const best = {};
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of live) {
          const r = await load(workload, s, slugs, DURATION);
          console.log(
            `  ${workload.name} ${s.name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors`,
          );
          if (!best[s.name] || r.rps > best[s.name].rps) best[s.name] = r;
        }
      }
      const ours = servers.find((s) => s.name === 'ours');
      const alone =
        workload.name === 'SEARCH' && status.ours !== 'n/a'
          ? await aloneP50(workload, ours, slugs)
          : null;
      for (const name of SERVERS) {
        results.push({ workload: workload.name, server: name, check: status[name], ...best[name] });
      }
      if (alone !== null)
        results.find((r) => r.workload === 'SEARCH' && r.server === 'ours').alone = alone;
    }
    return { label, rows, loadBefore, counts: counts[0], results };
  } finally {
    await db.end().catch(() => undefined);
    for (const s of servers.reverse()) await stop(s.child);
  }
}

const fmt = (n, digits = 0) => (n === undefined ? 'n/a' : n.toFixed(digits));
const ratio = (a, b, target) => {
  if (!a?.rps || !b?.rps) return 'n/a';
  const x = a.rps / b.rps;
  return `${x.toFixed(2)}x ${x >= target ? 'met' : 'MISSED'}`;
};

function report(size) {
  const lines = [
    `## ${size.label}: ${size.counts.exercises} exercises, ${size.counts.edges} progression edges`,
    '',
    `1-minute load average before the servers started: ${size.loadBefore.toFixed(2)} (near 0 on an idle machine).`,
    '',
    '| workload | server | req/s | p50 ms | p99 ms | errors | same rows |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...size.results.map(
      (r) =>
        `| ${r.workload} | ${r.server} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors ?? 'n/a'} | ${r.check} |`,
    ),
    '',
    '| workload | ours/postgraphile req/s (target >= 1.0x) | ours/raw req/s (target >= 0.5x) |',
    '| --- | --- | --- |',
  ];
  for (const { name } of WORKLOADS) {
    const get = (server) => size.results.find((r) => r.workload === name && r.server === server);
    lines.push(
      `| ${name} | ${ratio(get('ours'), get('postgraphile'), 1)} | ${ratio(get('ours'), get('raw'), 0.5)} |`,
    );
  }
  return lines.join('\n');
}

function searchLine(sizes) {
  const size = sizes.find((s) => s.rows === 100_000);
  const r = size?.results.find((x) => x.workload === 'SEARCH' && x.server === 'ours');
  if (!r) return 'Search p50 at 100k (ours): not measured (needs --sizes ...,100k)';
  if (r.p50 === undefined)
    return 'Search p50 at 100k (ours): n/a (searchExercises not in dist/ yet)';
  const verdict = (ms) => (ms < 10 ? 'met' : 'MISSED');
  return (
    `Search p50 at 100k (ours), target < 10 ms: ${r.p50} ms under load ` +
    `(${CONNECTIONS} connections, ${verdict(r.p50)}); ${r.alone.toFixed(2)} ms alone ` +
    `(1 connection, sequential, ${verdict(r.alone)})`
  );
}

mkdirSync(RESULTS, { recursive: true });
if (!existsSync(join(ROOT, 'dist/main.js'))) await run('npm', ['run', 'build']);
const sizes = [];
for (const label of SIZES) {
  console.log(`\n# ${label}`);
  sizes.push(await benchSize(label));
}
const cpu = cpus();
const markdown = [
  `# Benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Node ${process.version}, ${cpu.length} x ${cpu[0]?.model.trim()}; autocannon ${CONNECTIONS} connections, ` +
    `${DURATION} s per run after a ${WARMUP} s warm-up, best of ${ROUNDS} round(s); servers and load generator share the machine.`,
  '',
  ...sizes.map(report).flatMap((t) => [t, '']),
  searchLine(sizes),
  '',
].join('\n');
// Formatted like the rest of the repo, so `prettier --check bench` stays clean after a run.
const options = await prettier.resolveConfig(join(RESULTS, 'latest.md'));
writeFileSync(
  join(RESULTS, 'latest.md'),
  await prettier.format(markdown, { ...options, parser: 'markdown' }),
);
console.log(`\n${markdown}`);
