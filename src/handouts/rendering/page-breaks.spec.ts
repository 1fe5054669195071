import type { Node, NodeQueries } from 'pdfmake/interfaces.js';
import {
  END_OF_CONTENT,
  KEEP_TOGETHER,
  keepBlocksTogether,
  planPageBreaks,
} from './page-breaks.js';

describe('planPageBreaks', () => {
  // A page 700 pt high under a 40 pt top margin; the header ends at 100 pt.
  const plan = (heights: number[], gap = 10) => {
    const tops = new Map<string, number>();
    let y = 40 + 100;
    heights.forEach((h, i) => {
      tops.set(`b${i}`, y);
      y += h + gap;
    });
    tops.set(END_OF_CONTENT, y);
    const blocks = heights.map((_, i) => ({ id: `b${i}`, gapAfter: gap }));
    return [...planPageBreaks(blocks, tops, 40, 700)];
  };

  it('breaks before a block that would straddle the page end, and only then', () => {
    // 100 + 300 + 10 = 410; 410 + 280 = 690 fits; then 700 is full: b2 goes on page 2.
    expect(plan([300, 280, 200])).toEqual(['b2']);
    // 410 + 300 > 700: b1 starts page 2, where b2 fits below it (610); b3 starts page 3.
    expect(plan([300, 300, 300, 300, 300])).toEqual(['b1', 'b3']);
    expect(plan([100, 100])).toEqual([]);
  });

  it('does not break when pdfmake already starts a new page for a margin that does not fit', () => {
    // 100 + 595 = 695: the 10 pt margin runs past 700, so b1 starts at the top of page 2 anyway.
    expect(plan([595, 200])).toEqual([]);
  });

  it('breaks before the first block when it does not fit under the header', () => {
    expect(plan([650])).toEqual(['b0']);
  });

  it('stops at a block taller than a page and leaves the rest to the rule', () => {
    expect(plan([300, 900, 300, 300])).toEqual([]);
    expect(plan([500, 400, 900, 300])).toEqual(['b1']);
  });
});

describe('keepBlocksTogether', () => {
  const rule = keepBlocksTogether(15);
  const position = (pageNumber: number, verticalRatio: number) => ({
    pageNumber,
    verticalRatio,
    pageInnerHeight: 700,
    top: 40 + verticalRatio * 700,
    left: 48,
    pageInnerWidth: 516,
    horizontalRatio: 0,
    pageOrientation: 'portrait' as const,
  });
  const node = (pageNumbers: number[], ratio: number, headlineLevel?: number): Node => ({
    headlineLevel,
    pageNumbers,
    pages: 3,
    stack: true,
    startPosition: position(pageNumbers[0], ratio),
  });
  const queries = (nextPage: Node[]): NodeQueries => ({
    getFollowingNodesOnPage: () => [],
    getNodesOnNextPage: () => nextPage,
    getPreviousNodesOnPage: () => [],
  });

  it('moves a straddling block that fits on a page to the next page', () => {
    const block = node([1, 2], 0.7, KEEP_TOGETHER);
    const rest = [node([2], 0.1), node([2], 0.2), node([2], 0.5, KEEP_TOGETHER)];
    expect(rule(block, queries(rest))).toBe(true);
  });

  it('leaves a block that is too tall for a page, already at the top, or on one page', () => {
    const tall = node([1, 2], 0.5, KEEP_TOGETHER);
    expect(rule(tall, queries([node([2], 0.4), node([2], 0.6)]))).toBe(false);
    expect(rule(node([1, 2], 0.01, KEEP_TOGETHER), queries([node([2], 0.3)]))).toBe(false);
    expect(rule(node([1, 2, 3], 0.6, KEEP_TOGETHER), queries([]))).toBe(false);
    expect(rule(node([1], 0.6, KEEP_TOGETHER), queries([]))).toBe(false);
    expect(rule(node([1, 2], 0.7), queries([]))).toBe(false);
  });
});
