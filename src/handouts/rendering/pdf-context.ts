import type { Content, ContentStack } from 'pdfmake/interfaces.js';
import type { RenderableHandout } from '../handout-content.js';
import type { HandoutMessages } from './messages.js';
import {
  BOUNDARY,
  KEEP_TOGETHER,
  measuredOrder,
  type Unit,
  type UnitLayout,
} from './page-breaks.js';
import type { PageGeometry, PrintScale } from './theme.js';

/** What every block of one render shares; `images` collects the pictures the document embeds. */
export interface PdfContext {
  handout: RenderableHandout;
  m: HandoutMessages;
  s: PrintScale;
  large: boolean;
  page: PageGeometry;
  /** pdfmake's lineHeight for the handout's script, as a factor of the font's line box. */
  lineHeight: number;
  images: Record<string, string>;
  /** The plan of each unit; null in the measuring layout, which prints every piece on its own. */
  layouts: ReadonlyMap<string, UnitLayout> | null;
}

/** A unit for the page-break plan, with the content of each of its pieces (and heading). */
export interface PlannedUnit {
  unit: Unit;
  pieces: ReadonlyMap<string, Content[]>;
}

/** A stack; pdfmake reads a node's id (and passes it to pageBreakBefore), its types on text only. */
function stackOf(stack: Content[], id?: string): ContentStack & { id?: string } {
  return id === undefined ? { stack } : { id, stack };
}

function withGap<T extends ContentStack>(node: T, gap: number): T {
  if (gap) node.margin = [0, 0, 0, gap];
  return node;
}

/**
 * The pdfmake nodes of a unit as planned. Measuring: each piece alone under its id, with no space
 * between, and the continued heading after them. Whole: one KEEP_TOGETHER block. Split: the head
 * (name and pinned piece) and every further piece each KEEP_TOGETHER, a piece that opens a page
 * under the continued heading.
 */
export function placeUnit(ctx: PdfContext, { unit, pieces }: PlannedUnit): Content {
  const content = (id: string) => pieces.get(id) ?? [];
  const layout = ctx.layouts?.get(unit.id);
  if (!layout) {
    return {
      headlineLevel: BOUNDARY,
      stack: measuredOrder(unit).map((id) => stackOf(content(id), id)),
    };
  }
  const placed = layout.pieces;
  if (layout.whole) {
    const node: ContentStack = {
      headlineLevel: KEEP_TOGETHER,
      stack: placed.map((p, i) =>
        withGap(stackOf(content(p.id)), i < placed.length - 1 ? p.gapAfter : 0),
      ),
    };
    if (placed[0]?.breakBefore) node.pageBreak = 'before';
    return withGap(node, placed.at(-1)?.gapAfter ?? 0);
  }
  const headCount = unit.pinned && placed[1]?.id === unit.pinned ? 2 : 1;
  const blocks: ContentStack[] = [];
  const head = placed.slice(0, headCount);
  blocks.push({
    headlineLevel: KEEP_TOGETHER,
    stack: head.map((p, i) =>
      withGap(stackOf(content(p.id)), i < head.length - 1 ? p.gapAfter : 0),
    ),
  });
  if (head[0]?.breakBefore) blocks[0].pageBreak = 'before';
  withGap(blocks[0], head.at(-1)?.gapAfter ?? 0);
  for (const p of placed.slice(headCount)) {
    const heading =
      p.continued && unit.continued
        ? [withGap(stackOf(content(unit.continued.id)), unit.continued.gapAfter)]
        : [];
    const node: ContentStack = {
      headlineLevel: KEEP_TOGETHER,
      stack: [...heading, stackOf(content(p.id))],
    };
    if (p.breakBefore) node.pageBreak = 'before';
    blocks.push(withGap(node, p.gapAfter));
  }
  return { headlineLevel: BOUNDARY, stack: blocks };
}
