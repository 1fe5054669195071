// Printing off the event loop: does a trivial query (`{ __typename }`, the apps' "ping") stay
// fast while handout PDFs print? Starts the built service on the embedded engine, issues the
// 10-exercise "runner's knee, phase 1" handout, then measures the ping idle and while 8 PDFs
// print at once (several rounds), and the time of a PDF in the print pool.
//
//   npm run build && node bench/printing.mjs [--rounds 5] [--concurrent 8] [--workers N] [--queue N]
import { readFileSync } from 'node:fs';
import { BENCH_ADMIN, issueRunnersKnee, parseArgs, startService, stop } from './lib.mjs';

const args = parseArgs();
const ROUNDS = Number(args.rounds ?? 5);
const CONCURRENT = Number(args.concurrent ?? 8);
const { base, child } = await startService({
  ...(args.workers ? { PRINT_WORKERS: String(args.workers) } : {}),
  ...(args.queue ? { PRINT_QUEUE: String(args.queue) } : {}),
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (n) => `${n.toFixed(1)} ms`;

try {
  const { gql, staff, handout: issueHandout } = await issueRunnersKnee(base, BENCH_ADMIN);

  const ping = async () => {
    const started = performance.now();
    const data = await gql('{ __typename }');
    if (data.__typename !== 'Query') throw new Error('ping answered wrong');
    return performance.now() - started;
  };
  const print = async () => {
    const started = performance.now();
    const res = await fetch(`${base}${new URL(issueHandout.pdfUrl).pathname}`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') {
      throw new Error(`PDF: status ${res.status}`);
    }
    return performance.now() - started;
  };

  // Warm: the print threads start and load their fonts on the first PDF.
  for (let i = 0; i < 3; i++) await print();
  for (let i = 0; i < 20; i++) await ping();
  const idle = [];
  for (let i = 0; i < 200; i++) idle.push(await ping());

  const alone = [];
  for (let i = 0; i < 10; i++) alone.push(await print());

  // The pool alone: bursts with nothing else asking for the CPU.
  const quiet = [];
  for (let round = 0; round < 2; round++) {
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENT }, print));
    quiet.push(performance.now() - started);
  }

  const busy = [];
  const walls = [];
  for (let round = 0; round < ROUNDS; round++) {
    let printing = true;
    const pinging = (async () => {
      while (printing) busy.push(await ping());
    })();
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENT }, print));
    walls.push(performance.now() - started);
    printing = false;
    await pinging;
  }

  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  const threads = Number(/Threads:\s+(\d+)/.exec(status)[1]);
  const ratio = median(busy) / median(idle);
  console.log(
    `\n### Printing off the event loop (${CONCURRENT} PDFs at once x ${ROUNDS} rounds, ` +
      `PRINT_WORKERS=${args.workers ?? 'default'}, Node ${process.version})\n`,
  );
  console.log('| measure | value | target |');
  console.log('| --- | ---: | ---: |');
  console.log(`| ping p50 idle (200 pings) | ${ms(median(idle))} | |`);
  console.log(
    `| ping p50 while ${CONCURRENT} PDFs print (${busy.length} pings) | ${ms(median(busy))} | |`,
  );
  console.log(`| ratio busy / idle (p50) | ${ratio.toFixed(2)} | at most 2 |`);
  console.log(
    `| ping p95 / max while printing | ${ms(quantile(busy, 0.95))} / ${ms(Math.max(...busy))} | |`,
  );
  console.log(`| one PDF alone, whole request (p50 of 10) | ${ms(median(alone))} | |`);
  console.log(
    `| ${CONCURRENT} PDFs at once, nothing else running: wall (best of 2), per PDF | ${ms(Math.min(...quiet))}, ${ms(Math.min(...quiet) / CONCURRENT)} | |`,
  );
  console.log(
    `| ${CONCURRENT} PDFs at once while pinging: wall (p50 of ${ROUNDS}), per PDF | ${ms(median(walls))}, ${ms(median(walls) / CONCURRENT)} | |`,
  );
  console.log(`| service peak RSS (VmHWM), threads | ${hwm.toFixed(0)} MB, ${threads} | |`);
  if (ratio > 2) process.exitCode = 1;
} finally {
  await stop(child);
}
