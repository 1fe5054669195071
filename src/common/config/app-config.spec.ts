import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe('./.data');
    expect(config.introspection).toBe(true);
  });

  it('parses numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '4000', SEED_ON_EMPTY: 'false', NODE_ENV: 'production' });
    expect(config.PORT).toBe(4000);
    expect(config.SEED_ON_EMPTY).toBe(false);
    expect(config.introspection).toBe(false);
    expect(config.landingPage).toBe(false);
  });

  it('names every invalid variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT="abc"');
    expect(message).toContain('DATABASE_URL="mysql://x": must be a postgres://');
    expect(message).toContain('NODE_ENV="staging"');
  });
});
