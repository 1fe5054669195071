import { localStore, sizeOf } from './response-cache.js';

describe('the in-process answer store', () => {
  it('never holds more than its bytes, dropping the least recently used first', () => {
    const store = localStore(1000);
    const json = JSON.stringify({ data: { name: 'x'.repeat(40) } });
    const answer = { json };
    const size = sizeOf(json);
    for (let i = 0; i < 20; i++) {
      store.set(`k${i}`, answer, { size });
      if (i === 10) store.get('k0');
    }
    expect(store.calculatedSize).toBeLessThanOrEqual(1000);
    expect(store.has('k19')).toBe(true);
    expect(store.has('k1')).toBe(false);
  });

  it('refuses an answer bigger than the whole store', () => {
    const store = localStore(100);
    store.set('big', { json: '{}' }, { size: 101 });
    expect(store.has('big')).toBe(false);
  });

  it('counts two bytes a character, twice (the JSON and its parsed copy)', () => {
    expect(sizeOf('{"data":{}}')).toBe(44);
  });
});
