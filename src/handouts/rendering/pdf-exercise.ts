import type { Content, CustomTableLayout } from 'pdfmake/interfaces.js';
import { sniffImage } from '../../media/image.js';
import type { Locale } from '../../translations/locale.js';
import type { HandoutItemSnapshot } from '../handout-content.js';
import { pictureCredit, prescriptionLines } from './format.js';
import { BOUNDARY } from './page-breaks.js';
import { kept, type PdfContext, type PlannedContent } from './pdf-context.js';
import { prescriptionBox } from './pdf-prescription.js';
import { printable } from './pdf-text.js';
import { COLORS, FONT_LINE_HEIGHT } from './theme.js';

/**
 * One exercise: number and name, picture beside the text, and the prescription, kept on one page.
 * In large print an exercise is mostly taller than a page. Its name, picture, summary and steps
 * are then kept together (or as many of them as fit on a page), and so is each of its cues,
 * precautions and prescription: it splits between those, never inside one.
 */
export function exerciseBlock(
  item: HandoutItemSnapshot,
  index: number,
  ctx: PdfContext,
): PlannedContent {
  const { s } = ctx;
  const picture = pictureStack(item, ctx);
  const text = textSections(item, ctx);
  const title = titleRow(index + 1, item.name, ctx);
  const prescription = prescriptionBox(
    prescriptionLines(item.prescription, ctx.handout.locale, item.exerciseLoad),
    ctx,
  );
  const id = `exercise-${index + 1}`;
  if (!ctx.large) {
    const beside = [...text.summary, ...text.steps, ...text.cues, ...text.precautions];
    const body: Content = picture
      ? {
          columns: [
            { width: s.pictureWidth, stack: picture },
            { width: '*', stack: beside },
          ],
          columnGap: 16,
        }
      : { stack: beside };
    const stack = [title, { ...body, margin: [0, s.paragraphGap, 0, 0] } as Content, prescription];
    const { node, block } = kept(ctx, id, stack, s.blockGap);
    return { content: node, blocks: [block] };
  }
  // The name stays with the picture, or with the summary when there is no picture.
  const headParts = (
    picture
      ? [[title, ...picture], text.summary, text.steps]
      : [[title, ...text.summary], text.steps]
  )
    .filter((part) => part.length > 0)
    .map((part, i) => kept(ctx, `${id}/0/${i}`, part, 0));
  const head = kept(
    ctx,
    `${id}/0`,
    headParts.map((p) => p.node),
    0,
    headParts.map((p) => p.block),
  );
  const rest = [text.cues, text.precautions, [prescription]].filter((part) => part.length > 0);
  const others = rest.map((part, i) =>
    kept(ctx, `${id}/${i + 1}`, part, i === rest.length - 1 ? s.blockGap : 0),
  );
  return {
    content: {
      headlineLevel: BOUNDARY,
      stack: [head.node, ...others.map((o) => o.node)],
    },
    blocks: [head.block, ...others.map((o) => o.block)],
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
    // Large print: what follows is below the name, not beside it as in normal print's columns.
    margin: [0, 0, 0, ctx.large ? s.paragraphGap : 0],
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
  // Large print: the text continues below the picture, not beside it.
  const below = ctx.large ? ctx.s.paragraphGap : 0;
  const nodes: Content[] = [
    {
      image: key,
      fit: [ctx.s.pictureWidth, ctx.s.pictureHeight],
      alignment,
      margin: [0, 0, 0, credit ? 0 : below],
    },
  ];
  if (credit) {
    nodes.push({
      text: printable(credit, ctx.handout.locale),
      fontSize: ctx.s.tiny,
      color: COLORS.muted,
      alignment,
      margin: [0, 2, 0, below],
    });
  }
  return nodes;
}

/** The text beside the picture, in the parts large print keeps whole. */
function textSections(item: HandoutItemSnapshot, ctx: PdfContext) {
  const { m, s } = ctx;
  const gap = s.paragraphGap;
  const locale = ctx.handout.locale;
  const none: Content[] = [];
  return {
    summary: item.summary.trim()
      ? [{ text: printable(item.summary, locale), margin: [0, 0, 0, gap] } as Content]
      : none,
    steps: item.steps.length
      ? [
          heading(m.howToDoIt, ctx),
          { ol: texts(item.steps, locale), margin: [0, 0, 0, gap] } as Content,
        ]
      : none,
    cues: item.cues.length
      ? [
          heading(m.keepInMind, ctx),
          { ul: texts(item.cues, locale), margin: [0, 0, 0, gap] } as Content,
        ]
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
    margin: [0, 0, 0, ctx.s.paragraphGap],
  };
}
