import type { Node, NodeQueries } from 'pdfmake/interfaces.js';
import {
  KEEP_TOGETHER,
  keepBlocksTogether,
  planLayout,
  type Unit,
  type UnitLayout,
} from './page-breaks.js';

describe('planLayout', () => {
  // A page 700 pt high between its margins; the first unit starts 100 pt down. Units of one
  // piece unless given as arrays: [name, body, dose] with 10 pt between pieces and units.
  const heading = { id: 'more', gapAfter: 5 };
  const units = (spec: (number | number[])[]) => {
    const heights = new Map<string, number>();
    const list: Unit[] = spec.map((h, i) => {
      const parts = Array.isArray(h) ? h : [h];
      const pieces = parts.map((height, j) => {
        heights.set(`u${i}/${j}`, height);
        return { id: `u${i}/${j}`, gapAfter: 10 };
      });
      heights.set(`u${i}/more`, 20);
      return {
        id: `u${i}`,
        pieces,
        gapAfter: 10,
        pinned: parts.length > 1 ? `u${i}/${parts.length - 1}` : undefined,
        continued: { ...heading, id: `u${i}/more` },
      };
    });
    return planLayout(list, heights, 100, 700);
  };
  const breaks = (plan: Map<string, UnitLayout>) =>
    [...plan.values()].flatMap((u) => u.pieces.filter((p) => p.breakBefore).map((p) => p.id));

  it('starts a unit that fits on a page on a new page only when it would straddle the end', () => {
    // 100 + 300 + 10 = 410; 410 + 280 = 690 fits; then 700 is full: u2 goes on page 2.
    expect(breaks(units([300, 280, 200]))).toEqual(['u2/0']);
    // 410 + 300 > 694: u1 starts page 2, where u2 fits below it (610); u3 starts page 3.
    expect(breaks(units([300, 300, 300, 300, 300]))).toEqual(['u1/0', 'u3/0']);
    expect(breaks(units([100, 100]))).toEqual([]);
    expect([...units([100, [50, 50, 50]]).values()].every((u) => u.whole)).toBe(true);
  });

  it('lets flowing prose split between its pieces rather than leave the rest of a page blank', () => {
    const heights = new Map([
      ['first', 300],
      ['advice/1', 100],
      ['advice/2', 100],
      ['advice/3', 300],
      ['advice/more', 20],
    ]);
    const advice = (flows: boolean): Unit => ({
      id: 'advice',
      pieces: ['advice/1', 'advice/2', 'advice/3'].map((id) => ({ id, gapAfter: 10 })),
      gapAfter: 10,
      continued: { id: 'advice/more', gapAfter: 5 },
      flows,
    });
    const first: Unit = { id: 'first', pieces: [{ id: 'first', gapAfter: 10 }], gapAfter: 10 };
    // 100 + 300 + 10 = 410; the advice (520) fits on a page but not below: kept whole it moves on,
    // flowing it fills this page to 620 and carries its last paragraph over under its heading.
    expect(breaks(planLayout([first, advice(false)], heights, 100, 700))).toEqual(['advice/1']);
    const flowed = planLayout([first, advice(true)], heights, 100, 700);
    expect(breaks(flowed)).toEqual(['advice/3']);
    expect(flowed.get('advice')!.pieces.find((p) => p.id === 'advice/3')!.continued).toBe(true);
  });

  it('does not break when pdfmake already starts a new page for a margin that does not fit', () => {
    // 100 + 592 = 692: the 10 pt margin runs past 700, so u1 starts at the top of page 2 anyway.
    expect(breaks(units([592, 200]))).toEqual([]);
  });

  it('breaks before the first unit when it does not fit under the header', () => {
    expect(breaks(units([650]))).toEqual(['u0/0']);
  });

  it('splits a unit taller than a page with its dose under its name, its name on every page', () => {
    const plan = units([[40, 300, 300, 300, 60]]).get('u0')!;
    expect(plan.whole).toBe(false);
    expect(plan.pieces.map((p) => p.id)).toEqual(['u0/0', 'u0/4', 'u0/1', 'u0/2', 'u0/3']);
    // 100 + 40 + 10 + 60 + 10 + 300 = 520 fits; + 10 + 300 does not: a new page, under the
    // heading (25 + 300), where the third fits (635).
    expect(plan.pieces.map((p) => [p.breakBefore, p.continued])).toEqual([
      [false, false],
      [false, false],
      [false, false],
      [true, true],
      [false, false],
    ]);
  });

  it('starts a split unit on a new page when its head and first piece do not fit', () => {
    // 100 + 300 + 10 = 410: the name and dose (110) would fit, but not with the 400 after them.
    const plan = units([300, [40, 400, 400, 60]]).get('u1')!;
    expect(plan.pieces[0].breakBefore).toBe(true);
    expect(plan.pieces.map((p) => p.continued)).toEqual([false, false, false, true]);
  });

  it('stops planning at a piece taller than any page, which splits where it is', () => {
    const plan = units([[40, 900, 60], 300]);
    expect(plan.get('u0')!.pieces.map((p) => p.id)).toEqual(['u0/0', 'u0/2', 'u0/1']);
    expect(plan.get('u0')!.pieces[2]).toMatchObject({ breakBefore: true, continued: true });
    expect(plan.get('u1')).toMatchObject({ whole: true });
    expect(breaks(plan)).toEqual(['u0/1']);
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
