import type { Node, NodeQueries } from 'pdfmake/interfaces.js';

// An exercise must not straddle two pages. `unbreakable` would do it in one pass, but pdfmake
// silently drops an unbreakable block taller than a page; so blocks get pageBreakBefore instead,
// planned up front from one measuring layout (see planPageBreaks), with keepBlocksTogether as the
// rule pdfmake checks on every block the plan did not break.

/** headlineLevel of a block that should not straddle two pages: an exercise, the QR block. */
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

export interface Block {
  id: string;
  /** Its bottom margin: the space before what follows. */
  gapAfter: number;
  /** Blocks inside it, kept together one by one when the whole does not fit on a page. */
  parts?: Block[];
}

/**
 * Which blocks must start a new page, simulating pdfmake's pagination from where each block
 * started on the endless page (so its exact height, whatever its pictures and line breaks). A
 * block taller than a page is planned part by part; the plan stops at one that has no parts:
 * where the rest lands after it splits is not known here, and the rule decides for them.
 *
 * @param contentTop the page's top margin
 * @param innerHeight the page's height between its margins
 */
export function planPageBreaks(
  blocks: readonly Block[],
  tops: ReadonlyMap<string, number>,
  contentTop: number,
  innerHeight: number,
): Set<string> {
  const breaks = new Set<string>();
  const first = blocks.length > 0 ? tops.get(blocks[0].id) : undefined;
  const end = tops.get(END_OF_CONTENT);
  if (first === undefined || end === undefined) return breaks;
  // Half a point of slack against rounding: a break too many costs a little paper, a break too
  // few costs a whole extra layout.
  const room = innerHeight - 0.5;
  let y = first - contentTop;

  /** Plans `list`, whose content ends at `endTop`; false when planning has to stop. */
  const plan = (list: readonly Block[], endTop: number): boolean => {
    for (let i = 0; i < list.length; i++) {
      const { id, gapAfter, parts } = list[i];
      const top = tops.get(id);
      const next = i + 1 < list.length ? tops.get(list[i + 1].id) : endTop;
      if (top === undefined || next === undefined) return false;
      const height = next - top - gapAfter;
      if (height > room) {
        if (!parts || !plan(parts, next - gapAfter)) return false;
      } else {
        if (y + height > room) {
          breaks.add(id);
          y = 0;
        }
        y += height;
      }
      // pdfmake starts a new page itself when a bottom margin does not fit (LayoutBuilder).
      y = innerHeight - y - gapAfter < 0 ? 0 : y + gapAfter;
    }
    return true;
  };
  plan(blocks, end);
  return breaks;
}
