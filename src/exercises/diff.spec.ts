import { diffSnapshots } from './diff.js';

describe('diffSnapshots', () => {
  it('lists the changed fields only, in name order', () => {
    const before = { name: 'Side plank', difficulty: 2, cues: ['Hips high'], status: 'DRAFT' };
    const after = {
      name: 'Side plank',
      difficulty: 3,
      cues: ['Hips high', 'Breathe'],
      status: 'DRAFT',
    };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'cues', before: ['Hips high'], after: ['Hips high', 'Breathe'] },
      { field: 'difficulty', before: 2, after: 3 },
    ]);
  });

  it('ignores object key order and reports added and removed fields', () => {
    const before = { intensity: { scale: 'RPE', value: 6 }, tempo: '3-1-1-0' };
    const after = { intensity: { value: 6, scale: 'RPE' }, aliases: ['x'] };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'aliases', before: null, after: ['x'] },
      { field: 'tempo', before: '3-1-1-0', after: null },
    ]);
  });

  it('finds nothing between equal snapshots', () => {
    expect(diffSnapshots({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});
