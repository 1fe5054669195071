import { Locale } from '../../translations/locale.js';
import { HandoutRenderer } from './handout-renderer.js';
import { sampleHandout } from '../../../test/fixtures/handouts/sample-handout.js';

const renderer = new HandoutRenderer();
const SCRIPT = '<script>alert("x")</script>';

describe('handout web page', () => {
  it('is a complete, self-contained page, styled for print', () => {
    const html = renderer.renderHtml(sampleHandout());
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page');
    expect(html).toContain('@media print');
    expect(html).toMatch(/\.exercise \{ break-inside: avoid;/);
    expect(html).toContain('"Page " counter(page) " of " counter(pages)');
    expect(html).not.toMatch(/<script|<link |@import/i);
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it('shows the patient, every exercise and its prescription in words', () => {
    const handout = sampleHandout();
    const html = renderer.renderHtml(handout);
    expect(html).toContain('<dd>Jordan Ellis</dd>');
    expect(html).toContain('March 14, 2026');
    for (const item of handout.items) expect(html).toContain(item.name);
    expect(html).toContain('<dd>3 × 12</dd>');
    expect(html).toContain('<dd>3 × 30 seconds</dd>');
    expect(html).toContain(
      'Lower for 3 seconds, pause 1 second at the bottom, lift in 1 second, no pause at the top',
    );
    expect(html).toContain('Photo: free-exercise-db');
    // The picture by its public URL, at its size, with its alt text.
    const picture = handout.items[0].picture!;
    expect(html).toContain(
      `<img src="${handout.pictureUrls.get(picture.storageKey)}" alt="Single-leg glute bridge" width="850" height="567">`,
    );
  });

  it("prints the template's advice under its heading before the exercises, escaped", () => {
    const handout = sampleHandout();
    handout.guidance = `Pain up to 3 out of 10 is fine.\n\nStop if it is worse ${SCRIPT}`;
    const html = renderer.renderHtml(handout);
    expect(html).toContain(
      '<section class="guidance"><h2>Your clinician&#39;s advice</h2><p>Pain up to 3 out of 10 is fine.</p><p>Stop if it is worse &lt;script&gt;',
    );
    expect(html.indexOf('class="guidance"')).toBeLessThan(html.indexOf('class="exercises"'));
    expect(html.indexOf('class="guidance"')).toBeGreaterThan(html.indexOf('class="facts"'));
    // None, no section; and every size and language has its heading.
    expect(renderer.renderHtml(sampleHandout())).not.toContain('class="guidance"');
    const es = sampleHandout({ locale: Locale.ES, largePrint: true });
    es.guidance = 'Un dolor de hasta 3 sobre 10 es normal.';
    expect(renderer.renderHtml(es)).toContain('<h2>Consejos de su terapeuta</h2>');
  });

  it('prints a dose in metres or seconds of work, each side when per side', () => {
    const handout = sampleHandout();
    handout.items[0].prescription = {
      ...handout.items[0].prescription,
      reps: null,
      holdSeconds: null,
      distanceMetres: 20,
      perSide: true,
    };
    handout.items[1].prescription = {
      ...handout.items[1].prescription,
      reps: null,
      holdSeconds: null,
      durationSeconds: 30,
      perSide: false,
    };
    const html = renderer.renderHtml(handout).replace(/\u00a0/g, ' ');
    expect(html).toContain('<dt>Sets × distance</dt><dd>3 × 20 m each side</dd>');
    expect(html).toContain('<dt>Sets × time</dt><dd>3 × 30 s</dd>');
  });

  it('escapes what patients and clinicians wrote', () => {
    const handout = sampleHandout({ patientName: `Ann ${SCRIPT} & "Bo"` });
    handout.title = `Plan ${SCRIPT}`;
    handout.clinicianName = `<img src=x onerror=alert(1)>`;
    handout.clinic = { ...handout.clinic, name: `Clinic </style>${SCRIPT}`, phone: '<b>555</b>' };
    const item = handout.items[0];
    item.name = `Bridge ${SCRIPT}`;
    item.steps = [`Lift ${SCRIPT}`];
    item.cues = ['<b>bold</b>'];
    item.prescription = { ...item.prescription, notes: `Note ${SCRIPT}`, load: '<i>8 kg</i>' };
    const html = renderer.renderHtml(handout);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain(
      'Ann &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Bo&quot;',
    );
    expect(html).toContain('Bridge &lt;script&gt;');
    expect(html).toContain('Lift &lt;script&gt;');
    expect(html).toContain('Note &lt;script&gt;');
    // The clinic's name also goes into the print footer's CSS, where "</style>" would end the styles.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('keeps links and pictures to http(s) or this site', () => {
    const handout = sampleHandout({ pdfUrl: 'javascript:alert(1)', onlineUrl: 'data:text/html,x' });
    handout.pictureUrls.set(handout.items[0].picture!.storageKey, 'javascript:alert(1)');
    const html = renderer.renderHtml(handout);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text/html');
    const relative = renderer.renderHtml(sampleHandout({ pdfUrl: '/handouts/1/pdf' }));
    expect(relative).toContain('<a class="button" href="/handouts/1/pdf">Download PDF</a>');
  });

  it('carries the QR code as inline SVG with the link under it, when there is a link', () => {
    const html = renderer.renderHtml(sampleHandout());
    expect(html).toMatch(/<section class="online"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(html).toContain('aria-label="Scan to open this program online"');
    expect(html).toContain(
      '<a href="https://stride-pt.example/h/7QK2-M9XD-4T8P">https://stride-pt.example/h/7QK2-M9XD-4T8P</a>',
    );
    const offline = renderer.renderHtml(sampleHandout({ onlineUrl: null }));
    expect(offline).not.toContain('<svg');
    expect(offline).not.toContain('Scan to open');
  });

  it('offers the PDF on screen only, when there is one', () => {
    const html = renderer.renderHtml(sampleHandout());
    expect(html).toContain(
      '<a class="button" href="https://stride-pt.example/h/7QK2-M9XD-4T8P/handout.pdf">Download PDF</a>',
    );
    expect(html).toMatch(/@media print \{[^}]*\}[^@]*\.toolbar \{ display: none; \}/);
    expect(renderer.renderHtml(sampleHandout({ pdfUrl: null }))).not.toContain('Download PDF');
  });

  it('leaves the patient out entirely for a share link, and out of the title always', () => {
    const shared = renderer.renderHtml(sampleHandout({ patientName: null }));
    expect(shared).not.toContain('Jordan');
    expect(shared).not.toContain('Prepared for');
    const team = renderer.renderHtml(sampleHandout());
    expect(team).toMatch(/<title>[^<]*Stride Physical Therapy<\/title>/);
    expect(/<title>([^<]*)<\/title>/.exec(team)![1]).not.toContain('Jordan');
  });

  it('speaks the handout language, down to the page numbers in print', () => {
    const zh = renderer.renderHtml(sampleHandout({ locale: Locale.ZH }));
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('"第" counter(page) "页，共" counter(pages) "页"');
    expect(zh).toContain('用3秒下放，在底部停1秒，用1秒抬起，顶部不停顿');
    expect(zh).toContain('扫码在线查看本训练计划');
    const es = renderer.renderHtml(sampleHandout({ locale: Locale.ES }));
    expect(es).toContain('"Página " counter(page) " de " counter(pages)');
    expect(es).toContain('Descargar PDF');
    const vi = renderer.renderHtml(sampleHandout({ locale: Locale.VI }));
    expect(vi).toContain('Hạ xuống trong 3 giây, dừng 1 giây ở dưới');
  });

  it('marks large print for its bigger, single-column styles', () => {
    expect(renderer.renderHtml(sampleHandout({ largePrint: true }))).toContain(
      '<body class="large-print">',
    );
  });

  it('in large print puts the dose under the name, where a page break cannot part them', () => {
    const html = renderer.renderHtml(sampleHandout({ largePrint: true }));
    const first = html.slice(html.indexOf('id="exercise-1"'), html.indexOf('id="exercise-2"'));
    expect(first.indexOf('class="prescription"')).toBeLessThan(
      first.indexOf('class="exercise-body'),
    );
    const normal = renderer.renderHtml(sampleHandout());
    const block = normal.slice(
      normal.indexOf('id="exercise-1"'),
      normal.indexOf('id="exercise-2"'),
    );
    expect(block.indexOf('class="prescription"')).toBeGreaterThan(
      block.indexOf('class="exercise-body'),
    );
  });

  it('prints on the clinic paper, A4 unless Letter, with its phone in the page footer', () => {
    const h = sampleHandout();
    expect(renderer.renderHtml(h)).toContain('size: A4;');
    expect(renderer.renderHtml(h)).toContain('"Stride Physical Therapy · Phone (503) 555-0142"');
    h.clinic = { ...h.clinic, paperSize: 'LETTER' };
    expect(renderer.renderHtml(h)).toContain('size: letter;');
  });
});
