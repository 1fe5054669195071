import { verifySeedPictures } from './support/factories.js';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import sharp from 'sharp';
import { checkImage, sniffImage } from '../src/media/image.js';
import { MediaChecker } from '../src/media/media-check.js';
import { MediaConfig } from '../src/common/config/media.config.js';
import { MEDIA_STORAGE, type MediaStorage } from '../src/media/storage.js';
import { LibrarySeeder, SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { exerciseInput } from './support/fixtures.js';
import {
  awkwardButValid,
  hostile,
  jpegSideways,
  jpegWithGps,
  PAYLOAD,
  polyglots,
} from './support/images.js';
import { pdfText, squash } from './support/pdf.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { ImageSafetyIssueHandoutMutation } from './graphql/graphql.js';

const PATIENT = 'Zoë Hostile-Picture';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The metadata blocks sharp finds in a file: all undefined once cleaned. */
const metadataOf = async (bytes: Buffer) => {
  const { exif, xmp, iptc, icc } = await sharp(bytes).metadata();
  return { exif, xmp, iptc, icc };
};
const NO_METADATA = { exif: undefined, xmp: undefined, iptc: undefined, icc: undefined };

interface Uploaded {
  status: number;
  body: { id?: string; url?: string; width?: number; height?: number; mime?: string } & {
    code?: string;
    field?: string;
    message?: string;
  };
}

describe('pictures cannot take the service down', () => {
  let t: TestApp;
  let storage: MediaStorage;
  let drafts = 0;

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    storage = t.running.app.get<MediaStorage>(MEDIA_STORAGE);
  });
  afterAll(() => t?.close());

  async function draft(): Promise<string> {
    const res = await t.gql(
      graphql(`
        mutation ImageSafetyDraft($input: CreateExerciseInput!) {
          createExercise(input: $input) {
            id
          }
        }
      `),
      { input: exerciseInput({ slug: `image-safety-${++drafts}` }) },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise.id;
  }

  async function upload(exerciseId: string, bytes: Buffer, name = 'photo.png'): Promise<Uploaded> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
    const res = await fetch(`${t.url}/media/exercises/${exerciseId}/images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.tokens.clinician}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Uploaded['body'] };
  }

  async function served(url: string): Promise<Buffer> {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  /** The service still answers an ordinary query. */
  async function stillServing() {
    const res = await t.gql(
      graphql(`
        query ImageSafetyStillServing {
          exercises(first: 1) {
            totalCount
          }
        }
      `),
      {},
      'anonymous',
    );
    expect(res.status).toBe(200);
    expect(res.body.data!.exercises.totalCount).toBeGreaterThan(0);
  }

  describe('uploads are decoded, not sniffed', () => {
    it('refuses every hostile variant with a 400 naming file, storing nothing', async () => {
      const exerciseId = await draft();
      const put = jest.spyOn(storage, 'put');
      try {
        const variants = Object.entries(await hostile());
        // One at a time, then all at once.
        for (const [name, bytes] of variants) {
          const res = await upload(exerciseId, bytes, `${name}.png`);
          expect({ name, status: res.status, code: res.body.code, field: res.body.field }).toEqual({
            name,
            status: 400,
            code: 'BAD_USER_INPUT',
            field: 'file',
          });
          expect(res.body.message).toMatch(/^file /);
        }
        const together = await Promise.all(variants.map(([, bytes]) => upload(exerciseId, bytes)));
        expect(together.map((r) => r.status)).toEqual(variants.map(() => 400));
        expect(put).not.toHaveBeenCalled();
      } finally {
        put.mockRestore();
      }
      const rows = await t.dataSource.query('SELECT id FROM media WHERE exercise_id = $1', [
        exerciseId,
      ]);
      expect(rows).toEqual([]);
      await stillServing();
    });

    it('names a decompression bomb by the size it declares, before decoding it', async () => {
      const res = await upload(await draft(), (await hostile())['png bomb 100000x100000']);
      expect(res.body).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'file',
        message: 'file is 100000×100000 pixels: at most 40,000,000 pixels are accepted',
      });
    });

    it('stores the hard but valid forms re-encoded: each decodes whole, without metadata', async () => {
      const maxPixels = t.running.app.get(MediaConfig).MEDIA_MAX_PIXELS;
      for (const [name, bytes] of Object.entries(await awkwardButValid())) {
        // One exercise each: forms of one picture that clean to the same bytes would be one item.
        const res = await upload(await draft(), bytes, `${name}.jpg`);
        expect([name, res.status]).toEqual([name, 201]);
        const stored = await served(res.body.url!);
        expect([name, res.body.url]).toEqual([
          name,
          `${t.url}/media/${sha256(stored)}.${sniffImage(bytes)!.ext}`,
        ]);
        expect([name, await checkImage(stored, maxPixels)]).toEqual([
          name,
          { problem: null, metadata: false },
        ]);
        const meta = await sharp(stored).metadata();
        expect([name, meta.width, meta.height]).toEqual([name, res.body.width, res.body.height]);
      }
    });

    it('strips EXIF with its GPS position: read back with sharp, nothing of it is left', async () => {
      const original = await jpegWithGps();
      expect((await metadataOf(original)).exif).toBeDefined();
      expect(original.includes('SpyCam')).toBe(true);
      const [a, b] = [await draft(), await draft()];
      const res = await upload(a, original, 'holiday.jpg');
      expect([res.status, res.body.mime]).toEqual([201, 'image/jpeg']);
      const stored = await served(res.body.url!);
      expect(await metadataOf(stored)).toEqual(NO_METADATA);
      expect(stored.includes('SpyCam')).toBe(false);
      expect(stored.includes('patient at home')).toBe(false);
      // The same upload again is the same stored file (re-encoding is deterministic).
      const again = await upload(b, original, 'again.jpg');
      expect(again.body.url).toBe(res.body.url);
    });

    it('turns a sideways photo upright rather than keeping its orientation tag', async () => {
      const res = await upload(await draft(), await jpegSideways(), 'sideways.jpg');
      expect(res.body).toMatchObject({ width: 20, height: 40 });
      const meta = await sharp(await served(res.body.url!)).metadata();
      expect([meta.width, meta.height, meta.orientation]).toEqual([20, 40, undefined]);
    });

    it('never stores what a polyglot hides after or inside a valid picture', async () => {
      for (const [name, bytes] of Object.entries(await polyglots())) {
        expect(bytes.includes(PAYLOAD)).toBe(true);
        // One exercise each: polyglots of one picture clean to the same bytes, one item.
        const res = await upload(await draft(), bytes, `${name}.html`);
        expect([name, res.status]).toEqual([name, 201]);
        const stored = await served(res.body.url!);
        expect([name, stored.includes(PAYLOAD), stored.includes('PK\x03\x04')]).toEqual([
          name,
          false,
          false,
        ]);
      }
    });
  });

  describe('hostile pictures stored before uploads were decoded, in an issued handout', () => {
    /**
     * Seed exercises without pictures of their own (the old runner's knee template's), printed
     * with two that have a seed photo. Named here rather than taken from a template, whose
     * exercises change with the clinic's content.
     */
    const PICTURED = ['split-squat', 'side-plank'];
    const TARGETS = [
      'spanish-squat',
      'glute-bridge',
      'side-lying-hip-abduction',
      'clamshell',
      'lateral-band-walk',
      'side-plank-on-knees',
      'single-leg-balance',
    ];
    const CLASSES = [
      'png zlib garbage',
      'png truncated IDAT',
      'png rgba hostile length',
      'png bad CRC',
      'png bomb 100000x100000',
      'jpeg truncated',
      'webp garbage',
    ];
    const planted = new Map<string, Buffer>();
    let handout: ImageSafetyIssueHandoutMutation['issueHandout'];
    const warnings: string[] = [];
    let warn: ReturnType<typeof jest.spyOn>;

    beforeAll(async () => {
      warn = jest
        .spyOn(Logger.prototype, 'warn')
        .mockImplementation((message: unknown) => void warnings.push(String(message)));
      const bad = await hostile();
      for (const [i, slug] of TARGETS.entries()) {
        const bytes = bad[CLASSES[i]];
        const format = sniffImage(bytes)!;
        const key = `${sha256(bytes)}.${format.ext}`;
        planted.set(key, bytes);
        // As an upload before this fix would have left it: the bytes, and a row naming them.
        await storage.put(key, bytes, format.mime);
        await t.dataSource.query(
          `INSERT INTO media (exercise_id, position, kind, sha256, mime, width, height, bytes,
             storage_key, alt_text, credit, licence, licence_verified)
           SELECT id, 0, 'IMAGE', $2, $3, 64, 48, $4, $5, 'A picture', 'Clinic', 'Own', true
           FROM exercise WHERE slug = $1`,
          [slug, sha256(bytes), format.mime, bytes.length, key],
        );
      }
      // The seed photos count as confirmed here, so that the handout prints them.
      await verifySeedPictures(t);
      const exercises: { id: string; slug: string }[] = await t.dataSource.query(
        'SELECT id, slug FROM exercise WHERE slug = ANY($1)',
        [[...TARGETS, ...PICTURED]],
      );
      const items = [...TARGETS, ...PICTURED].map((slug) => ({
        exerciseId: exercises.find((e) => e.slug === slug)!.id,
        sets: 3,
        reps: 10,
        sessionsPerWeek: 3,
      }));
      const accounts = await t.gql(
        graphql(`
          query ImageSafetyAccounts {
            accounts {
              id
              role
            }
          }
        `),
        {},
        'admin',
      );
      const clinicianId = accounts.body.data!.accounts.find((a) => a.role === 'CLINICIAN')!.id;
      const res = await t.gql(
        graphql(`
          mutation ImageSafetyIssueHandout($input: IssueHandoutInput!) {
            issueHandout(input: $input) {
              id
              links {
                url
              }
            }
          }
        `),
        {
          input: {
            items,
            patientName: PATIENT,
            clinicianId,
            locale: 'EN',
            issuedOn: '2026-11-30',
          },
        },
        'staff',
      );
      expect(res.body.errors).toBeUndefined();
      handout = res.body.data!.issueHandout;
    });
    afterAll(() => warn.mockRestore());

    async function pdf(path: string, staff: boolean) {
      const res = await fetch(path.startsWith('http') ? path : `${t.url}${path}`, {
        headers: staff ? { authorization: `Bearer ${t.tokens.staff}` } : {},
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await res.arrayBuffer());
      return { bytes, skipped: res.headers.get('x-handout-pictures-skipped') };
    }

    it('prints the team PDF and the share-link PDF, leaving the hostile pictures out', async () => {
      const team = await pdf(`/handouts/${handout.id}/pdf`, true);
      const link = await pdf(`${handout.links[0].url}/pdf`, false);
      for (const printed of [team, link]) {
        expect(printed.skipped).toBe(String(TARGETS.length));
        // The two seed photos (PICTURED) are still printed, as JPEGs.
        expect(printed.bytes.toString('latin1').match(/\/DCTDecode/g)).toHaveLength(2);
        expect(printed.bytes.toString('latin1')).not.toMatch(/\/FlateDecode\s*\/DecodeParms/);
      }
      const text = squash((await pdfText(team.bytes)).text);
      expect(text).toContain(squash(PATIENT));
      expect(text).toContain('Clamshell');
      await stillServing();
    });

    it('keeps serving while a share-link holder opens it again and again', async () => {
      const opens = await Promise.all(
        Array.from({ length: 6 }, () => pdf(`${handout.links[0].url}/pdf`, false)),
      );
      expect(opens.map((o) => o.skipped)).toEqual(opens.map(() => String(TARGETS.length)));
      // The same bytes each time: the handout is frozen.
      expect(new Set(opens.map((o) => sha256(o.bytes))).size).toBe(1);
      await stillServing();
    });

    it('logs each skipped picture by its key, never with the patient', () => {
      for (const key of planted.keys()) {
        expect(warnings.some((w) => w.includes(key) && /left out of the PDF/.test(w))).toBe(true);
      }
      expect(warnings.join('\n')).not.toContain(PATIENT);
    });

    it('media:check reports and marks them without changing a byte; they are then neither served nor linked', async () => {
      const checker = t.running.app.get(MediaChecker);
      const dry = await checker.run({ dryRun: true });
      expect(dry.rowsMarked).toBe(0);
      expect(new Set(dry.damaged.map((d) => d.key))).toEqual(new Set(planted.keys()));
      const key = [...planted.keys()][0];
      expect((await fetch(`${t.url}/media/${key}`)).status).toBe(200);

      const report = await checker.run();
      expect(report.rowsMarked).toBe(TARGETS.length);
      expect(report.missing).toEqual([]);
      // The seed library's own photos and the uploads above all decode.
      expect(report.checked).toBeGreaterThan(20 + TARGETS.length);
      for (const [stored, bytes] of planted) {
        expect((await storage.get(stored))!.equals(bytes)).toBe(true);
        const res = await fetch(`${t.url}/media/${stored}`);
        expect([stored, res.status]).toEqual([stored, 404]);
      }
      const page = await fetch(`${t.url}/handouts/${handout.id}/print`, {
        headers: { authorization: `Bearer ${t.tokens.staff}` },
      });
      const html = await page.text();
      expect(page.status).toBe(200);
      for (const stored of planted.keys()) expect(html).not.toContain(stored);
      expect((await pdf(`/handouts/${handout.id}/pdf`, true)).skipped).toBe(String(TARGETS.length));
      // Run again: nothing changes.
      expect((await checker.run()).rowsMarked).toBe(0);
    });
  });

  describe('seeding checks the pictures it loads', () => {
    let folder: string;
    let other: TestApp;
    beforeAll(async () => {
      other = await startTestApp();
      folder = mkdtempSync(join(tmpdir(), 'seed-images-'));
      cpSync(SEEDS_DIR, folder, { recursive: true });
    });
    afterAll(async () => {
      await other?.close();
      rmSync(folder, { recursive: true, force: true });
    });

    /** The seed folder with the first picture of media.json replaced by `bytes`. */
    function plant(bytes: Buffer, ext: string, name = `${sha256(bytes)}.${ext}`) {
      const file = join(folder, 'media.json');
      const records = JSON.parse(readFileSync(join(SEEDS_DIR, 'media.json'), 'utf8'));
      records[0].storageKey = name;
      writeFileSync(file, JSON.stringify(records));
      writeFileSync(join(folder, 'media', name), bytes);
      return records[0].exercise as string;
    }

    it('refuses a damaged picture, and one whose bytes do not match its name', async () => {
      const seeder = other.running.app.get(LibrarySeeder);
      const bad = (await hostile())['png zlib garbage'];
      plant(bad, 'png');
      await expect(seeder.seed(folder)).rejects.toThrow(
        new RegExp(`${sha256(bad)}\\.png: damaged or incomplete`),
      );
      const good = await sharp({
        create: { width: 8, height: 8, channels: 3, background: '#08f' },
      })
        .png()
        .toBuffer();
      plant(good, 'png', `${'0'.repeat(64)}.png`);
      await expect(seeder.seed(folder)).rejects.toThrow(/do not match its name/);
      const rows = await other.dataSource.query('SELECT count(*)::int AS n FROM media');
      expect(rows[0].n).toBe(0);
    });

    it('cleans a picture that still carries metadata, under its new key', async () => {
      const seeder = other.running.app.get(LibrarySeeder);
      const gps = await jpegWithGps();
      const slug = plant(gps, 'jpg');
      await seeder.seed(folder);
      const [row] = await other.dataSource.query(
        `SELECT m.storage_key AS key FROM media m JOIN exercise e ON e.id = m.exercise_id
         WHERE e.slug = $1 AND m.position = 0`,
        [slug],
      );
      expect(row.key).not.toBe(`${sha256(gps)}.jpg`);
      const res = await fetch(`${other.url}/media/${row.key}`);
      const stored = Buffer.from(await res.arrayBuffer());
      expect(row.key).toBe(`${sha256(stored)}.jpg`);
      expect(await metadataOf(stored)).toEqual(NO_METADATA);
    });
  });
});
