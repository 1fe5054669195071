import { requestIdFrom } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps the usual shapes of a request id', () => {
    for (const id of [
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      'Root=1-67891233-abcdef012345678912345678',
      'req-42',
    ]) {
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it('makes a UUID for a missing, repeated, long or unprintable one', () => {
    for (const header of [
      undefined,
      '',
      ['a', 'b'],
      'x'.repeat(129),
      'two words',
      'line\nbreak',
      '{"json":1}',
      'ünïcode',
      '-leading-dash',
    ]) {
      expect(requestIdFrom(header)).toMatch(UUID);
    }
  });
});
