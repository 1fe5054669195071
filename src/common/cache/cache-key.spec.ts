import { cacheKey, type CacheKeyParts } from './cache-key.js';

const base: CacheKeyParts = {
  version: '7',
  role: 'anonymous',
  queryHash: 'abc',
  operationName: 'Detail',
  variables: { slug: 'glute-bridge' },
};

describe('cacheKey', () => {
  it('is the same for the same request', () => {
    expect(cacheKey({ ...base })).toBe(cacheKey({ ...base, variables: { slug: 'glute-bridge' } }));
  });

  it.each<[string, Partial<CacheKeyParts>]>([
    ['version', { version: '8' }],
    ['role', { role: 'apiKey' }],
    ['document', { queryHash: 'abd' }],
    ['operation', { operationName: 'Other' }],
    ['no operation name', { operationName: undefined }],
    ['variables', { variables: { slug: 'clamshell' } }],
    ['locale', { variables: { slug: 'glute-bridge', locale: 'ES' } }],
    ['no variables', { variables: undefined }],
  ])('differs with the %s', (_what, change) => {
    expect(cacheKey({ ...base, ...change })).not.toBe(cacheKey(base));
  });

  it('keeps the parts apart rather than concatenating them', () => {
    const a = cacheKey({ ...base, queryHash: 'ab', operationName: 'cDetail' });
    const b = cacheKey({ ...base, queryHash: 'abc', operationName: 'Detail' });
    expect(a).not.toBe(b);
  });

  it('never shows a variable in the key', () => {
    const key = cacheKey({ ...base, variables: { query: 'María lunges' } });
    expect(key).not.toContain('Mar');
    expect(key).toMatch(/^[\w-]{43}$/);
  });
});
