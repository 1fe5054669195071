import { loadConfig } from './app-config.js';
import { parseTrustProxy } from './trust-proxy.js';

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.10', ['10.0.0.0/8', '192.168.1.10']],
    ['loopback,uniquelocal,::1', ['loopback', 'uniquelocal', '::1']],
  ])('reads %j', (raw, value) => {
    expect(parseTrustProxy(raw)).toEqual({ value });
  });

  it.each(['true', 'proxy.local', '10.0.0.0/33', '999', '1.2.3.4/8/1', 'loopback; rm'])(
    'refuses %j at start-up',
    (raw) => {
      expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(/TRUST_PROXY=/);
    },
  );

  it('is off by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
  });
});

describe('ADMIN_PASSWORD', () => {
  it.each([' '.repeat(12), 'passwordpass', 'admin@clinic.test', 'Password1234'])(
    'refuses a weak one at start-up, without echoing it',
    (password) => {
      let message = '';
      try {
        loadConfig({ ADMIN_EMAIL: 'admin@clinic.test', ADMIN_PASSWORD: password });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain('ADMIN_PASSWORD=(hidden): ADMIN_PASSWORD');
      if (password.trim()) expect(message).not.toContain(password);
    },
  );

  it('accepts a real passphrase', () => {
    expect(
      loadConfig({ ADMIN_EMAIL: 'a@clinic.test', ADMIN_PASSWORD: 'correct horse battery staple' })
        .ADMIN_PASSWORD,
    ).toBe('correct horse battery staple');
  });
});
