import type {
  Column,
  Content,
  CustomTableLayout,
  DynamicContent,
  TableCell,
} from 'pdfmake/interfaces.js';
import { sniffImage } from '../../media/image.js';
import { guidanceParagraphs } from '../../programs/guidance.js';
import { formatIssuedOn } from './format.js';
import { BOUNDARY } from './page-breaks.js';
import type { PdfContext, PlannedUnit } from './pdf-context.js';
import { printable } from './pdf-text.js';
import { isWebUrl } from './safe-url.js';
import { COLORS } from './theme.js';

// The page around the exercises: letterhead, title, the QR block and the footer.

export function letterhead(ctx: PdfContext): Content {
  const { handout } = ctx;
  const { clinic } = handout;
  const { s } = ctx;
  const lines: Content[] = [
    {
      text: printable(clinic.name, handout.locale),
      bold: true,
      fontSize: s.heading + 3,
      color: COLORS.brandDark,
    },
    ...clinic.address.map((line) => ({
      text: printable(line, handout.locale),
      fontSize: s.small,
      color: COLORS.muted,
    })),
  ];
  if (clinic.phone) {
    lines.push({ text: `${ctx.m.phone} ${clinic.phone}`, fontSize: s.small, color: COLORS.muted });
  }
  const logo = logoNode(ctx);
  const url = onlineUrl(ctx);
  const columns: Column[] = [{ width: '*', stack: lines }];
  if (logo) columns.unshift({ width: 'auto', stack: [logo] });
  // Normal print: the QR code sits in the letterhead, where it costs no page of its own.
  if (url && !ctx.large) {
    columns.push({
      width: 'auto',
      qr: url,
      fit: s.logo + 18,
      eccLevel: 'M',
      foreground: COLORS.ink,
    });
  }
  return {
    stack: [
      { columns, columnGap: 12 },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: ctx.page.width - 2 * ctx.page.side,
            y2: 0,
            lineWidth: 1.5,
            lineColor: COLORS.brand,
          },
        ],
        margin: [0, 10, 0, 14],
      },
    ],
  };
}

function logoNode({ handout, s, images }: PdfContext): Content | null {
  const { mime, bytes } = handout.clinic.logo;
  if (mime === 'image/svg+xml') {
    const svg = bytes.toString('utf8');
    // A broken logo in the clinic's settings must not stop every handout from printing.
    return /<svg[\s>]/.test(svg) ? { svg, fit: [s.logo, s.logo] } : null;
  }
  const format = sniffImage(bytes);
  if (!format || format.ext === 'webp') return null;
  images.logo = `data:${format.mime};base64,${bytes.toString('base64')}`;
  return { image: 'logo', fit: [s.logo * 3, s.logo] };
}

export function titleBlock(ctx: PdfContext): Content {
  const { handout, m, s, large } = ctx;
  const facts: [string, string][] = [];
  if (handout.patientName !== null) facts.push([m.preparedFor, handout.patientName]);
  facts.push([m.date, formatIssuedOn(handout.issuedOn, handout.locale)]);
  facts.push([m.clinician, handout.clinicianName]);
  const layout: CustomTableLayout = {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    fillColor: () => COLORS.tint,
    paddingLeft: () => 10,
    paddingRight: () => 10,
    paddingTop: (i) => (large && i > 0 ? 2 : 7),
    paddingBottom: (i, node) => (large && i < node.table.body.length - 1 ? 2 : 7),
  };
  const label = (text: string): Content => ({ text, fontSize: s.small, color: COLORS.muted });
  const value = (text: string): Content => ({ text: printable(text, handout.locale), bold: true });
  // Large print: one fact a line, since three side by side would wrap at 17 pt.
  const body: TableCell[][] = large
    ? facts.map(([l, v]) => [label(l), value(v)])
    : [facts.map(([l, v]) => ({ stack: [label(l), value(v)] }))];
  return {
    stack: [
      {
        text: printable(handout.title, handout.locale),
        bold: true,
        fontSize: s.title,
        color: COLORS.brandDark,
      },
      {
        text: printable(
          `${m.documentSubject} · ${m.exerciseCount(handout.items.length)}`,
          handout.locale,
        ),
        fontSize: s.small,
        color: COLORS.muted,
        margin: [0, 0, 0, large || !onlineUrl(ctx) ? 8 : 2],
      },
      ...(!large && onlineUrl(ctx)
        ? [
            {
              text: [
                { text: `${m.scanToOpen}: `, color: COLORS.muted },
                {
                  text: onlineUrl(ctx) as string,
                  link: onlineUrl(ctx) as string,
                  color: COLORS.brand,
                },
              ],
              fontSize: s.small,
              margin: [0, 0, 0, 8],
            } as Content,
          ]
        : []),
      {
        table: { widths: large ? ['auto', '*'] : facts.map(() => '*'), body },
        layout,
        margin: [0, 0, 0, s.blockGap + 4],
      },
    ],
  };
}

/** The online version's link, when the handout has one that is safe to print. */
function onlineUrl({ handout }: PdfContext): string | null {
  return handout.onlineUrl && isWebUrl(handout.onlineUrl) ? handout.onlineUrl : null;
}

/**
 * The template's advice to the patient, under its heading, before the first exercise. Each
 * paragraph is a piece of the plan, the heading joined to the first: advice too long for one page
 * (a long one in large print) breaks between paragraphs, under the heading again, rather than
 * leaving the plan to guess where everything after it lands. The pieces are boxes that join into
 * one, with no gap between them.
 */
export function guidanceBlock(ctx: PdfContext): PlannedUnit | null {
  const { handout, m, s } = ctx;
  const paragraphs = guidanceParagraphs(handout.guidance ?? '');
  if (paragraphs.length === 0) return null;
  const last = paragraphs.length - 1;
  const box = (content: Content[], top: number, bottom: number): Content => ({
    table: { widths: ['*'], body: [[{ stack: content }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 0 ? 3 : 0),
      vLineColor: () => COLORS.brand,
      fillColor: () => COLORS.tint,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => top,
      paddingBottom: () => bottom,
    } satisfies CustomTableLayout,
  });
  const heading = (text: string): Content => ({
    text: printable(text, handout.locale),
    bold: true,
    fontSize: s.heading,
    color: COLORS.brandDark,
    margin: [0, 0, 0, 2],
  });
  const pieces = new Map<string, Content[]>();
  const planned = paragraphs.map((text, i) => {
    const id = `guidance/${i + 1}`;
    const paragraph: Content = { text: printable(text, handout.locale) };
    const content = i === 0 ? [heading(m.guidanceHeading), paragraph] : [paragraph];
    pieces.set(id, [box(content, i === 0 ? 6 : s.paragraphGap, i === last ? 6 : 0)]);
    return { id, gapAfter: 0 };
  });
  pieces.set('guidance/continued', [box([heading(m.continued(m.guidanceHeading))], 6, 0)]);
  return {
    unit: {
      id: 'guidance',
      pieces: planned,
      gapAfter: s.blockGap,
      continued: { id: 'guidance/continued', gapAfter: 0 },
      flows: true,
    },
    pieces,
  };
}

/** Large print: the QR code and phone number on a page of their own; normal print: the phone. */
export function closingBlock(ctx: PdfContext): PlannedUnit | null {
  const { handout, m, s } = ctx;
  const url = ctx.large ? onlineUrl(ctx) : null;
  const phone = handout.clinic.phone;
  if (!url && !phone) return null;
  const nodes: Content[] = [];
  if (url) {
    nodes.push(
      { qr: url, fit: s.qr, eccLevel: 'M', foreground: COLORS.ink, alignment: 'center' },
      { text: m.scanToOpen, bold: true, alignment: 'center', margin: [0, 6, 0, 0] },
      { text: url, link: url, fontSize: s.small, color: COLORS.brand, alignment: 'center' },
    );
  }
  if (phone) {
    nodes.push({
      text: m.questions(phone),
      color: COLORS.muted,
      alignment: 'center',
      margin: [0, url ? s.paragraphGap * 2 : 0, 0, 0],
    });
  }
  // Large print: it comes first, and an exercise after it starts below it only when it fits.
  const gapAfter = ctx.large ? s.blockGap : 0;
  return {
    unit: { id: 'closing', pieces: [{ id: 'closing', gapAfter }], gapAfter },
    pieces: new Map([['closing', nodes]]),
  };
}

/** On every page: the clinic and its phone, when it has one, so a loose page still says who to call. */
export function footer({ handout, m, s, page: geometry }: PdfContext): DynamicContent {
  const { name, phone } = handout.clinic;
  const clinic = printable(phone ? `${name} · ${m.phone} ${phone}` : name, handout.locale);
  return (page, pages) =>
    ({
      headlineLevel: BOUNDARY,
      margin: [geometry.side, 18, geometry.side, 0],
      columns: [
        { text: clinic, width: '*' },
        { text: m.pageOf(page, pages), width: 'auto', alignment: 'right' },
      ],
      fontSize: s.footer,
      color: COLORS.muted,
    }) as Content;
}
