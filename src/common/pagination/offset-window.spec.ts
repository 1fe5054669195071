import { offsetPlan, offsetSlice } from './offset-window.js';

const forward = (size: number, after: string | null = null) => ({
  size,
  backward: false,
  after,
  before: null,
});
const backward = (size: number, before: string | null = null) => ({
  size,
  backward: true,
  after: null,
  before,
});
const noTotal = () => Promise.reject(new Error('total not needed'));
/** Items 0..n-1 as the database would return them for a plan. */
const fetch = (n: number, plan: { offset: number; limit: number }) =>
  Array.from({ length: n }, (_, i) => i).slice(plan.offset, plan.offset + plan.limit);

describe('offsetPlan and offsetSlice (ranked lists paged by position)', () => {
  it('reads the first page with one row beyond it and nothing before', async () => {
    const plan = await offsetPlan(forward(3), null, null, noTotal);
    expect(plan).toEqual({ from: 0, to: 3, offset: 0, limit: 4 });
    expect(offsetSlice(plan, fetch(10, plan))).toEqual({
      page: [0, 1, 2],
      hasPreviousPage: false,
      hasNextPage: true,
    });
  });

  it('pages on from a cursor (its 1-based position) and sees one row on each side', async () => {
    const plan = await offsetPlan(forward(3), 3, null, noTotal);
    expect(plan).toEqual({ from: 3, to: 6, offset: 2, limit: 5 });
    expect(offsetSlice(plan, fetch(10, plan))).toEqual({
      page: [3, 4, 5],
      hasPreviousPage: true,
      hasNextPage: true,
    });
  });

  it('knows the last page has nothing after it', async () => {
    const plan = await offsetPlan(forward(3), 9, null, noTotal);
    expect(offsetSlice(plan, fetch(10, plan))).toEqual({
      page: [9],
      hasPreviousPage: true,
      hasNextPage: false,
    });
  });

  it('pages back from a cursor: the items just before it, in list order', async () => {
    // before the cursor of item 5 (position 6)
    const plan = await offsetPlan(backward(3), null, 6, noTotal);
    expect(offsetSlice(plan, fetch(10, plan))).toEqual({
      page: [2, 3, 4],
      hasPreviousPage: true,
      hasNextPage: true,
    });
  });

  it('pages back to the start without going below it', async () => {
    const plan = await offsetPlan(backward(3), null, 3, noTotal);
    expect(offsetSlice(plan, fetch(10, plan))).toEqual({
      page: [0, 1],
      hasPreviousPage: false,
      hasNextPage: true,
    });
  });

  it('reads the end of the list for last without before, asking for the total then only', async () => {
    const plan = await offsetPlan(backward(3), null, null, () => Promise.resolve(10));
    expect(offsetSlice(plan, fetch(10, plan))).toEqual({
      page: [7, 8, 9],
      hasPreviousPage: true,
      hasNextPage: false,
    });
  });

  it('keeps a page between after and before inside both', async () => {
    const plan = await offsetPlan(forward(10), 2, 6, noTotal);
    expect(offsetSlice(plan, fetch(10, plan)).page).toEqual([2, 3, 4]);
    const empty = await offsetPlan(forward(10), 5, 3, noTotal);
    expect(offsetSlice(empty, fetch(10, empty)).page).toEqual([]);
  });

  it('answers an empty page past the end of a shrunken list', async () => {
    const plan = await offsetPlan(forward(3), 20, null, noTotal);
    expect(offsetSlice(plan, fetch(10, plan))).toEqual({
      page: [],
      hasPreviousPage: false,
      hasNextPage: false,
    });
  });
});
