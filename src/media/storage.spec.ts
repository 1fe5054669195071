import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { S3Client } from '@aws-sdk/client-s3';
import { loadConfig } from '../common/config/app-config.js';
import { S3Storage, s3ClientConfig } from './s3-storage.js';
import { LocalDiskStorage } from './storage.js';

const KEY = `${'ab'.repeat(32)}.png`;
const BYTES = Buffer.from('not really a png, storage does not look');

describe('LocalDiskStorage', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'media-spec-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('puts, gets, tells existence and deletes, leaving no temporary file', async () => {
    const storage = new LocalDiskStorage(dir);
    expect(await storage.exists(KEY)).toBe(false);
    expect(await storage.get(KEY)).toBeNull();
    await storage.put(KEY, BYTES);
    await storage.put(KEY, BYTES); // the same bytes again change nothing
    expect(await storage.exists(KEY)).toBe(true);
    expect((await storage.get(KEY))!.equals(BYTES)).toBe(true);
    expect(readdirSync(dir, { recursive: true }).map(String)).toEqual(['ab', join('ab', KEY)]);
    await storage.delete(KEY);
    await storage.delete(KEY);
    expect(await storage.exists(KEY)).toBe(false);
  });

  it('refuses anything but a content-hash key, so no path leaves the folder', async () => {
    const storage = new LocalDiskStorage(dir);
    for (const key of ['../../etc/passwd', `${'ab'.repeat(32)}.gif`, 'x.png']) {
      await expect(storage.get(key)).rejects.toThrow(/not a media storage key/);
    }
  });
});

/**
 * S3Storage against the real SDK with its HTTP handler replaced: requests are signed and
 * serialised as they would be sent, and answered here. No network, so no S3 server is needed;
 * what a real server (or MinIO) would say beyond these answers is not tested.
 */
describe('S3Storage (no network)', () => {
  interface Sent {
    method: string;
    hostname: string;
    port?: number;
    path: string;
    headers: Record<string, string>;
    body?: unknown;
  }
  type Answer = { statusCode: number; body?: string; headers?: Record<string, string> };

  function fake(answers: Answer[]) {
    const sent: Sent[] = [];
    const config = loadConfig({
      MEDIA_STORAGE: 's3',
      S3_BUCKET: 'clinic-media',
      S3_REGION: 'eu-central-1',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      S3_SECRET_ACCESS_KEY: 'secret-example',
      S3_FORCE_PATH_STYLE: 'true',
    }).media;
    const client = new S3Client({
      ...s3ClientConfig(config),
      maxAttempts: 1,
      requestHandler: {
        handle: async (request: Sent) => {
          sent.push(request);
          const answer = answers.shift() ?? { statusCode: 200 };
          return {
            response: {
              statusCode: answer.statusCode,
              headers: { 'content-type': 'application/xml', ...answer.headers },
              body: Readable.from([Buffer.from(answer.body ?? '')]),
            },
          };
        },
      },
    });
    return { storage: new S3Storage(client, 'clinic-media'), sent };
  }

  it('puts path-style, signed, with the type and the immutable cache policy', async () => {
    const { storage, sent } = fake([{ statusCode: 200 }]);
    await storage.put(KEY, BYTES, 'image/png');
    expect(sent).toHaveLength(1);
    const [put] = sent;
    expect(put).toMatchObject({
      method: 'PUT',
      hostname: '127.0.0.1',
      port: 9000,
      path: `/clinic-media/${KEY}`,
    });
    expect(put.headers['content-type']).toBe('image/png');
    expect(put.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(put.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-central-1\/s3\/aws4_request/,
    );
    expect(Buffer.from(put.body as Uint8Array).equals(BYTES)).toBe(true);
  });

  it('gets the bytes, and null for a missing key', async () => {
    const { storage, sent } = fake([
      { statusCode: 200, body: BYTES.toString(), headers: { 'content-type': 'image/png' } },
      {
        statusCode: 404,
        body: '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>gone</Message></Error>',
      },
    ]);
    expect((await storage.get(KEY))!.equals(BYTES)).toBe(true);
    expect(await storage.get(KEY)).toBeNull();
    expect(sent.map((r) => r.method)).toEqual(['GET', 'GET']);
  });

  it('tells existence with HEAD; other failures are errors, not "missing"', async () => {
    const { storage, sent } = fake([{ statusCode: 200 }, { statusCode: 404 }, { statusCode: 403 }]);
    expect(await storage.exists(KEY)).toBe(true);
    expect(await storage.exists(KEY)).toBe(false);
    await expect(storage.exists(KEY)).rejects.toBeDefined();
    expect(sent.map((r) => r.method)).toEqual(['HEAD', 'HEAD', 'HEAD']);
  });

  it('deletes, and never sends a key that is not a content hash', async () => {
    const { storage, sent } = fake([{ statusCode: 204 }]);
    await storage.delete(KEY);
    await expect(storage.put('../other-bucket/x', BYTES, 'image/png')).rejects.toThrow();
    expect(sent.map((r) => [r.method, r.path])).toEqual([['DELETE', `/clinic-media/${KEY}`]]);
  });
});
