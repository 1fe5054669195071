// Handout PDFs through the running service: a staff member prints the 10-exercise "runner's knee,
// phase 1" handout (GET /handouts/:id/pdf) again and again, then 20 at once. Measures what a
// clinic sees: the whole request (auth, the handout row, the picture bytes, rendering, the access
// record), and the service's peak resident memory (VmHWM) after it.
//
//   npm run build && node bench/handout-http.mjs [--runs 40] [--locale ES] [--large] [--save x.pdf]
import { readFileSync, writeFileSync } from 'node:fs';
import { BENCH_ADMIN, issueRunnersKnee, parseArgs, startService, stop } from './lib.mjs';

const args = parseArgs();
const RUNS = Number(args.runs ?? 40);
const LOCALE = String(args.locale ?? 'ES');
const LARGE = Boolean(args.large);
// The burst of 20 must all print: past the print queue the service answers 503 (by design).
const { base, child } = await startService({ PRINT_QUEUE: '32' });

try {
  const { staff, handout: issueHandout } = await issueRunnersKnee(base, BENCH_ADMIN, {
    locale: LOCALE,
    largePrint: LARGE,
  });
  // pdfUrl is signed for 5 minutes; a bench run can be longer, so it prints by path with the token.
  const url = `${base}${new URL(issueHandout.pdfUrl).pathname}`;
  const print = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${staff}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') {
      throw new Error(`status ${res.status}`);
    }
    return { ms: performance.now() - started, bytes };
  };
  for (let i = 0; i < 5; i++) await print();
  const times = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const { ms, bytes } = await print();
    times.push(ms);
    size = bytes.length;
    if (args.save && i === 0) writeFileSync(String(args.save), bytes);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const started = performance.now();
  const burst = await Promise.allSettled(Array.from({ length: 20 }, print));
  const wall = performance.now() - started;
  const failed = burst.filter((r) => r.status === 'rejected').length;
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  const ms = (n) => n.toFixed(0);
  console.log(
    `\n### Handout PDF over HTTP (${issueHandout.items.length} exercises, ${LOCALE}${LARGE ? ', large print' : ''})\n`,
  );
  console.log('| measure | value | target | ratio to target |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(
    `| median, one at a time (${RUNS} after 5 warm-up) | ${ms(at(0.5))} ms | 150 ms | ${(at(0.5) / 150).toFixed(2)} |`,
  );
  console.log(`| p95 | ${ms(at(0.95))} ms | | |`);
  console.log(`| 20 at once: failures, wall time | ${failed}, ${ms(wall)} ms | 0 | |`);
  console.log(
    `| service peak RSS (VmHWM), RSS after | ${hwm.toFixed(0)} MB, ${rss.toFixed(0)} MB | | |`,
  );
  console.log(`| PDF size | ${(size / 1024).toFixed(0)} KiB | | |`);
  if (failed > 0) process.exitCode = 1;
} finally {
  await stop(child);
}
