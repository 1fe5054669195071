import { UrlSigner } from './signed-url.js';

const HANDOUT = '0b6b7c8e-52a4-4c55-9d0e-7f1c5f0e2a11';
const ACCOUNT = '5f0c0d1e-2b3a-4c4d-8e5f-6a7b8c9d0e1f';
const NOW = Date.UTC(2025, 0, 15, 9, 0, 0);

const parse = (query: string) => Object.fromEntries(new URLSearchParams(query));

describe('UrlSigner', () => {
  const signer = new UrlSigner('a-secret-of-at-least-thirty-two-characters', 300);

  it('opens the handout and format it was made for, as its account, until it expires', () => {
    const query = parse(signer.query(HANDOUT, 'PDF', ACCOUNT, NOW));
    expect(Object.keys(query)).toEqual(['expires', 'account', 'signature']);
    expect(signer.check(HANDOUT, 'PDF', query, NOW + 299_000)).toEqual({
      kind: 'valid',
      accountId: ACCOUNT,
    });
    expect(signer.check(HANDOUT, 'PDF', query, NOW + 300_000)).toEqual({ kind: 'expired' });
  });

  it('refuses it for another handout, another format, account or expiry, or another secret', () => {
    const query = parse(signer.query(HANDOUT, 'PDF', ACCOUNT, NOW));
    const other = '1b6b7c8e-52a4-4c55-9d0e-7f1c5f0e2a11';
    expect(signer.check(other, 'PDF', query, NOW).kind).toBe('invalid');
    expect(signer.check(HANDOUT, 'HTML', query, NOW).kind).toBe('invalid');
    expect(signer.check(HANDOUT, 'PDF', { ...query, account: other }, NOW).kind).toBe('invalid');
    const later = String(Number(query.expires) + 3600);
    expect(signer.check(HANDOUT, 'PDF', { ...query, expires: later }, NOW).kind).toBe('invalid');
    const stranger = new UrlSigner('another-secret-of-at-least-thirty-two-chars', 300);
    expect(stranger.check(HANDOUT, 'PDF', query, NOW).kind).toBe('invalid');
  });

  it('tells an unsigned request from a malformed one', () => {
    expect(signer.check(HANDOUT, 'PDF', {}, NOW)).toEqual({ kind: 'unsigned' });
    for (const query of [
      { signature: 'x' },
      { signature: ['a', 'b'], expires: '1', account: ACCOUNT },
      { signature: 'A'.repeat(43), expires: '-1', account: ACCOUNT },
      { signature: 'A'.repeat(43), expires: '1', account: 'Jane Doe' },
    ]) {
      expect(signer.check(HANDOUT, 'PDF', query, NOW)).toEqual({ kind: 'invalid' });
    }
  });
});
