import { loadConfig } from './app-config.js';
import { LOCALHOST_ORIGIN, parseCorsOrigins } from './cors-origins.js';

describe('CORS_ORIGINS', () => {
  it('allows no other origin by default in production, any localhost port otherwise', () => {
    expect(parseCorsOrigins(undefined, true)).toEqual({ value: [] });
    expect(parseCorsOrigins('', false)).toEqual({ value: [LOCALHOST_ORIGIN] });
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
      expect(LOCALHOST_ORIGIN.test(origin)).toBe(true);
    }
    for (const origin of ['http://localhost.evil.example', 'http://evil.example/localhost']) {
      expect(LOCALHOST_ORIGIN.test(origin)).toBe(false);
    }
  });

  it('reads a list of origins, and none', () => {
    expect(parseCorsOrigins(' https://app.clinic.example , http://localhost:5173', true)).toEqual({
      value: ['https://app.clinic.example', 'http://localhost:5173'],
    });
    expect(parseCorsOrigins('none', false)).toEqual({ value: [] });
  });

  it.each([
    '*',
    'app.clinic.example',
    'https://app.clinic.example/',
    'https://a.example/x',
    'ftp://a',
  ])('refuses %j at start-up', (raw) => {
    expect(() => loadConfig({ CORS_ORIGINS: raw })).toThrow(/CORS_ORIGINS=/);
  });

  it('reaches AppConfig', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(32),
        PUBLIC_URL: 'https://a.example',
      }).corsOrigins,
    ).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.clinic.example' }).corsOrigins).toEqual([
      'https://app.clinic.example',
    ]);
  });
});
