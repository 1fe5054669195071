import { mayScrape, metricsAccess } from './metrics-access.js';

const TOKEN = 'scrape-token-0123456789';

describe('metricsAccess', () => {
  it('is open outside production and absent in production without a token', () => {
    expect(metricsAccess({ production: false }).kind).toBe('open');
    expect(metricsAccess({ production: true }).kind).toBe('hidden');
    expect(mayScrape(metricsAccess({ production: false }), undefined)).toBe(true);
  });

  it('asks for the token, when there is one, in production or not', () => {
    for (const production of [true, false]) {
      const access = metricsAccess({ production, METRICS_TOKEN: TOKEN });
      expect(access.kind).toBe('token');
      expect(mayScrape(access, `Bearer ${TOKEN}`)).toBe(true);
      expect(mayScrape(access, `bearer ${TOKEN}`)).toBe(true);
      for (const wrong of [undefined, '', TOKEN, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, 'Bearer ']) {
        expect(mayScrape(access, wrong)).toBe(false);
      }
    }
  });
});
