// Printing off the event loop: does a trivial query (`{ __typename }`, the apps' "ping") stay
// fast while handout PDFs print? Starts the built service on the embedded engine, issues the
// 10-exercise "runner's knee, phase 1" handout, then measures the ping idle and while 8 PDFs
// print at once (several rounds), and the time of a PDF in the print pool.
//
//   npm run build && node bench/printing.mjs [--rounds 5] [--concurrent 8] [--workers N] [--queue N]
import { readFileSync } from 'node:fs';
import { BENCH_ADMIN, issueRunnersKnee, parseArgs, startService, stop } from './lib.mjs';
import { median, pingWhilePrinting, quantile } from './ping-printing.mjs';

const args = parseArgs();
const ROUNDS = Number(args.rounds ?? 5);
const CONCURRENT = Number(args.concurrent ?? 8);
const { base, child } = await startService({
  ...(args.workers ? { PRINT_WORKERS: String(args.workers) } : {}),
  ...(args.queue ? { PRINT_QUEUE: String(args.queue) } : {}),
});

const ms = (n) => `${n.toFixed(1)} ms`;

try {
  const issued = await issueRunnersKnee(base, BENCH_ADMIN);
  const { idle, busy, alone, quiet, walls } = await pingWhilePrinting(base, issued, {
    rounds: ROUNDS,
    concurrent: CONCURRENT,
    idlePings: 200,
    alonePrints: 10,
    quietBursts: 2,
  });

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
