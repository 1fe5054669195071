import { jest } from '@jest/globals';
import { crc32, deflateSync } from 'node:zlib';
import type { RenderableHandout } from '../src/handouts/handout-content.js';
import { renderHandoutPdf } from '../src/handouts/rendering/pdf.js';
import { PdfPrintPool } from '../src/handouts/rendering/pdf-print-pool.js';
import { MEDIA_STORAGE, type MediaStorage } from '../src/media/storage.js';
import { watchEventLoop } from './support/event-loop.js';
import { verifySeedPictures } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { PrintingIssueHandoutMutation } from './graphql/graphql.js';

const PATIENT = 'Ngozi Adebayo-Lindqvist';
const ISSUE = graphql(`
  mutation PrintingIssueHandout($input: IssueHandoutInput!) {
    issueHandout(input: $input) {
      id
      pdfUrl
      links {
        url
      }
      items {
        picture {
          url
        }
      }
    }
  }
`);
type Issued = PrintingIssueHandoutMutation['issueHandout'];

/** Issues the seed runner's knee handout (its exercises, one with seed pictures) to a patient. */
async function issueHandout(t: TestApp): Promise<Issued> {
  const template = await t.gql(
    graphql(`
      query PrintingTemplate {
        programTemplate(by: { slug: "runners-knee-phase-1" }) {
          id
        }
      }
    `),
  );
  const accounts = await t.gql(
    graphql(`
      query PrintingAccounts {
        accounts {
          id
          role
        }
      }
    `),
    {},
    'admin',
  );
  const res = await t.gql(
    ISSUE,
    {
      input: {
        templateId: template.body.data!.programTemplate!.id,
        clinicianId: accounts.body.data!.accounts.find((a) => a.role === 'CLINICIAN')!.id,
        patientName: PATIENT,
        locale: 'EN',
        largePrint: false,
        issuedOn: '2026-11-30',
      },
    },
    'staff',
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.issueHandout;
}

/**
 * A GET, sent again once if the connection was reset: on a loaded machine a kept-alive socket
 * may be closed by the server just as it is reused, which says nothing about printing.
 */
async function get(t: TestApp, path: string, token?: string): Promise<Response> {
  const send = () =>
    fetch(path.startsWith('http') ? path : `${t.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  try {
    return await send();
  } catch (error) {
    const code = ((error as Error).cause as { code?: string } | undefined)?.code;
    if (code !== 'ECONNRESET') throw error;
    return send();
  }
}

const PING = graphql(`
  query PrintingPing {
    __typename
  }
`);

/**
 * A trivial query, timed from here: what an app waiting on the service would see. Sent again once
 * if its kept-alive socket was reset, as `get` does (CI saw one reset once, on a loaded machine).
 */
async function ping(t: TestApp): Promise<number> {
  const start = performance.now();
  const send = () => t.gql(PING, {}, 'anonymous');
  const res = await send().catch((error: Error) => {
    if ((error.cause as { code?: string } | undefined)?.code !== 'ECONNRESET') throw error;
    return send();
  });
  expect(res.body.data?.__typename).toBe('Query');
  return performance.now() - start;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * A PNG whose header is sound and whose pixels are not: pdfkit inflates RGBA and interlaced
 * pixels in a zlib callback and throws there, which used to end the whole process.
 */
function damagedPng(kind: 'garbage' | 'truncated' | 'interlaced'): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const [width, height] = [64, 48];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // 8-bit RGBA, or 8-bit greyscale interlaced: both are decoded by pdfkit, not copied.
  header.set(kind === 'interlaced' ? [8, 0, 0, 0, 1] : [8, 6, 0, 0, 0], 8);
  const rows = deflateSync(Buffer.alloc((width * 4 + 1) * height, 0x7f));
  const pixels =
    kind === 'truncated' ? rows.subarray(0, rows.length >> 1) : Buffer.alloc(400, 0xa5);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('printing off the event loop', () => {
  let t: TestApp;
  let handout: Issued;
  let reference: Buffer;

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true', PRINT_WORKERS: '1', PRINT_QUEUE: '16' });
    // The seed photos' licences are unverified until a clinician confirms them; these prints
    // need pictures, so confirm them first.
    await verifySeedPictures(t);
    handout = await issueHandout(t);
    const first = await get(t, handout.pdfUrl, t.tokens.staff);
    expect(first.status).toBe(200);
    reference = Buffer.from(await first.arrayBuffer());
  });
  afterAll(() => t.close());

  it('prints in the pool the very bytes this thread would print, pictures and logo included', async () => {
    const pool = t.running.app.get(PdfPrintPool);
    const render = jest.spyOn(pool, 'render');
    try {
      for (const path of [handout.pdfUrl, `${handout.links[0].url}/pdf`]) {
        render.mockClear();
        const res = await get(t, path, path === handout.pdfUrl ? t.tokens.staff : undefined);
        expect(res.status).toBe(200);
        const fromPool = Buffer.from(await res.arrayBuffer());
        expect(render).toHaveBeenCalledTimes(1);
        const renderable = render.mock.calls[0][0] as RenderableHandout;
        expect(renderable.pictures.size).toBeGreaterThan(0);
        expect((await renderHandoutPdf(renderable)).equals(fromPool)).toBe(true);
      }
    } finally {
      render.mockRestore();
    }
  });

  it('keeps answering a trivial query while 8 PDFs print, each the same bytes', async () => {
    for (let i = 0; i < 5; i++) await ping(t); // warm
    const idle: number[] = [];
    for (let i = 0; i < 30; i++) idle.push(await ping(t));

    const loop = watchEventLoop();
    let printing = true;
    const busy: number[] = [];
    const pinging = (async () => {
      while (printing) busy.push(await ping(t));
    })();
    const pdfs = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        // Half for the team, half through the share link.
        const res =
          i % 2 === 0
            ? await get(t, handout.pdfUrl, t.tokens.staff)
            : await get(t, `${handout.links[0].url}/pdf`);
        expect(res.status).toBe(200);
        return Buffer.from(await res.arrayBuffer());
      }),
    );
    printing = false;
    await pinging;
    const { longestGapMs, longestBusyGapMs } = loop.stop();

    console.log(
      `ping p50 idle ${median(idle).toFixed(1)} ms, during 8 renders ${median(busy).toFixed(1)} ms ` +
        `(${busy.length} pings); longest event-loop gap ${longestGapMs.toFixed(0)} ms, ` +
        `of which this thread ran ${longestBusyGapMs.toFixed(0)} ms`,
    );
    // A render on this thread is 100 to 200 ms of its CPU, 8 times over. The CPU here is shared,
    // so a gap may also be time this thread was not scheduled: what counts is its own CPU time.
    expect(longestBusyGapMs).toBeLessThan(100);
    expect(busy.length).toBeGreaterThan(8);
    for (const [i, pdf] of pdfs.entries()) {
      if (i % 2 === 0) expect(pdf.equals(reference)).toBe(true);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it.each(['garbage', 'truncated', 'interlaced'] as const)(
    'survives a print whose picture crashes pdfkit (%s pixels), and prints the next one',
    async (kind) => {
      const storage = t.running.app.get<MediaStorage>(MEDIA_STORAGE);
      const key = handout.items.find((i) => i.picture)!.picture!.url.split('/media/')[1];
      const original = (await storage.get(key))!;
      await storage.delete(key);
      await storage.put(key, damagedPng(kind), 'image/png');
      try {
        const res = await get(t, handout.pdfUrl, t.tokens.staff);
        const body = Buffer.from(await res.arrayBuffer());
        // Failing this one PDF is what the pool promises; a renderer that skips the picture
        // and prints the rest does better still.
        if (res.status === 500) {
          expect(JSON.parse(body.toString('utf8'))).toEqual({
            code: 'PRINT_FAILED',
            message: expect.not.stringContaining(PATIENT),
          });
        } else {
          expect(res.status).toBe(200);
          expect(res.headers.get('content-type')).toBe('application/pdf');
        }
        await ping(t);
      } finally {
        await storage.delete(key);
        await storage.put(key, original, 'image/jpeg');
      }
      const next = await get(t, handout.pdfUrl, t.tokens.staff);
      expect(next.status).toBe(200);
      expect(Buffer.from(await next.arrayBuffer()).equals(reference)).toBe(true);
    },
  );
});

describe('a full print queue', () => {
  let t: TestApp;
  let handout: Issued;

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true', PRINT_WORKERS: '1', PRINT_QUEUE: '1' });
    await verifySeedPictures(t);
    handout = await issueHandout(t);
  });
  afterAll(() => t.close());

  it('answers 503 with Retry-After at once, and prints again when the queue drains', async () => {
    // One printing and one waiting fill the pool: of 8 at once, at least 6 are turned away.
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2 === 0
          ? get(t, handout.pdfUrl, t.tokens.staff)
          : get(t, `${handout.links[0].url}/pdf`),
      ),
    );
    const refused = responses.filter((r) => r.status === 503);
    const printed = responses.filter((r) => r.status === 200);
    expect(refused.length).toBeGreaterThanOrEqual(6);
    expect(printed.length).toBeGreaterThanOrEqual(1);
    expect(refused.length + printed.length).toBe(8);
    for (const res of refused) {
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = (await res.json()) as { code: string; message: string };
      expect(body).toEqual({ code: 'SERVICE_UNAVAILABLE', message: expect.any(String) });
      expect(body.message).not.toContain(PATIENT);
    }
    for (const res of printed) expect(res.headers.get('content-type')).toBe('application/pdf');
    const after = await get(t, handout.pdfUrl, t.tokens.staff);
    expect(after.status).toBe(200);
  });
});
