import { cssString } from './html-escape.js';
import type { HandoutMessages } from './messages.js';
import { COLORS, type PaperSize } from './theme.js';

/** "Page 1 of 3" as CSS generated content: the localised words around page counters. */
function pageCounter(m: HandoutMessages): string {
  const PAGE = 1234567;
  const PAGES = 7654321;
  return m
    .pageOf(PAGE, PAGES)
    .split(/(1234567|7654321)/)
    .filter(Boolean)
    .map((part) =>
      part === String(PAGE)
        ? 'counter(page)'
        : part === String(PAGES)
          ? 'counter(pages)'
          : cssString(part),
    )
    .join(' ');
}

/**
 * The page's stylesheet. On screen a sheet of paper on a tinted background; in print the clinic's
 * paper with the clinic and "Page i of N" in the page margins, each exercise kept on one page.
 */
export function htmlStyles(
  footer: string,
  m: HandoutMessages,
  largePrint: boolean,
  paper: PaperSize,
): string {
  const c = COLORS;
  const footerSize = largePrint ? '13pt' : '8pt';
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #e9efee; color: ${c.ink}; line-height: 1.45;
  font-family: "Noto Sans", "Noto Sans SC", "Segoe UI", system-ui, -apple-system, "Helvetica Neue",
    Arial, "PingFang SC", "Microsoft YaHei", sans-serif; }
body { margin: 0; font-size: 16px; }
body.large-print { font-size: 22px; }
.toolbar { max-width: 8.5in; margin: 16px auto 0; display: flex; justify-content: flex-end; padding: 0 8px; }
.button { background: ${c.brand}; color: #fff; padding: 0.5em 1.1em; border-radius: 6px;
  text-decoration: none; font-weight: 600; }
.button:hover, .button:focus { background: ${c.brandDark}; }
.sheet { max-width: 8.5in; margin: 12px auto 32px; background: #fff; padding: 0.6in 0.65in;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12); }
p { margin: 0 0 0.4em; }
.letterhead { display: flex; gap: 14px; align-items: center; border-bottom: 2px solid ${c.brand};
  padding-bottom: 12px; margin-bottom: 18px; }
.logo { height: 3.2em; width: auto; max-width: 10em; flex: none; }
.clinic-name { font-weight: 700; font-size: 1.2em; color: ${c.brandDark}; margin: 0; }
.clinic-line { margin: 0; color: ${c.muted}; font-size: 0.82em; }
h1 { font-size: 1.9em; line-height: 1.2; color: ${c.brandDark}; margin: 0 0 2px; }
.subtitle { color: ${c.muted}; font-size: 0.82em; margin: 0 0 12px; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(10em, 1fr)); margin: 0 0 24px;
  background: ${c.tint}; border-radius: 6px; padding: 8px 10px; }
.facts div { padding: 2px 8px; }
.facts dt { font-size: 0.8em; color: ${c.muted}; }
.facts dd { margin: 0; font-weight: 700; }
/* Long advice breaks between paragraphs, never after its heading, as the PDF does. */
.guidance { background: ${c.tint}; border-left: 3px solid ${c.brand}; padding: 8px 14px;
  margin: 0 0 24px; }
.guidance p { break-inside: avoid; }
.guidance h2 { font-size: 1em; color: ${c.brandDark}; margin: 0 0 0.2em; break-after: avoid; }
.guidance p:last-child { margin-bottom: 0; }
.exercises { list-style: none; margin: 0; padding: 0; }
.exercise { break-inside: avoid; page-break-inside: avoid; margin: 0 0 20px; padding: 0 0 20px;
  border-bottom: 1px solid ${c.rule}; }
.exercise:last-child { border-bottom: 0; }
.exercise h2 { display: flex; align-items: center; gap: 0.55em; font-size: 1.35em; line-height: 1.25;
  margin: 0 0 10px; break-after: avoid; }
.number { flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 1.5em; height: 1.5em; border-radius: 50%; background: ${c.brand}; color: #fff; font-size: 0.8em; }
.exercise-body { display: grid; grid-template-columns: 2.35in 1fr; gap: 18px; }
.exercise-body.no-picture { grid-template-columns: 1fr; }
figure { margin: 0; }
figure img { display: block; width: 100%; height: auto; border-radius: 4px; }
figcaption { font-size: 0.68em; color: ${c.muted}; margin-top: 3px; }
h3 { font-size: 1em; color: ${c.brandDark}; margin: 0.5em 0 0.15em; break-after: avoid; }
/* An exercise too tall for one page (large print) splits between its parts, as the PDF does. */
figure, .steps, .cues, .precautions, .prescription { break-inside: avoid; }
.text > :first-child { margin-top: 0; }
.summary, .notes dd { white-space: pre-line; }
.steps, .cues, .precautions ul { margin: 0 0 0.5em; padding-left: 1.4em; }
.cues, .precautions ul { list-style: disc; }
.precautions { background: ${c.cautionTint}; border-left: 3px solid ${c.caution}; padding: 6px 12px;
  margin: 0.4em 0; }
.precautions h3 { color: ${c.caution}; margin-top: 0; }
.precautions ul { margin-bottom: 0; }
.prescription { margin-top: 12px; }
.large-print .prescription { margin: 0 0 12px; }
.prescription h3 { color: ${c.brand}; font-size: 0.82em; margin: 0 0 3px; }
.prescription dl { display: flex; flex-wrap: wrap; gap: 2px; margin: 0; }
.prescription .line { flex: 1 1 8.5em; background: ${c.tint}; padding: 5px 10px; }
.prescription .wide { flex-basis: 100%; }
.prescription dt { font-size: 0.8em; color: ${c.muted}; }
.prescription dd { margin: 0; }
.prescription .dose dd { font-weight: 700; }
.detail { color: ${c.muted}; font-size: 0.8em; margin-left: 0.3em; white-space: nowrap; }
.online { display: flex; flex-direction: column; align-items: center; text-align: center;
  break-inside: avoid; margin: 8px 0 12px; }
.online svg { width: 8em; height: 8em; }
.scan { font-weight: 700; margin: 6px 0 0; }
.url a { color: ${c.brand}; font-size: 0.82em; word-break: break-all; }
.questions { text-align: center; color: ${c.muted}; }
.large-print .exercise-body { grid-template-columns: 1fr; }
.large-print figure img { max-width: 5.5in; margin: 0 auto; }
.large-print figcaption { text-align: center; }
.large-print .prescription .line { flex-basis: 100%; }
@media (max-width: 640px) {
  .sheet { margin: 0; padding: 20px 16px; border-radius: 0; box-shadow: none; }
  .exercise-body { grid-template-columns: 1fr; }
}
@page {
  size: ${paper === 'LETTER' ? 'letter' : 'A4'};
  margin: 0.6in 0.65in 0.75in;
  @bottom-left { content: ${cssString(footer)}; font-size: ${footerSize}; color: ${c.muted}; }
  @bottom-right { content: ${pageCounter(m)}; font-size: ${footerSize}; color: ${c.muted}; }
}
@media print {
  html { background: none; }
  body { font-size: 10.5pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  body.large-print { font-size: 17pt; }
  .toolbar { display: none; }
  .sheet { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  .url a { color: ${c.ink}; text-decoration: none; }
  html { line-height: 1.32; }
  .letterhead { margin-bottom: 12px; padding-bottom: 8px; }
  .facts, .guidance { margin-bottom: 14px; }
  .exercise { margin-bottom: 12px; padding-bottom: 12px; }
  .exercise h2 { margin-bottom: 6px; }
  .exercise-body { grid-template-columns: 2.2in 1fr; gap: 14px; }
  .prescription { margin-top: 8px; }
  .large-print .prescription { margin: 0 0 8px; }
  .prescription .line { padding: 3px 8px; }
}
`;
}
