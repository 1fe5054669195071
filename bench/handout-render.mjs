// Handout renderer benchmark: warm PDF render time and memory for a 10-exercise handout in
// English and Chinese, normal and large print, then 20 renders at once.
//
//   npx nest build && node bench/handout-render.mjs [--renders 30] [--warmup 5] [--concurrent 20]
//     [--dataset <free-exercise-db folder>]
//
// Imports the compiled renderer from dist/ (build first) and the sample handout from
// test/fixtures/handouts/. Its pictures are the stand-in JPEGs of the repository's free-exercise-db
// fixture, or the data set's own photos from --dataset or FREE_EXERCISE_DB_DIR when given.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, ROOT } from './lib.mjs';

const args = parseArgs();
const RENDERS = Number(args.renders ?? 30);
const WARMUP = Number(args.warmup ?? 5);
const CONCURRENT = Number(args.concurrent ?? 20);

const rendering = resolve(ROOT, 'dist', 'handouts', 'rendering');
if (!existsSync(resolve(rendering, 'handout-renderer.js'))) {
  console.error('dist/ has no handout renderer: run `npx nest build` first');
  process.exit(1);
}
const load = (file) => import(pathToFileURL(resolve(rendering, file)).href);
const { HandoutRenderer } = await load('handout-renderer.js');
const { DEFAULT_LOGO } = await load('default-logo.js');
const { buildSampleHandout, FIXTURE_DATASET } = await import(
  pathToFileURL(resolve(ROOT, 'test', 'fixtures', 'handouts', 'build-sample-handout.mjs')).href
);
const datasetDir = args.dataset ?? process.env.FREE_EXERCISE_DB_DIR ?? FIXTURE_DATASET;
const sampleHandout = (options) =>
  buildSampleHandout({ ...options, datasetDir, logo: DEFAULT_LOGO });

const renderer = new HandoutRenderer();
const VARIANTS = [
  { label: 'en, normal', locale: 'en', largePrint: false },
  { label: 'en, large print', locale: 'en', largePrint: true },
  { label: 'zh, normal', locale: 'zh', largePrint: false },
  { label: 'zh, large print', locale: 'zh', largePrint: true },
];

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const maxRssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0); // maxRSS is in KiB
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// RSS sampled between renders and on a timer; a render is synchronous for most of its time, so
// process.resourceUsage().maxRSS (the kernel's high-water mark) is the figure to trust.
let sampledRss = 0;
const sample = () => (sampledRss = Math.max(sampledRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 5);

console.log(
  `Handout PDF render, 10 exercises, ${WARMUP} warm-up + ${RENDERS} timed renders each; ` +
    `pictures: JPEGs from ${datasetDir === FIXTURE_DATASET ? 'the fixture (stand-ins)' : datasetDir}; ` +
    `Node ${process.version}\n`,
);
console.log('| handout | pages | size | median | p95 | min | max RSS so far |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const variant of VARIANTS) {
  const handout = () => sampleHandout(variant);
  let pdf;
  for (let i = 0; i < WARMUP; i++) pdf = await renderer.renderPdf(handout());
  const times = [];
  for (let i = 0; i < RENDERS; i++) {
    const h = handout();
    const start = performance.now();
    pdf = await renderer.renderPdf(h);
    times.push(performance.now() - start);
    sample();
  }
  times.sort((a, b) => a - b);
  console.log(
    `| ${variant.label} | ${pageCount(pdf)} | ${(pdf.length / 1024).toFixed(0)} KiB | ` +
      `${percentile(times, 50).toFixed(0)} ms | ${percentile(times, 95).toFixed(0)} ms | ` +
      `${times[0].toFixed(0)} ms | ${maxRssMb()} MB |`,
  );
}

const start = performance.now();
const results = await Promise.allSettled(
  Array.from({ length: CONCURRENT }, (_, i) =>
    renderer.renderPdf(sampleHandout(VARIANTS[i % VARIANTS.length])),
  ),
);
const wall = performance.now() - start;
clearInterval(sampler);
sample();
const failed = results.filter((r) => r.status === 'rejected');
console.log(
  `\n${CONCURRENT} concurrent renders (the four handouts in turn): ${failed.length} errors, ` +
    `${wall.toFixed(0)} ms wall, ${(wall / CONCURRENT).toFixed(0)} ms per render; ` +
    `peak RSS ${maxRssMb()} MB (sampled ${mb(sampledRss)} MB), heap ${mb(process.memoryUsage().heapUsed)} MB`,
);
for (const f of failed.slice(0, 3)) console.log(`  error: ${f.reason?.stack ?? f.reason}`);
process.exitCode = failed.length > 0 ? 1 : 0;
