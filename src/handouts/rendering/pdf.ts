import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { Locale } from '../../translations/locale.js';
import type { RenderableHandout } from '../handout-content.js';
import { handoutPdfMake, HANDOUT_FONT } from './fonts.js';
import { issuedOnDate } from './format.js';
import { messagesFor } from './messages.js';
import {
  BOUNDARY,
  END_OF_CONTENT,
  keepBlocksTogether,
  layoutProbe,
  LayoutProbed,
  measuredOrder,
  pieceHeights,
  planLayout,
  type Unit,
  type UnitLayout,
} from './page-breaks.js';
import { placeUnit, type PdfContext } from './pdf-context.js';
import { exerciseBlock } from './pdf-exercise.js';
import { closingBlock, footer, guidanceBlock, letterhead, titleBlock } from './pdf-frame.js';
import {
  COLORS,
  FONT_LINE_HEIGHT,
  LARGE_PRINT,
  NORMAL_PRINT,
  pageGeometry,
  type PageGeometry,
} from './theme.js';

export async function renderHandoutPdf(handout: RenderableHandout): Promise<Buffer> {
  const pdfMake = handoutPdfMake();
  const layouts = await planLayouts(handout);
  // pdfmake mutates the definition it is given: every render builds its own.
  return pdfMake.createPdf(handoutDocument(handout, layouts).doc).getBuffer();
}

/**
 * Lays the handout out once on an endless page, every piece of every exercise on its own, to see
 * how tall each is, and plans the pages from that: one measuring layout instead of one more
 * layout per page break that pdfmake would find by itself.
 */
async function planLayouts(handout: RenderableHandout): Promise<Map<string, UnitLayout>> {
  const { doc, units, page } = handoutDocument(handout, null);
  const probe = layoutProbe();
  doc.pageSize = { width: page.width, height: 'auto' };
  doc.footer = undefined;
  doc.pageBreakBefore = probe.callback;
  (doc.content as Content[]).push({ text: '.', fontSize: 1, id: END_OF_CONTENT });
  try {
    await handoutPdfMake().createPdf(doc).getBuffer();
  } catch (error) {
    if (!(error instanceof LayoutProbed)) throw error;
  }
  const tops = probe.tops() ?? new Map<string, number>();
  const heights = pieceHeights(units.flatMap(measuredOrder), tops);
  const first = units.length > 0 ? tops.get(units[0].pieces[0].id) : undefined;
  return planLayout(
    units,
    heights,
    first === undefined ? 0 : first - page.top,
    page.height - page.top - page.bottom,
  );
}

/** The pdfmake document of a handout: the clinic's paper, one font, every text from the snapshot. */
function handoutDocument(
  handout: RenderableHandout,
  layouts: ReadonlyMap<string, UnitLayout> | null,
): { doc: TDocumentDefinitions; units: Unit[]; page: PageGeometry } {
  const large = handout.largePrint;
  const s = large ? LARGE_PRINT : NORMAL_PRINT;
  const page = pageGeometry(handout.clinic.paperSize ?? 'A4', large);
  const ctx: PdfContext = {
    handout,
    m: messagesFor(handout.locale),
    s,
    large,
    page,
    lineHeight: lineHeightFor(handout.locale),
    images: {},
    layouts,
  };
  const issued = issuedOnDate(handout.issuedOn) ?? new Date(0);
  const planned = handout.items.map((item, index) => exerciseBlock(item, index, ctx));
  const closing = closingBlock(ctx);
  // In large print the first exercise seldom fits under the letterhead: the QR code and phone
  // number fill the first page instead of closing the handout.
  if (closing && large) planned.unshift(closing);
  else if (closing) planned.push(closing);
  // The clinician's advice comes first, under the patient's name, before the exercises it is
  // about (in large print the phone number then follows its "let us know").
  const guidance = guidanceBlock(ctx);
  if (guidance) planned.unshift(guidance);
  const content: Content[] = [
    { stack: [letterhead(ctx), titleBlock(ctx)], headlineLevel: BOUNDARY } as Content,
    ...planned.map((p) => placeUnit(ctx, p)),
  ];
  const doc: TDocumentDefinitions = {
    pageSize: page.paper,
    pageMargins: [page.side, page.top, page.side, page.bottom],
    language: ctx.m.languageTag,
    displayTitle: true,
    // Fixed dates make the bytes a function of the handout alone: the same version, the same file.
    info: {
      title: handout.title,
      author: handout.clinic.name,
      subject: ctx.m.documentSubject,
      creator: handout.clinic.name,
      creationDate: issued,
      modDate: issued,
    },
    defaultStyle: {
      font: HANDOUT_FONT,
      fontSize: s.body,
      color: COLORS.ink,
      lineHeight: ctx.lineHeight,
    },
    content,
    images: ctx.images,
    footer: footer(ctx),
    pageBreakBefore: keepBlocksTogether(s.body * FONT_LINE_HEIGHT * ctx.lineHeight + 12),
  };
  return { doc, units: planned.map((p) => p.unit), page };
}

/**
 * Noto Sans SC's line box (1.45 em) is made for Chinese; Latin and Vietnamese text reads better,
 * and fits more on a page, a little tighter, still leaving room for stacked Vietnamese accents.
 */
function lineHeightFor(locale: Locale): number {
  return locale === Locale.ZH ? 1 : locale === Locale.VI ? 0.94 : 0.88;
}
