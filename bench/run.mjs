// npm run bench -- [--quick] [--sizes 10k,100k] [--duration 10] [--warmup 2] [--rounds 1]
//                   [--connections 10] [--print-rounds 5] [--force]
//
// Builds dist/, then for each size: generate (or reuse) the database, start our service twice
// (RESPONSE_CACHE=off for the cold rows, on for the hot rows), the raw-SQL floor and PostGraphile
// on it, check that they return the same rows, then load each workload with autocannon, servers
// interleaved. Then the ping while 8 handouts print, on a seeded scratch database. Prints a
// Markdown report (also written to results/latest.md, or results/quick.md with --quick) and exits
// 1 when a row failed: a server that could not answer, a load where no request finished, or an
// error from ours.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import * as prettier from 'prettier';
import { generate, isGenerated } from './generate.mjs';
import {
  ADMIN_URL,
  BENCH_ADMIN,
  BENCH_DIR,
  ROOT,
  build,
  dbName,
  dbUrl,
  freePort,
  issueRunnersKnee,
  parseArgs,
  parseSize,
  peakRssMb,
  serviceEnv,
  startService,
  stop,
  waitForOk,
} from './lib.mjs';
import { pingWhilePrinting } from './ping-printing.mjs';
import { SERVER_LABELS, printingReport, searchLine, sizeReport } from './report.mjs';
import { WORKLOADS } from './workloads.mjs';

const args = parseArgs();
// Quick: what CI runs to prove the bench still works (every server, every row); 48 s of load plus
// start-ups, build and data (5 minutes on 2 cores at load average 19); rougher figures.
const QUICK = Boolean(args.quick);
const SIZES = String(args.sizes ?? (QUICK ? '10k' : '10k,100k')).split(',');
const DURATION = Number(args.duration ?? (QUICK ? 3 : 10));
const WARMUP = Number(args.warmup ?? (QUICK ? 1 : 2));
const ROUNDS = Number(args.rounds ?? 1);
const CONNECTIONS = Number(args.connections ?? 10);
const PRINT_ROUNDS = Number(args['print-rounds'] ?? (QUICK ? 1 : 5));
const PRINT_CONCURRENT = 8;
const RESULTS = join(BENCH_DIR, 'results');
const OUTPUT = join(RESULTS, QUICK ? 'quick.md' : 'latest.md');
const SERVERS = Object.keys(SERVER_LABELS);

/** What failed, one line each: the run exits 1 when there is any. */
const failures = [];
const fail = (line) => {
  failures.push(line);
  console.log(`  FAILED: ${line}`);
};

/** Starts one server as a child process, its output in results/<size>-<name>.log. */
async function startServer(name, label, url) {
  const port = await freePort();
  const log = openSync(join(RESULTS, `${label}-${name}.log`), 'w');
  const settings = { DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', DB_POOL_SIZE: '10' };
  // Ours as deployed (serviceEnv: production, no seeding), twice: the response cache off for the
  // cold rows and on for the hot ones (a setting that is ignored until the cache exists).
  const ours = (cache) => [
    'dist/main.js',
    '/health/ready',
    serviceEnv({ ...settings, RESPONSE_CACHE: cache }),
  ];
  const peer = (extra) => ({ ...process.env, ...settings, ...extra });
  const [script, ready, env] = {
    ours: ours('off'),
    hot: ours('on'),
    raw: ['bench/peers/raw-sql.mjs', '/health', peer({})],
    postgraphile: ['bench/peers/postgraphile.mjs', null, peer({ GRAPHILE_ENV: 'production' })],
  }[name];
  const child = spawn('node', [script], { cwd: ROOT, env, stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  if (ready) await waitForOk(base + ready, child);
  else await waitForGraphQL(`${base}/graphql`, child);
  return { name, child, base };
}

/** PostGraphile has no health route: ready when `{ __typename }` answers. */
async function waitForGraphQL(url, child, timeoutMs = 180_000) {
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

/**
 * The request for request number `i` of a workload on a server. The hot server is ours asked the
 * first request again and again (what a response cache serves).
 */
const requestOf = (workload, server, slugs, i) =>
  server === 'hot'
    ? workload.ours(workload.vars(slugs, 0))
    : workload[server](workload.vars(slugs, i));

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
 * Sends each server the workload's first requests (`samples` of them: DETAIL tries several slugs;
 * the hot server its one request twice, a miss then a hit once the cache exists) and compares the
 * rows. Ours is the reference; where it cannot answer, the raw-SQL floor is (and the run fails).
 * The reference is asked twice: if it does not agree with itself, the rows cannot be compared
 * ("unstable"). A server that answers with an error is not loaded, and fails the run.
 */
async function check(workload, servers, slugs, label) {
  const answers = {};
  for (const s of servers) {
    answers[s.name] = [];
    const asks = s.name === 'hot' ? 2 : (workload.samples ?? 1);
    for (let i = 0; i < asks; i++) answers[s.name].push(await ask(workload, s, slugs, i));
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
      status[name] = 'FAILED: an error (see the end)';
      fail(`${label} ${workload.name} ${name}: ${failure(name).slice(0, 200)}`);
    } else if (name === reference) {
      status[name] = unstable ? 'reference, unstable' : 'reference';
    } else if (unstable) {
      status[name] = 'not comparable';
    } else {
      const diff = answers[name]
        .map((a, i) => firstDiff(answers[reference][name === 'hot' ? 0 : i].rows, a.rows))
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

/**
 * One autocannon run. GraphQL errors come back as HTTP 200, so bodies are checked too: `ok` counts
 * the 2xx answers without an `errors` member, `errors` everything else (socket errors, timeouts,
 * non-2xx, GraphQL errors), `firstError` the start of the first bad answer.
 */
async function load(workload, server, slugs, seconds) {
  let i = 0;
  let graphqlErrors = 0;
  let firstError;
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
          const ok = status >= 200 && status < 300;
          if (ok && body.includes('"errors":')) graphqlErrors++;
          if (!firstError && (!ok || body.includes('"errors":'))) {
            firstError = `HTTP ${status} ${body.slice(0, 200)}`;
          }
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'] - graphqlErrors,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    firstError,
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

/** Fails the run for a load where nothing finished, or where ours answered with an error. */
function judge(label, workload, server, r) {
  const where = `${label} ${workload} ${server}`;
  if (r.ok <= 0) fail(`${where}: no request finished in ${DURATION} s (${r.errors} errors)`);
  else if ((server === 'ours' || server === 'hot') && r.errors > 0) {
    fail(`${where}: ${r.errors} errors under load, the first: ${r.firstError ?? 'socket error'}`);
  }
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
    // Imported only now: it loads the service's search from dist/, which build() has just made.
    const { searchFunction } = await import('./search-sql.mjs');
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
    for (const name of ['raw', 'postgraphile', 'hot']) {
      servers.push(await startServer(name, label, url));
    }

    const results = [];
    for (const workload of WORKLOADS) {
      const status = await check(workload, servers, slugs, label);
      const live = servers.filter((s) => !status[s.name].startsWith('FAILED'));
      for (const s of live) await load(workload, s, slugs, WARMUP);
      const best = {};
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of live) {
          const r = await load(workload, s, slugs, DURATION);
          const figures =
            r.ok > 0
              ? `${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`
              : 'no request finished';
          console.log(`  ${workload.name} ${s.name}: ${figures}, ${r.ok} ok, ${r.errors} errors`);
          if (!best[s.name] || r.rps > best[s.name].rps) best[s.name] = r;
        }
      }
      for (const s of live) judge(label, workload.name, s.name, best[s.name]);
      const ours = servers.find((s) => s.name === 'ours');
      // Alone: the per-request figure the 100k search target is read against.
      const alone =
        workload.name === 'SEARCH' && rows >= 100_000 && best.ours?.ok > 0
          ? await aloneP50(workload, ours, slugs)
          : null;
      for (const name of SERVERS) {
        results.push({ workload: workload.name, server: name, check: status[name], ...best[name] });
      }
      if (alone !== null)
        results.find((r) => r.workload === 'SEARCH' && r.server === 'ours').alone = alone;
    }
    const rss = Object.fromEntries(SERVERS.map((name) => [name, null]));
    for (const s of servers) rss[s.name] = peakRssMb(s.child.pid);
    return { label, rows, loadBefore, counts: counts[0], results, rss };
  } finally {
    await db.end().catch(() => undefined);
    for (const s of servers.reverse()) await stop(s.child);
  }
}

/**
 * The ping while handouts print, on our service with the seed library (it has the runner's knee
 * template) on a scratch database of this run, dropped at the end.
 */
async function benchPrinting() {
  const name = `bench_printing_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  let service;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const log = openSync(join(RESULTS, 'printing-ours.log'), 'w');
    service = await startService({ DATABASE_URL: dbUrl(name), DB_POOL_SIZE: '10' }, { log });
    const issued = await issueRunnersKnee(service.base, BENCH_ADMIN);
    const timings = await pingWhilePrinting(service.base, issued, {
      rounds: PRINT_ROUNDS,
      concurrent: PRINT_CONCURRENT,
      idlePings: QUICK ? 100 : 200,
    });
    return { ...timings, rss: peakRssMb(service.child.pid) };
  } finally {
    await stop(service?.child);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

mkdirSync(RESULTS, { recursive: true });
const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0)} s`;
await build();
console.log(`dist/ built (${elapsed()})`);
const sizes = [];
for (const label of SIZES) {
  console.log(`\n# ${label} (${elapsed()})`);
  sizes.push(await benchSize(label));
}
console.log(`\n# ping while ${PRINT_CONCURRENT} handouts print (${elapsed()})`);
const printing = await benchPrinting().catch((error) => {
  fail(`printing: ${error.message.slice(0, 300)}`);
  return { error: error.message.slice(0, 300) };
});
const seconds = (performance.now() - startedAt) / 1000;
console.log(`done (${elapsed()})`);
const cpu = cpus();
const markdown = [
  `# Benchmark${QUICK ? ' (quick)' : ''}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Node ${process.version}, ${cpu.length} x ${cpu[0]?.model.trim()}; autocannon ${CONNECTIONS} connections, ` +
    `${DURATION} s per run after a ${WARMUP} s warm-up, best of ${ROUNDS} round(s); servers and load generator share the machine. ` +
    `The whole run took ${seconds.toFixed(0)} s.`,
  '',
  ...sizes.map((size) => sizeReport(size, WORKLOADS)).flatMap((t) => [t, '']),
  searchLine(sizes, CONNECTIONS),
  '',
  printingReport(printing, PRINT_CONCURRENT),
  '',
  ...(failures.length > 0 ? ['## FAILED', '', ...failures.map((f) => `- ${f}`), ''] : []),
].join('\n');
// Formatted like the rest of the repo, so `prettier --check bench` stays clean after a run.
const options = await prettier.resolveConfig(OUTPUT);
writeFileSync(OUTPUT, await prettier.format(markdown, { ...options, parser: 'markdown' }));
console.log(`\n${markdown}`);
if (failures.length > 0) process.exitCode = 1;
