import { guidanceParagraphs } from '../../programs/guidance.js';
import type { HandoutItemSnapshot, RenderableHandout } from '../handout-content.js';
import {
  formatIssuedOn,
  pictureCredit,
  prescriptionLines,
  type PrescriptionLine,
} from './format.js';
import { htmlStyles } from './html-styles.js';
import { escapeHtml as e } from './html-escape.js';
import { messagesFor, type HandoutMessages } from './messages.js';
import { qrSvg } from './qr-svg.js';
import { isSafeHref, isWebUrl } from './safe-url.js';

/**
 * The handout as one self-contained, print-ready HTML page: styles inline, logo as a data URL,
 * QR code as inline SVG, no script. Every piece of text from the snapshot, the clinic or the
 * patient goes through escapeHtml, and every URL through isSafeHref.
 */
export function renderHandoutHtml(h: RenderableHandout): string {
  const m = messagesFor(h.locale);
  // The patient's name stays out of <title>: titles end up in browser history and tab lists.
  return `<!doctype html>
<html lang="${e(m.languageTag)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${e(h.title)} · ${e(h.clinic.name)}</title>
<style>${htmlStyles(footerLine(h, m), m, h.largePrint, h.clinic.paperSize ?? 'A4')}</style>
</head>
<body class="${h.largePrint ? 'large-print' : 'normal-print'}">
${toolbar(h, m)}<main class="sheet">
${letterhead(h, m)}
<h1>${e(h.title)}</h1>
<p class="subtitle">${e(m.documentSubject)} · ${e(m.exerciseCount(h.items.length))}</p>
${facts(h, m)}
${guidance(h, m)}<ol class="exercises">
${h.items.map((item, i) => exercise(item, i, h)).join('\n')}
</ol>
${closing(h, m)}
</main>
</body>
</html>
`;
}

function toolbar(h: RenderableHandout, m: HandoutMessages): string {
  if (!h.pdfUrl || !isSafeHref(h.pdfUrl)) return '';
  return `<nav class="toolbar"><a class="button" href="${e(h.pdfUrl)}">${e(m.downloadPdf)}</a></nav>\n`;
}

function letterhead(h: RenderableHandout, m: HandoutMessages): string {
  const { clinic } = h;
  // An <img> with a data URL: an SVG logo drawn this way cannot run script or load anything.
  const logo = `<img class="logo" src="data:${e(clinic.logo.mime)};base64,${clinic.logo.bytes.toString('base64')}" alt="">`;
  const lines = clinic.address.map((line) => `<p class="clinic-line">${e(line)}</p>`);
  if (clinic.phone) lines.push(`<p class="clinic-line">${e(m.phone)} ${e(clinic.phone)}</p>`);
  return `<header class="letterhead">${logo}<div><p class="clinic-name">${e(clinic.name)}</p>${lines.join('')}</div></header>`;
}

function facts(h: RenderableHandout, m: HandoutMessages): string {
  const pairs: [string, string][] = [];
  if (h.patientName !== null) pairs.push([m.preparedFor, h.patientName]);
  pairs.push([m.date, formatIssuedOn(h.issuedOn, h.locale)]);
  pairs.push([m.clinician, h.clinicianName]);
  const items = pairs.map(([dt, dd]) => `<div><dt>${e(dt)}</dt><dd>${e(dd)}</dd></div>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}

/** The template's advice to the patient, before the exercises, as in the PDF. */
function guidance(h: RenderableHandout, m: HandoutMessages): string {
  const paragraphs = guidanceParagraphs(h.guidance ?? '');
  if (paragraphs.length === 0) return '';
  const text = paragraphs.map((p) => `<p>${e(p)}</p>`).join('');
  return `<section class="guidance"><h2>${e(m.guidanceHeading)}</h2>${text}</section>\n`;
}

function exercise(item: HandoutItemSnapshot, index: number, h: RenderableHandout): string {
  const m = messagesFor(h.locale);
  const figure = pictureFigure(item, h);
  const text: string[] = [];
  if (item.summary.trim()) text.push(`<p class="summary">${e(item.summary)}</p>`);
  if (item.steps.length > 0) {
    text.push(`<h3>${e(m.howToDoIt)}</h3>${list('ol', 'steps', item.steps)}`);
  }
  if (item.cues.length > 0) {
    text.push(`<h3>${e(m.keepInMind)}</h3>${list('ul', 'cues', item.cues)}`);
  }
  if (item.precautions.length > 0) {
    text.push(
      `<aside class="precautions"><h3>${e(m.takeCare)}</h3>${list('ul', '', item.precautions)}</aside>`,
    );
  }
  // Short facts side by side first, then the tempo and notes across the width, as in the PDF.
  const wide = (line: PrescriptionLine) => line.kind === 'tempo' || line.kind === 'notes';
  const all = prescriptionLines(
    item.prescription,
    h.locale,
    item.exerciseLoad,
    item.perSide,
    item.movement,
  );
  const lines = [...all.filter((l) => !wide(l)), ...all.filter(wide)].map((line) => {
    const detail = line.detail ? ` <span class="detail">${e(line.detail)}</span>` : '';
    return `<div class="line ${line.kind}${wide(line) ? ' wide' : ''}"><dt>${e(line.label)}</dt><dd>${e(line.value)}${detail}</dd></div>`;
  });
  const name = `<h2><span class="number">${index + 1}</span><span class="name">${e(item.name)}</span></h2>`;
  const body = `<div class="exercise-body${figure ? '' : ' no-picture'}">${figure}<div class="text">${text.join('')}</div></div>`;
  const dose = `<section class="prescription"><h3>${e(m.yourPrescription)}</h3><dl>${lines.join('')}</dl></section>`;
  // Large print is mostly taller than a page, and a browser cannot move the dose up only when the
  // exercise splits: it always follows the name, so that the two share a page.
  return `<li class="exercise" id="exercise-${index + 1}">
${h.largePrint ? [name, dose, body].join('\n') : [name, body, dose].join('\n')}
</li>`;
}

/** The clinic, and its phone when it has one, at the foot of every printed page. */
function footerLine(h: RenderableHandout, m: HandoutMessages): string {
  const { name, phone } = h.clinic;
  return phone ? `${name} · ${m.phone} ${phone}` : name;
}

function list(tag: 'ol' | 'ul', className: string, items: string[]): string {
  const cls = className ? ` class="${className}"` : '';
  return `<${tag}${cls}>${items.map((text) => `<li>${e(text)}</li>`).join('')}</${tag}>`;
}

function pictureFigure(item: HandoutItemSnapshot, h: RenderableHandout): string {
  const picture = item.picture;
  const url = picture && h.pictureUrls.get(picture.storageKey);
  if (!picture || !url || !isSafeHref(url)) return '';
  // Width and height let the browser reserve the space; CSS keeps the aspect ratio when scaling.
  const size =
    picture.width && picture.height ? ` width="${picture.width}" height="${picture.height}"` : '';
  const credit = pictureCredit(picture, h.locale);
  const caption = credit ? `<figcaption>${e(credit)}</figcaption>` : '';
  const alt = picture.altText.trim() || item.name;
  return `<figure><img src="${e(url)}" alt="${e(alt)}"${size}>${caption}</figure>`;
}

function closing(h: RenderableHandout, m: HandoutMessages): string {
  const parts: string[] = [];
  if (h.onlineUrl && isWebUrl(h.onlineUrl)) {
    parts.push(`<section class="online">${qrSvg(h.onlineUrl, m.scanToOpen)}
<p class="scan">${e(m.scanToOpen)}</p>
<p class="url"><a href="${e(h.onlineUrl)}">${e(h.onlineUrl)}</a></p></section>`);
  }
  if (h.clinic.phone) parts.push(`<p class="questions">${e(m.questions(h.clinic.phone))}</p>`);
  return parts.join('\n');
}
