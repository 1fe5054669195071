import type { Node, NodeQueries } from 'pdfmake/interfaces.js';

// An exercise must not straddle two pages. `unbreakable` would do it in one pass, but pdfmake
// silently drops an unbreakable block taller than a page; so the layout is planned up front from
// one measuring layout (see planLayout): which unit starts a new page, and how a unit too tall for
// any page is split. keepBlocksTogether is the rule pdfmake checks on every block besides.

/** headlineLevel of a block that should not straddle two pages: an exercise or a piece of one. */
export const KEEP_TOGETHER = 1;
/** headlineLevel of any other top-level node (letterhead, footer): it ends the block before it. */
export const BOUNDARY = 2;
/** id of an invisible mark after the last block in the measuring layout, where content ends. */
export const END_OF_CONTENT = 'end-of-content';

/** Below this fraction of the page a block already starts at the top: moving it gains nothing. */
const AT_TOP = 0.02;

/**
 * pdfmake's pageBreakBefore callback: a KEEP_TOGETHER block that straddles two pages starts on a
 * new page instead, when it fits on one; one too tall for any page splits where it is. pdfmake
 * lays the whole document out again after each break this returns, so the plan should leave it
 * nothing to do.
 *
 * @param lineAllowance points to add below the last node that starts on the next page (pdfmake
 *   tells where nodes start, not where they end): about one line of body text.
 */
export function keepBlocksTogether(lineAllowance: number) {
  return (node: Node, queries: NodeQueries): boolean => {
    if (node.headlineLevel !== KEEP_TOGETHER) return false;
    if (node.pageNumbers.length !== 2) return false;
    const start = node.startPosition;
    if (start.verticalRatio <= AT_TOP) return false;
    const nextPage = node.pageNumbers[1];
    // Nodes come in document order, so the block's own descendants come before the next
    // top-level node (the next block, the closing block or the footer, all with a headlineLevel).
    let endRatio = 0;
    for (const next of queries.getNodesOnNextPage()) {
      if (next.headlineLevel !== undefined) break;
      if (next.startPosition.pageNumber === nextPage) {
        endRatio = Math.max(endRatio, next.startPosition.verticalRatio);
      }
    }
    const heightInPages =
      1 - start.verticalRatio + endRatio + lineAllowance / start.pageInnerHeight;
    return heightInPages <= 1;
  };
}

/** Thrown by the probe to stop the measuring render once it has what it needs. */
export class LayoutProbed extends Error {}

/**
 * A pageBreakBefore callback for a measuring render on one endless page: pdfmake calls it after
 * its first layout, when it records where each node with an id starts, and stops the render.
 */
export function layoutProbe() {
  let tops: Map<string, number> | null = null;
  return {
    callback(node: Node, queries: NodeQueries): boolean {
      tops = new Map();
      for (const n of [node, ...queries.getFollowingNodesOnPage()]) {
        if (n.id !== undefined) tops.set(n.id, n.startPosition.top);
      }
      throw new LayoutProbed('measured');
    },
    tops: (): ReadonlyMap<string, number> | null => tops,
  };
}

/** A piece of a unit that is never split: measured on its own, printed whole. */
export interface Piece {
  id: string;
  /** The space below it when another piece of its unit follows. */
  gapAfter: number;
}

/**
 * What the plan places: an exercise, or the QR block. It prints whole, in reading order, on one
 * page when it fits on one. When it does not, its pinned piece (an exercise's prescription) moves
 * up under its first (the name), those two stay together, and each further page it runs onto
 * starts with its `continued` heading: no page holds a piece of it without its name.
 */
export interface Unit {
  id: string;
  /** In reading order; the first is the unit's name. */
  pieces: Piece[];
  /** The space below the unit. */
  gapAfter: number;
  /** The piece that moves up under the first when the unit does not fit on one page. */
  pinned?: string;
  /** The heading printed at the top of each further page of a unit split across pages. */
  continued?: Piece;
  /**
   * Prose that flows on (the clinician's advice): split between its pieces whenever it does not
   * fit in what is left of the page, rather than moved whole to the next and leaving this one
   * blank. An exercise is kept whole instead, so that its name, steps and dose print together.
   */
  flows?: boolean;
}

/** One piece of a planned unit, in print order. */
export interface PlacedPiece {
  id: string;
  /** Its bottom margin: the piece's gap, or the unit's after its last piece. */
  gapAfter: number;
  /** Starts a new page (pdfmake's pageBreak: 'before'). */
  breakBefore: boolean;
  /** Printed under the unit's continued heading: it opens a further page of its unit. */
  continued: boolean;
}

export interface UnitLayout {
  /** Fits on one page: printed as one block that pdfmake keeps together. */
  whole: boolean;
  pieces: PlacedPiece[];
}

/**
 * Every piece's height on the endless measuring page, from where each starts: the measuring
 * layout prints the pieces in `order` with no space between them, END_OF_CONTENT after the last.
 */
export function pieceHeights(
  order: readonly string[],
  tops: ReadonlyMap<string, number>,
): Map<string, number> {
  const heights = new Map<string, number>();
  const ids = [...order, END_OF_CONTENT];
  for (let i = 0; i + 1 < ids.length; i++) {
    const top = tops.get(ids[i]);
    const next = tops.get(ids[i + 1]);
    if (top !== undefined && next !== undefined) heights.set(ids[i], next - top);
  }
  return heights;
}

/** What the measuring layout prints of a unit, in order: its pieces, then its continued heading. */
export function measuredOrder(unit: Unit): string[] {
  return [...unit.pieces.map((p) => p.id), ...(unit.continued ? [unit.continued.id] : [])];
}

/**
 * Lays the units out page by page as pdfmake will (pieces stack with their gaps between; a
 * bottom margin that does not fit starts a new page) and decides, for each unit, whole or split,
 * and where its new pages start. A piece taller than any page splits where it is: where the rest
 * lands is not known here, so from there on units are only ordered, and the rule decides breaks.
 *
 * @param heights each piece's height, pieceHeights from the measuring layout
 * @param start where the first unit starts, below the page's top margin
 * @param innerHeight the page's height between its margins
 */
export function planLayout(
  units: readonly Unit[],
  heights: ReadonlyMap<string, number>,
  start: number,
  innerHeight: number,
): Map<string, UnitLayout> {
  // Slack against rounding, and against a piece measured a few points short because it starts
  // with a table's padding: a break too many costs a little paper, a break too few a split.
  const room = innerHeight - 6;
  const layouts = new Map<string, UnitLayout>();
  /** Where the page being filled is full to; null once planning has stopped. */
  let y: number | null = start;
  const atTop = () => y !== null && y <= AT_TOP * innerHeight;
  /** After a bottom margin: pdfmake starts a new page itself when it does not fit. */
  const addGap = (gap: number) => {
    if (y !== null) y = y + gap > innerHeight ? 0 : y + gap;
  };

  for (const unit of units) {
    const known = measuredOrder(unit).every((id) => heights.has(id));
    const h = (id: string) => heights.get(id) ?? 0;
    const byId = new Map(unit.pieces.map((p) => [p.id, p]));
    const inner = (list: Piece[]) =>
      list.reduce((sum, p, i) => sum + h(p.id) + (i < list.length - 1 ? p.gapAfter : 0), 0);
    const overflowsPage = y !== null && !atTop() && y + inner(unit.pieces) > room;
    const whole = known && inner(unit.pieces) <= room && !(unit.flows && overflowsPage);
    const pinned = !whole && unit.pinned && byId.has(unit.pinned) ? unit.pinned : null;
    const order = pinned
      ? [unit.pieces[0], byId.get(pinned)!, ...unit.pieces.slice(1).filter((p) => p.id !== pinned)]
      : unit.pieces;
    const pieces: PlacedPiece[] = order.map((p, i) => ({
      id: p.id,
      gapAfter: i === order.length - 1 ? unit.gapAfter : p.gapAfter,
      breakBefore: false,
      continued: false,
    }));
    layouts.set(unit.id, { whole, pieces });
    if (y === null || !known) {
      y = null;
      continue;
    }

    if (whole) {
      const height = inner(unit.pieces);
      if (!atTop() && y + height > room) {
        pieces[0].breakBefore = true;
        y = 0;
      }
      y += height;
      addGap(unit.gapAfter);
      continue;
    }

    // Split: the head (the name, and the pinned piece under it) opens the unit; it starts a new
    // page unless the piece after it fits below it too, so that a name never ends a page alone.
    const headCount = pinned ? 2 : 1;
    const head = inner(order.slice(0, headCount));
    const heading = unit.continued ? h(unit.continued.id) + unit.continued.gapAfter : 0;
    if (head > room) {
      y = null;
      continue;
    }
    const following = order[headCount];
    const opening =
      following && h(following.id) <= room - heading
        ? head + order[headCount - 1].gapAfter + h(following.id)
        : head;
    if (!atTop() && y + Math.min(opening, room) > room) {
      pieces[0].breakBefore = true;
      y = 0;
    }
    y += head;
    for (let i = headCount; i < order.length; i++) {
      const height = h(order[i].id);
      const gap = order[i - 1].gapAfter;
      if (y + gap > innerHeight) {
        // The gap itself runs onto a new page: the piece opens it without a break of its own.
        pieces[i].continued = true;
        y = heading + height;
      } else if (y + gap + height <= room) {
        y += gap + height;
      } else {
        pieces[i].breakBefore = true;
        pieces[i].continued = true;
        y = heading + height;
      }
      if (heading + height > room) {
        y = null;
        break;
      }
    }
    addGap(unit.gapAfter);
  }
  return layouts;
}
