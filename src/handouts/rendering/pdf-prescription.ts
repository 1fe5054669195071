import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { PrescriptionLine } from './format.js';
import type { PdfContext } from './pdf-context.js';
import { printable } from './pdf-text.js';
import { COLORS } from './theme.js';

/** Wide enough for the longest label, "Series × repeticiones", at large print's label size. */
const LARGE_LABEL_WIDTH = 160;

const SHORT_LINES = new Set<PrescriptionLine['kind']>(['dose', 'side', 'load', 'rest', 'often']);

/**
 * Normal print: the short facts as tiles in one row (label above value), then the tempo and the
 * notes across the full width. Large print: one label-value row per fact, since tiles at 17 pt
 * would wrap word by word.
 */
export function prescriptionBox(lines: PrescriptionLine[], ctx: PdfContext): Content {
  const { s } = ctx;
  const white = 2;
  const layout: CustomTableLayout = {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : white),
    vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : white),
    hLineColor: () => COLORS.white,
    vLineColor: () => COLORS.white,
    fillColor: () => COLORS.tint,
    paddingLeft: () => 8,
    paddingRight: () => 8,
    paddingTop: () => (ctx.large ? 6 : 4),
    paddingBottom: () => (ctx.large ? 6 : 4),
  };
  const label = (line: PrescriptionLine): Content => ({
    text: line.label,
    fontSize: s.small,
    color: COLORS.muted,
  });
  const valueRuns = (line: PrescriptionLine): Content[] => [
    { text: printable(line.value, ctx.handout.locale), bold: line.kind === 'dose' },
    // Non-breaking hyphens: a tempo such as X-0-X-0 must not wrap inside itself.
    ...(line.detail
      ? [
          {
            text: `  ${line.detail.replace(/-/g, '\u2011')}`,
            fontSize: s.small,
            color: COLORS.muted,
          },
        ]
      : []),
  ];
  const value = (line: PrescriptionLine): Content => ({ text: valueRuns(line) });
  let widths: ('*' | number)[];
  let body: TableCell[][];
  if (ctx.large) {
    widths = [LARGE_LABEL_WIDTH, '*'];
    body = lines.map((line) => [label(line), value(line)]);
  } else {
    const short = lines.filter((l) => SHORT_LINES.has(l.kind));
    const long = lines.filter((l) => !SHORT_LINES.has(l.kind));
    widths = short.map(() => '*');
    body = [
      short.map((line) => ({ stack: [label(line), value(line)] })),
      ...long.map((line) => [
        {
          colSpan: short.length,
          text: [
            { text: ctx.m.labelled(line.label), fontSize: s.small, color: COLORS.muted },
            ...valueRuns(line),
          ],
        },
        ...short.slice(1).map(() => ({})),
      ]),
    ];
  }
  return {
    stack: [
      {
        text: ctx.m.yourPrescription,
        bold: true,
        fontSize: s.small,
        color: COLORS.brand,
        margin: [0, 0, 0, 2],
      },
      { table: { widths, body, dontBreakRows: true }, layout },
    ],
  };
}
