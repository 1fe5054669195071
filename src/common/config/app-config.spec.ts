import { availableParallelism } from 'node:os';
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
    const config = loadConfig({
      PORT: '4000',
      SEED_ON_EMPTY: 'false',
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://exercises.clinic.example',
    });
    expect(config.PORT).toBe(4000);
    expect(config.SEED_ON_EMPTY).toBe(false);
    expect(config.introspection).toBe(false);
    expect(config.landingPage).toBe(false);
  });

  it('requires a signing secret in production and both halves of the first admin', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'JWT_SECRET: is required when NODE_ENV=production',
    );
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'PUBLIC_URL: is required when NODE_ENV=production',
    );
    expect(() => loadConfig({ CLINIC_LOGO: '/nowhere/logo.png' })).toThrow(
      'CLINIC_LOGO="/nowhere/logo.png": no such file',
    );
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.c' })).toThrow(
      'ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither',
    );
  });

  it('never echoes a secret it rejects', () => {
    let message = '';
    try {
      loadConfig({
        JWT_SECRET: 'short-secret-value',
        ADMIN_EMAIL: 'a@b.c',
        ADMIN_PASSWORD: 'tiny-pass',
        METRICS_TOKEN: 'tiny-token',
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('JWT_SECRET=(hidden): JWT_SECRET must be at least 32 characters');
    expect(message).toContain('ADMIN_PASSWORD=(hidden)');
    expect(message).toContain('METRICS_TOKEN=(hidden): METRICS_TOKEN must be at least 16');
    expect(message).not.toMatch(/short-secret-value|tiny-pass|tiny-token/);
  });

  it('chooses log level and format by NODE_ENV unless told', () => {
    expect([loadConfig({}).logLevel, loadConfig({}).logFormat]).toEqual(['info', 'pretty']);
    const test = loadConfig({ NODE_ENV: 'test' });
    expect([test.logLevel, test.logFormat]).toEqual(['warn', 'json']);
    const told = loadConfig({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' });
    expect([told.logLevel, told.logFormat]).toEqual(['debug', 'json']);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose', LOG_FORMAT: 'xml' })).toThrow(
      /LOG_LEVEL="verbose": must be one of fatal, error, warn, info, debug, trace, silent\n.*LOG_FORMAT="xml": must be json or pretty/,
    );
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

  it('prints in worker threads: all cores but one by default, a bounded queue and timeout', () => {
    const config = loadConfig({});
    expect(config.PRINT_WORKERS).toBe(Math.max(1, availableParallelism() - 1));
    expect(config.PRINT_QUEUE).toBe(16);
    expect(config.PRINT_TIMEOUT_MS).toBe(30000);
    expect(config.PRINT_WORKER_HEAP_MB).toBe(512);
    const set = loadConfig({ PRINT_WORKERS: '3', PRINT_QUEUE: '0', PRINT_TIMEOUT_MS: '5000' });
    expect([set.PRINT_WORKERS, set.PRINT_QUEUE, set.PRINT_TIMEOUT_MS]).toEqual([3, 0, 5000]);
    for (const [key, value] of [
      ['PRINT_WORKERS', '0'],
      ['PRINT_WORKERS', 'many'],
      ['PRINT_QUEUE', '-1'],
      ['PRINT_QUEUE', '1e9'],
      ['PRINT_TIMEOUT_MS', '10'],
      ['PRINT_WORKER_HEAP_MB', '8'],
    ]) {
      expect(() => loadConfig({ [key]: value })).toThrow(`- ${key}=`);
    }
  });
});
