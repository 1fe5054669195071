import type { Content, CustomTableLayout } from 'pdfmake/interfaces.js';
import { sniffImage } from '../../media/image.js';
import type { Locale } from '../../translations/locale.js';
import type { HandoutItemSnapshot } from '../handout-content.js';
import { pictureCredit, prescriptionLines } from './format.js';
import type { Piece } from './page-breaks.js';
import type { PdfContext, PlannedUnit } from './pdf-context.js';
import { prescriptionBox } from './pdf-prescription.js';
import { printable } from './pdf-text.js';
import { COLORS, FONT_LINE_HEIGHT } from './theme.js';

/**
 * One exercise as a unit of the page-break plan: its name, picture, summary, steps, cues,
 * precautions and prescription print together on one page whenever they fit on one. In large
 * print they mostly do not: the prescription then moves up under the name, and the exercise
 * continues page after page, each further page under its name again (see planLayout).
 * Normal print has three pieces (name, the picture with the text beside it, prescription); large
 * print one piece per part, since its picture and text stack.
 */
export function exerciseBlock(
  item: HandoutItemSnapshot,
  index: number,
  ctx: PdfContext,
): PlannedUnit {
  const { s } = ctx;
  const gap = s.paragraphGap;
  const picture = pictureStack(item, ctx);
  const text = textSections(item, ctx);
  const id = `exercise-${index + 1}`;
  const pieces = new Map<string, Content[]>();
  const piece = (name: string, content: Content[], gapAfter: number): Piece | null => {
    if (content.length === 0) return null;
    pieces.set(`${id}/${name}`, content);
    return { id: `${id}/${name}`, gapAfter };
  };
  const dose = prescriptionBox(
    prescriptionLines(
      item.prescription,
      ctx.handout.locale,
      item.exerciseLoad,
      item.perSide,
      item.movement,
    ),
    ctx,
  );
  let body: (Piece | null)[];
  if (!ctx.large) {
    const beside = spaced([text.summary, text.steps, text.cues, text.precautions], gap);
    const columns: Content = picture
      ? {
          columns: [
            { width: s.pictureWidth, stack: picture },
            { width: '*', stack: beside },
          ],
          columnGap: 16,
        }
      : { stack: beside };
    body = [piece('body', beside.length || picture ? [columns] : [], gap * 2)];
  } else {
    body = [
      piece('picture', picture ?? [], gap),
      piece('summary', text.summary, gap),
      piece('steps', text.steps, gap),
      piece('cues', text.cues, gap),
      piece('precautions', text.precautions, gap),
    ];
  }
  const title = piece('name', [titleRow(index + 1, item.name, ctx)], gap)!;
  const prescription = piece('prescription', [dose], gap * 2)!;
  const continued = piece('continued', [continuedRow(index + 1, item.name, ctx)], gap)!;
  return {
    unit: {
      id,
      pieces: [title, ...body.filter((p): p is Piece => p !== null), prescription],
      gapAfter: s.blockGap,
      pinned: prescription.id,
      continued,
    },
    pieces,
  };
}

/** Sections one under the other with `gap` between them, and none after the last. */
function spaced(sections: Content[][], gap: number): Content[] {
  const present = sections.filter((section) => section.length > 0);
  return present.map((stack, i) =>
    i < present.length - 1 ? ({ stack, margin: [0, 0, 0, gap] } as Content) : { stack },
  );
}

/** The heading of a further page of an exercise: its number and name, continued. */
function continuedRow(number: number, name: string, ctx: PdfContext): Content {
  const { s, m, handout } = ctx;
  return {
    text: printable(`${number}  ${m.continued(name)}`, handout.locale),
    bold: true,
    color: COLORS.brandDark,
    fontSize: s.heading,
  };
}

function titleRow(number: number, name: string, ctx: PdfContext): Content {
  const { s, handout } = ctx;
  const size = s.exerciseTitle * FONT_LINE_HEIGHT * ctx.lineHeight;
  const numberHeight = s.badge * FONT_LINE_HEIGHT * ctx.lineHeight;
  return {
    columns: [
      {
        width: size,
        stack: [
          {
            canvas: [
              {
                type: 'ellipse',
                x: size / 2,
                y: size / 2,
                r1: size / 2,
                r2: size / 2,
                color: COLORS.brand,
              },
            ],
          },
          {
            text: String(number),
            bold: true,
            color: COLORS.white,
            fontSize: s.badge,
            alignment: 'center',
            // Digits sit low in the font's tall line box: lift them to the circle's centre.
            relativePosition: { x: 0, y: -size + (size - numberHeight) / 2 - s.badge * 0.04 },
          },
        ],
      },
      {
        width: '*',
        text: printable(name, handout.locale),
        bold: true,
        fontSize: s.exerciseTitle,
        color: COLORS.ink,
      },
    ],
    columnGap: s.exerciseTitle * 0.6,
  };
}

function pictureStack(item: HandoutItemSnapshot, ctx: PdfContext): Content[] | null {
  const picture = item.picture;
  const bytes = picture && ctx.handout.pictures.get(picture.storageKey);
  if (!picture || !bytes) return null;
  // PDF embeds JPEG and PNG only; a WebP picture shows on the web page but not on paper.
  const format = sniffImage(bytes);
  if (!format || format.ext === 'webp') return null;
  const key = `picture:${picture.storageKey}`;
  ctx.images[key] ??= `data:${format.mime};base64,${bytes.toString('base64')}`;
  const alignment = ctx.large ? 'center' : 'left';
  const credit = pictureCredit(picture, ctx.handout.locale);
  const nodes: Content[] = [
    { image: key, fit: [ctx.s.pictureWidth, ctx.s.pictureHeight], alignment },
  ];
  if (credit) {
    nodes.push({
      text: printable(credit, ctx.handout.locale),
      fontSize: ctx.s.tiny,
      color: COLORS.muted,
      alignment,
      margin: [0, 2, 0, 0],
    });
  }
  return nodes;
}

/**
 * The text beside the picture, in the parts large print keeps whole; none has a margin at its top
 * or bottom, since the plan measures each part alone and puts the gaps between them.
 */
function textSections(item: HandoutItemSnapshot, ctx: PdfContext) {
  const { m } = ctx;
  const locale = ctx.handout.locale;
  const none: Content[] = [];
  return {
    summary: item.summary.trim() ? [{ text: printable(item.summary, locale) } as Content] : none,
    steps: item.steps.length
      ? [heading(m.howToDoIt, ctx), { ol: texts(item.steps, locale) } as Content]
      : none,
    cues: item.cues.length
      ? [heading(m.keepInMind, ctx), { ul: texts(item.cues, locale) } as Content]
      : none,
    precautions: item.precautions.length ? [precautionsBox(item.precautions, ctx)] : none,
  };
}

/** New nodes for the snapshot's strings: pdfmake rewrites list arrays in place, and these are the handout's own. */
function texts(lines: string[], locale: Locale): Content[] {
  return lines.map((text) => ({ text: printable(text, locale) }));
}

function heading(text: string, { s }: PdfContext): Content {
  return { text, bold: true, fontSize: s.heading, color: COLORS.brandDark, margin: [0, 0, 0, 1] };
}

function precautionsBox(precautions: string[], ctx: PdfContext): Content {
  const layout: CustomTableLayout = {
    hLineWidth: () => 0,
    vLineWidth: (i) => (i === 0 ? 3 : 0),
    vLineColor: () => COLORS.caution,
    fillColor: () => COLORS.cautionTint,
    paddingLeft: () => 8,
    paddingRight: () => 8,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  };
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: ctx.m.takeCare, bold: true, color: COLORS.caution, fontSize: ctx.s.heading },
              { ul: texts(precautions, ctx.handout.locale) },
            ],
          },
        ],
      ],
    },
    layout,
  };
}
