import { BoundedLabels, operationName } from './bounded-labels.js';

describe('BoundedLabels', () => {
  it('keeps the first values and groups every later one', () => {
    const labels = new BoundedLabels(2, '(other)');
    expect(['A', 'B', 'A', 'C', 'D', 'B'].map((v) => labels.label(v))).toEqual([
      'A',
      'B',
      'A',
      '(other)',
      '(other)',
      'B',
    ]);
  });
});

describe('operationName', () => {
  it('accepts GraphQL names only', () => {
    expect(operationName('IssueHandout')).toBe('IssueHandout');
    expect(operationName('_private2')).toBe('_private2');
    for (const sent of [null, undefined, 42, '', '2fast', 'with space', 'María', 'x'.repeat(101)]) {
      expect(operationName(sent)).toBeNull();
    }
  });
});
