// The bench's Markdown report: per size, every row measured and the ratios against the targets;
// then the ping while handouts print. A row where no request finished says so: it never shows
// as 0 ms, and its ratios are n/a (run.mjs also fails the run for it).
import { median, quantile } from './ping-printing.mjs';

/** Server keys in the order of the rows, and how each is named in the table. */
export const SERVER_LABELS = {
  ours: 'ours (cache off)',
  raw: 'raw',
  postgraphile: 'postgraphile',
  hot: 'ours hot (cache on, 1 request repeated)',
};

const fmt = (n, digits = 0) => (n === undefined || n === null ? 'n/a' : n.toFixed(digits));
const finished = (r) => r?.rps !== undefined && r.ok > 0;

function ratio(a, b, target) {
  if (!finished(a) || !finished(b)) return 'n/a';
  const x = a.rps / b.rps;
  return `${x.toFixed(2)}x ${x >= target ? 'met' : 'MISSED'}`;
}

function row(r) {
  const label = SERVER_LABELS[r.server];
  if (r.rps === undefined) return `| ${r.workload} | ${label} | n/a | | | | ${r.check} |`;
  if (!finished(r)) {
    return `| ${r.workload} | ${label} | no request finished | | | ${r.errors} | ${r.check} |`;
  }
  return `| ${r.workload} | ${label} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors} | ${r.check} |`;
}

export function sizeReport(size, workloads) {
  const rss = Object.entries(size.rss)
    .map(([name, mb]) => `${SERVER_LABELS[name]} ${mb === null ? 'n/a' : `${fmt(mb)} MB`}`)
    .join(', ');
  const lines = [
    `## ${size.label}: ${size.counts.exercises} exercises, ${size.counts.edges} progression edges`,
    '',
    `1-minute load average before the servers started: ${size.loadBefore.toFixed(2)} (near 0 on an idle machine).`,
    '',
    '| workload | server | req/s | p50 ms | p99 ms | errors | same rows |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...size.results.map(row),
    '',
    '| workload | cold: ours/postgraphile req/s (target >= 1.0x) | cold: ours/raw (target >= 0.5x) | hot: ours/raw (target >= 2x) |',
    '| --- | --- | --- | --- |',
  ];
  for (const { name } of workloads) {
    const get = (server) => size.results.find((r) => r.workload === name && r.server === server);
    lines.push(
      `| ${name} | ${ratio(get('ours'), get('postgraphile'), 1)} | ${ratio(get('ours'), get('raw'), 0.5)} | ${ratio(get('hot'), get('raw'), 2)} |`,
    );
  }
  lines.push('', `Peak RSS (VmHWM) of each server by the end of this size: ${rss}.`);
  return lines.join('\n');
}

export function searchLine(sizes, connections) {
  const size = sizes.find((s) => s.rows === 100_000);
  const r = size?.results.find((x) => x.workload === 'SEARCH' && x.server === 'ours');
  if (!r) return 'Search p50 at 100k (ours): not measured (needs --sizes ...,100k)';
  if (!finished(r)) return 'Search p50 at 100k (ours): no request finished';
  const verdict = (ms) => (ms < 10 ? 'met' : 'MISSED');
  return (
    `Search p50 at 100k (ours), target < 10 ms: ${r.p50} ms under load ` +
    `(${connections} connections, ${verdict(r.p50)}); ${r.alone.toFixed(2)} ms alone ` +
    `(1 connection, sequential, ${verdict(r.alone)})`
  );
}

export function printingReport(p, concurrent) {
  const head = [
    `## Ping while ${concurrent} handouts print`,
    '',
    "The apps' ping (`{ __typename }`, one connection, one after another) on our service with the " +
      'seed library on a scratch database, idle and while ' +
      `${concurrent} PDFs of the runner's knee handout print at once. Target: busy p50 at most 2x idle.`,
    '',
  ];
  if (p.error) return [...head, `FAILED: ${p.error}`].join('\n');
  const x = median(p.busy) / median(p.idle);
  return [
    ...head,
    '| ping | pings | p50 ms | p99 ms |',
    '| --- | ---: | ---: | ---: |',
    `| idle | ${p.idle.length} | ${fmt(median(p.idle), 1)} | ${fmt(quantile(p.idle, 0.99), 1)} |`,
    `| while ${concurrent} PDFs print (${p.walls.length} rounds) | ${p.busy.length} | ${fmt(median(p.busy), 1)} | ${fmt(quantile(p.busy, 0.99), 1)} |`,
    '',
    `Busy/idle p50: ${x.toFixed(2)}x (${x <= 2 ? 'met' : 'MISSED'}); ${concurrent} PDFs at once took ` +
      `${fmt(median(p.walls))} ms (p50 of the rounds, ${p.pdfs} PDFs, none failed). ` +
      `Peak RSS (VmHWM) of that instance: ${fmt(p.rss)} MB.`,
  ].join('\n');
}
