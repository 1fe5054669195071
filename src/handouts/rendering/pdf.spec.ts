import { PDFParse } from 'pdf-parse';
import { Side } from '../../programs/program-item.js';
import { Locale } from '../../translations/locale.js';
import type { RenderableHandout } from '../handout-content.js';
import { HandoutRenderer } from './handout-renderer.js';
import { generatedPng, sampleHandout } from '../../../test/fixtures/handouts/sample-handout.js';
import { tempoInWords } from './tempo-words.js';
import { pageProblems } from '../../../test/support/handout-pages.js';

const renderer = new HandoutRenderer();

interface ParsedPdf {
  pages: string[];
  info: Record<string, unknown>;
}

async function parse(pdf: Buffer): Promise<ParsedPdf> {
  const parser = new PDFParse({ data: pdf });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { pages: text.pages.map((p) => p.text), info: info.info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

/** Text with line breaks and spacing ignored: lines wrap where the layout puts them. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
/**
 * Text with all white space gone (Chinese has no spaces to keep), and the numbers of ordered
 * lists, which pdf-parse puts after the first line of each item.
 */
const bare = (text: string) => text.replace(/\t\d+\./g, '').replace(/\s+/g, '');
const pageOf = (pages: string[], text: string) =>
  pages.findIndex((p) => bare(p).includes(bare(text)));

async function render(handout: RenderableHandout): Promise<ParsedPdf & { pdf: Buffer }> {
  const pdf = await renderer.renderPdf(handout);
  return { pdf, ...(await parse(pdf)) };
}

describe('handout PDF', () => {
  let normal: ParsedPdf & { pdf: Buffer };
  let large: ParsedPdf & { pdf: Buffer };
  const handout = sampleHandout();

  beforeAll(async () => {
    normal = await render(handout);
    large = await render(sampleHandout({ largePrint: true }));
  });

  it('is a PDF with the title, clinic, language and a fixed date in its metadata', () => {
    expect(normal.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(normal.info).toMatchObject({
      Title: handout.title,
      Author: 'Stride Physical Therapy',
      Subject: 'Home exercise program',
      Language: 'en',
      CreationDate: 'D:20260314000000Z',
    });
    // The patient's name is health data: it stays out of the file's metadata.
    expect(JSON.stringify(normal.info)).not.toContain('Jordan');
  });

  it('prints the letterhead, the patient, the date, the clinician and every exercise in order', () => {
    const text = flat(normal.pages.join('\n'));
    for (const expected of [
      'Stride Physical Therapy',
      'Portland, OR 97209',
      'Phone (503) 555-0142',
      'Prepared for',
      'Jordan Ellis',
      'March 14, 2026',
      'Dr. Sam Rivera, PT, DPT',
    ]) {
      expect(text).toContain(expected);
    }
    const positions = handout.items.map((item) => bare(text).indexOf(bare(item.name)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints each prescription: sets × reps or hold, side, tempo in words, load, rest, notes', () => {
    const text = flat(normal.pages.join('\n'));
    for (const item of handout.items) {
      const p = item.prescription;
      expect(text).toContain(
        p.holdSeconds ? `${p.sets} × ${p.holdSeconds} seconds` : `${p.sets} × ${p.reps}`,
      );
      const tempo = tempoInWords(p.tempo, Locale.EN, item.movement, p.holdSeconds);
      if (tempo) expect(text).toContain(tempo);
      if (p.load) expect(text).toContain(p.load);
      if (p.notes) expect(text).toContain(p.notes);
    }
    expect(text).toContain('Right side only');
    expect(text).toContain('Left side only');
    expect(text).toContain(
      'Lower for 3 seconds, pause 1 second at the bottom, lift in 1 second, no pause at the top',
    );
    // Hops read as springy contacts, never "lower as fast as you can".
    expect(text).toContain('Quick, springy contacts: land softly and spring off again at once');
    expect(text).not.toContain('Lower as fast as you can');
    expect(text).toContain('Photo: free-exercise-db');
  });

  it('numbers the pages in the footer, "Page i of N"', () => {
    const n = normal.pages.length;
    normal.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${n}`));
  });

  it('fits ten exercises on a few pages, and large print on more', () => {
    expect(normal.pages.length).toBeGreaterThan(1);
    expect(normal.pages.length).toBeLessThanOrEqual(6);
    expect(large.pages.length).toBeGreaterThan(normal.pages.length);
  });

  it('never splits an exercise across pages', async () => {
    // Each exercise ends with its notes: give every one its own so that each can be found.
    const marked = sampleHandout();
    marked.items.forEach((item, i) => (item.prescription.notes = `End of exercise ${i + 1}.`));
    const { pages } = await render(marked);
    expect(pages.length).toBeGreaterThan(2);
    marked.items.forEach((item, i) => {
      const start = pageOf(pages, item.name);
      expect(start).toBeGreaterThanOrEqual(0);
      expect({ exercise: item.name, page: pageOf(pages, `End of exercise ${i + 1}.`) }).toEqual({
        exercise: item.name,
        page: start,
      });
    });
  });

  it('splits an exercise taller than a page rather than losing it', async () => {
    const long = sampleHandout({ items: 2 });
    long.items[1].steps = Array.from({ length: 70 }, (_, i) => `Step number ${i + 1} of many.`);
    const { pages } = await render(long);
    const text = flat(pages.join('\n'));
    expect(text).toContain('Step number 1 of many.');
    expect(text).toContain('Step number 70 of many.');
    expect(pageOf(pages, 'Step number 70 of many.')).toBeGreaterThan(
      pageOf(pages, 'Step number 1 of many.'),
    );
  });

  // The rule is checked on the printed pages, not on the plan: a plan can be right about heights
  // it measured and still print a dose on the page after its exercise.
  it.each(
    [Locale.EN, Locale.ES, Locale.VI, Locale.ZH].flatMap((locale) => [
      [locale, 'normal'],
      [locale, 'large'],
    ]),
  )(
    '%s, %s print: every page names the exercise of each dose and line on it',
    async (locale, size) => {
      const h = sampleHandout({ locale, largePrint: size === 'large' });
      const { pages } = await render(h);
      expect(pageProblems(pages, h.items, locale)).toEqual([]);
    },
  );

  it.each([
    [Locale.EN, false, "Your clinician's advice", '3 × 20 m each side', '3 × 30 s'],
    [Locale.ES, true, 'Consejos de su terapeuta', '3 × 20 m por lado', '3 × 30 s'],
    [Locale.ZH, false, '治疗师的建议', '每侧 3 × 20米', '3 × 30秒'],
  ])(
    '%s, large print %s: the advice under its heading before exercise 1, doses in metres and seconds',
    async (locale, largePrint, heading, distance, time) => {
      const h = sampleHandout({ locale, largePrint });
      h.guidance = 'Pain up to 3 out of 10 is fine.\nTell us if it is worse the next morning.';
      const [first, second] = h.items;
      first.prescription = {
        ...first.prescription,
        reps: null,
        distanceMetres: 20,
        perSide: true,
        side: Side.BOTH,
      };
      second.prescription = { ...second.prescription, reps: null, durationSeconds: 30 };
      const { pages } = await render(h);
      expect(pageProblems(pages, h.items, locale)).toEqual([]);
      const page = pageOf(pages, heading);
      expect(page).toBeGreaterThanOrEqual(0);
      const text = bare(pages.slice(page).join('\n'));
      const advice = text.indexOf(bare('Tell us if it is worse the next morning.'));
      expect(text.indexOf(bare(heading))).toBeLessThan(advice);
      expect(advice).toBeLessThan(text.indexOf(bare(`1${first.name}`)));
      expect(bare(pages.join('\n'))).toContain(bare(distance));
      expect(bare(pages.join('\n'))).toContain(bare(time));
    },
  );

  it('breaks advice longer than a page between its paragraphs, under its heading again', async () => {
    const h = sampleHandout({ locale: Locale.ZH, largePrint: true, items: 3 });
    const sentence = '训练时疼痛在10分中的3分以内是可以的。';
    h.guidance = [1, 2, 3, 4, 5]
      .map((n) => `第${n}段：${sentence.repeat(20)}`)
      .join('\n')
      .slice(0, 2000);
    const { pages } = await render(h);
    // Every paragraph printed whole, the heading on each page the advice continues on, and the
    // exercises after it still planned: each dose under its name.
    for (const n of [1, 2, 3, 4, 5]) {
      expect(pages.filter((p) => bare(p).includes(`第${n}段`))).toHaveLength(1);
    }
    expect(
      pages.filter((p) => bare(p).includes(bare('治疗师的建议（续）'))).length,
    ).toBeGreaterThan(0);
    expect(pageProblems(pages, h.items, Locale.ZH)).toEqual([]);
  });

  it('has a page checker that catches a dose parted from its exercise, or the wrong dose', () => {
    const item = (name: string, prescription: object) => ({
      name,
      summary: `${name} summary, long enough to be matched.`,
      steps: [],
      cues: [],
      prescription: { sets: 3, ...prescription },
    });
    const items = [
      item('A-skip', { distanceMetres: 20 }),
      item('Shuffle', { durationSeconds: 30 }),
    ];
    const page = (...lines: string[]) => lines.join('\n');
    const good = [
      page(
        '1 A-skip',
        'A-skip summary, long enough to be matched.',
        'Your prescription',
        '3 × 20 m',
      ),
      page('2 Shuffle', 'Your prescription', '3 × 30 s'),
    ];
    expect(pageProblems(good, items, Locale.EN)).toEqual([]);
    expect(
      pageProblems(
        [page('1 A-skip', 'Your prescription', '3 × 12'), page('Your prescription', '3 × 30 s')],
        items,
        Locale.EN,
      ),
    ).toEqual([
      'page 1: the prescription under 1 is not its 3×20',
      'page 2: a prescription with no exercise named above it',
      'exercise 2: 0 prescriptions',
    ]);
  });

  it('puts the dose under the name of an exercise too tall for a page, and names it on each page', async () => {
    const long = sampleHandout({ items: 2, largePrint: true });
    long.items[1].cues = Array.from(
      { length: 12 },
      (_, i) => `Cue number ${i + 1} to keep in mind.`,
    );
    const { pages } = await render(long);
    expect(pageProblems(pages, long.items, Locale.EN)).toEqual([]);
    const first = pageOf(pages, `2${long.items[1].name}`);
    const page = bare(pages[first]);
    expect(page.indexOf(bare('Your prescription'))).toBeGreaterThan(
      page.indexOf(bare(long.items[1].name)),
    );
    expect(page.indexOf(bare('Your prescription'))).toBeLessThan(
      page.indexOf(bare(long.items[1].summary)),
    );
    expect(flat(pages.join('\n'))).toContain(`${long.items[1].name} (continued)`);
  });

  it('prints on A4 unless the clinic prints on US Letter, with its phone in every footer', async () => {
    const size = async (h: RenderableHandout) => {
      const parser = new PDFParse({ data: await renderer.renderPdf(h) });
      try {
        const info = await parser.getInfo({ parsePageInfo: true });
        return info.pages.map((p) => [p.width, p.height]);
      } finally {
        await parser.destroy();
      }
    };
    expect((await size(sampleHandout()))[0]).toEqual([595.28, 841.89]);
    const letter = sampleHandout();
    letter.clinic = { ...letter.clinic, paperSize: 'LETTER' };
    expect(new Set((await size(letter)).map(String))).toEqual(new Set(['612,792']));
    normal.pages.forEach((page) =>
      expect(bare(page)).toContain(bare('Stride Physical Therapy · Phone (503) 555-0142')),
    );
  });

  it('leaves the patient out entirely for a share link', async () => {
    const { pages } = await render(sampleHandout({ patientName: null }));
    const text = pages.join('\n');
    expect(text).not.toContain('Jordan Ellis');
    expect(text).not.toContain('Prepared for');
    expect(text).toContain('March 14, 2026');
  });

  it('prints the online link under its QR code, and neither without a link', async () => {
    const withLink = flat(normal.pages.join('\n'));
    expect(withLink).toContain('Scan to open this program online');
    expect(withLink).toContain('https://stride-pt.example/h/7QK2-M9XD-4T8P');
    const { pages } = await render(sampleHandout({ onlineUrl: null }));
    expect(pages.join('\n')).not.toContain('Scan to open');
  });

  it.each([
    [Locale.ES, 'Página 1 de', 'Preparado para', 'María José Fernández', '14 de marzo de 2026'],
    [Locale.VI, 'Trang 1/', 'Dành cho', 'Nguyễn Thị Hương', 'Nâng hông một chân'],
    [Locale.ZH, '第1页，共', '患者', '王晓明', '2026年3月14日'],
  ])('keeps %s text intact: the font has every glyph', async (locale, footer, ...texts) => {
    const localised = sampleHandout({ locale });
    const { pages } = await render(localised);
    const text = bare(pages.join('\n'));
    for (const expected of [footer, ...texts, ...localised.items.map((i) => i.name)]) {
      expect(text).toContain(bare(expected));
    }
    expect(text).toContain(bare(tempoInWords('3-1-1-0', locale, localised.items[0].movement)!));
    expect(text).toContain(bare(localised.items[1].steps[2]));
    expect(text).not.toContain('\ufffd');
  });

  it('renders the same bytes every time, and leaves the handout as it was', async () => {
    const h = sampleHandout({ locale: Locale.ZH });
    const before = JSON.stringify(h.items);
    const [first, second] = [await renderer.renderPdf(h), await renderer.renderPdf(h)];
    expect(first.equals(second)).toBe(true);
    expect(JSON.stringify(h.items)).toBe(before);
  });

  it('renders PNG pictures and logos, and without a picture whose bytes are missing', async () => {
    const h = sampleHandout({ datasetDir: null });
    h.clinic = { ...h.clinic, logo: { mime: 'image/png', bytes: generatedPng() } };
    h.pictures.delete(h.items[0].picture!.storageKey);
    const { pdf, pages } = await render(h);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(flat(pages.join('\n'))).toContain('Photo: Stride Physical Therapy, licence CC BY 4.0');
  });

  it('renders twenty at once', async () => {
    const locales = [Locale.EN, Locale.ES, Locale.VI, Locale.ZH];
    const pdfs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        renderer.renderPdf(sampleHandout({ locale: locales[i % 4], largePrint: i % 3 === 0 })),
      ),
    );
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
