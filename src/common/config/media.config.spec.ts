import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Storage } from '../../media/s3-storage.js';
import { LocalDiskStorage, storageFor } from '../../media/storage.js';
import { ConfigError, loadConfig } from './app-config.js';

describe('MediaConfig', () => {
  it('defaults to 5 MB on local disk under DATA_DIR/media', async () => {
    const config = loadConfig({}).media;
    expect(config.MEDIA_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(config.MEDIA_STORAGE).toBe('local');
    expect(config.dir).toBe(join('.data', 'media'));
    expect(await storageFor(config)).toBeInstanceOf(LocalDiskStorage);
  });

  it('caps pictures at 40 MP unless MEDIA_MAX_PIXELS says otherwise, refusing nonsense', () => {
    expect(loadConfig({}).media.MEDIA_MAX_PIXELS).toBe(40_000_000);
    expect(loadConfig({ MEDIA_MAX_PIXELS: '12000000' }).media.MEDIA_MAX_PIXELS).toBe(12e6);
    for (const bad of ['0', '-5', 'lots', '1e9', '300000000']) {
      expect(() => loadConfig({ MEDIA_MAX_PIXELS: bad })).toThrow(ConfigError);
    }
  });

  it('gives a throw-away database a throw-away folder, removed at shutdown', () => {
    const config = loadConfig({ DATA_DIR: 'memory://' }).media;
    expect(config.dir.startsWith(tmpdir())).toBe(true);
    config.cleanup();
    expect(() => readdirSync(config.dir)).toThrow();
  });

  it('refuses bad values with one line each, never echoing a secret', () => {
    const error = (() => {
      try {
        loadConfig({
          MEDIA_MAX_BYTES: 'lots',
          MEDIA_STORAGE: 's3',
          S3_ENDPOINT: 'minio:9000',
          S3_SECRET_ACCESS_KEY: 'hush',
        });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      expect.stringMatching(/^MEDIA_MAX_BYTES="lots"/),
      'S3_ENDPOINT="minio:9000": S3_ENDPOINT must be an http(s):// URL',
      'S3_BUCKET: is required when MEDIA_STORAGE=s3',
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither',
    ]);
    expect(error!.message).not.toContain('hush');
  });

  it('selects S3 with MEDIA_STORAGE=s3', async () => {
    const config = loadConfig({ MEDIA_STORAGE: 's3', S3_BUCKET: 'clinic-media' }).media;
    const storage = await storageFor(config);
    expect(storage).toBeInstanceOf(S3Storage);
    storage.close?.();
  });
});

describe('loadConfig: media is a section of the one configuration', () => {
  it('reports every problem of the configuration at once, media and the rest together', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'abc',
        MEDIA_STORAGE: 'ftp',
        JWT_SECRET: 'short',
        S3_ACCESS_KEY_ID: 'AK',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.split(/[=:]/)[0])).toEqual([
      'PORT',
      'JWT_SECRET',
      'MEDIA_STORAGE',
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    ]);
    expect(error!.message).not.toContain('short');
  });

  it('touches no disk when read: the throw-away folder is made on first use', () => {
    const { media } = loadConfig({ DATA_DIR: 'memory://' });
    // Not made yet (print-schema and refused configurations leave nothing behind)...
    expect((media as unknown as { folder?: string }).folder).toBeUndefined();
    // ...made when storage first asks, inside the system's temporary folder, once.
    expect(media.dir.startsWith(tmpdir())).toBe(true);
    expect(readdirSync(media.dir)).toEqual([]);
    expect(media.dir).toBe(media.dir);
    media.cleanup();
    expect(() => readdirSync(media.dir)).toThrow();
    const placed = loadConfig({ DATA_DIR: '/srv/data', MEDIA_DIR: '/srv/pictures' }).media;
    expect(placed.dir).toBe('/srv/pictures');
    expect(loadConfig({ DATA_DIR: '/srv/data' }).media.dir).toBe(join('/srv/data', 'media'));
  });
});
