// The apps' ping (`{ __typename }`) timed idle and while handout PDFs print at once. PDFs print
// in worker threads, so the event loop should keep answering. Shared by printing.mjs (its own,
// detailed report) and run.mjs (the ping rows of the main bench).

export const median = (values) => quantile(values, 0.5);
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/**
 * `issued` is what issueRunnersKnee() resolves to. Warms the print threads, pings `idlePings`
 * times one after another, prints `alonePrints` PDFs one at a time and `quietBursts` bursts of
 * `concurrent` with nothing else asking, then `rounds` bursts while pinging in a loop. Every
 * time is in milliseconds; a wrong answer throws.
 */
export async function pingWhilePrinting(
  base,
  { gql, staff, handout },
  { rounds = 5, concurrent = 8, idlePings = 200, alonePrints = 0, quietBursts = 0 } = {},
) {
  const ping = async () => {
    const started = performance.now();
    const data = await gql('{ __typename }');
    if (data.__typename !== 'Query') throw new Error('ping answered wrong');
    return performance.now() - started;
  };
  // pdfUrl is signed for a few minutes; a long run outlives it, so print by path with the token.
  const url = `${base}${new URL(handout.pdfUrl).pathname}`;
  const print = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${staff}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') {
      throw new Error(`PDF: status ${res.status}`);
    }
    return performance.now() - started;
  };
  const burst = () => Promise.all(Array.from({ length: concurrent }, print));

  // Warm: the print threads start and load their fonts on the first PDF.
  for (let i = 0; i < 3; i++) await print();
  for (let i = 0; i < 20; i++) await ping();
  const idle = [];
  for (let i = 0; i < idlePings; i++) idle.push(await ping());

  const alone = [];
  for (let i = 0; i < alonePrints; i++) alone.push(await print());

  const quiet = [];
  for (let round = 0; round < quietBursts; round++) {
    const started = performance.now();
    await burst();
    quiet.push(performance.now() - started);
  }

  const busy = [];
  const walls = [];
  for (let round = 0; round < rounds; round++) {
    let printing = true;
    const pinging = (async () => {
      while (printing) busy.push(await ping());
    })();
    const started = performance.now();
    try {
      await burst();
    } finally {
      printing = false;
      await pinging;
    }
    walls.push(performance.now() - started);
  }
  return { idle, busy, alone, quiet, walls, pdfs: rounds * concurrent };
}
