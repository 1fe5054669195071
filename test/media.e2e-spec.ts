import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import sharp from 'sharp';
import { MediaConfig } from '../src/common/config/media.config.js';
import { MediaRepository } from '../src/media/media.repository.js';
import { MediaService } from '../src/media/media.service.js';
import { RequestContext } from '../src/common/context/request-context.js';
import { MEDIA_STORAGE, type MediaStorage } from '../src/media/storage.js';
import { fixturePhoto } from './support/dataset.js';
import { exerciseInput } from './support/fixtures.js';
import { type Caller, onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { ownStatements } from './support/statements.js';
import { apiKeyFor } from './support/factories.js';
import { png } from './support/uploads.js';
import { graphql } from './graphql/index.js';
import type { AddExerciseVideoInput, ExerciseMediaQuery } from './graphql/graphql.js';

/** A JPEG of 850 x 567 from the repository's free-exercise-db fixture (a stand-in, never modified). */
const photo = (id: string) => fixturePhoto(id);

/** Low enough for a test to exceed cheaply, above every photo of the data set (< 80 kB). */
const MAX_BYTES = 100 * 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The smallest lossless WebP (1 x 1), and a 1 x 1 GIF: a real image of a refused type. */
const WEBP = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

const EXERCISE_MEDIA = graphql(`
  query ExerciseMedia($id: ID!) {
    exercise(by: { id: $id }) {
      media {
        id
        kind
        position
        url
        mime
        width
        height
        bytes
        altText
        credit
        licence
        poster {
          id
          url
        }
      }
    }
  }
`);
const ADD_VIDEO = graphql(`
  mutation MediaAddVideo($input: AddExerciseVideoInput!) {
    addExerciseVideo(input: $input) {
      id
      kind
      position
      url
      mime
      width
      height
      bytes
      altText
      credit
      licence
      poster {
        id
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation MediaRemove($id: ID!) {
    deleteExerciseMedia(input: { id: $id }) {
      deletedMediaId
      exercise {
        media {
          id
          position
        }
      }
    }
  }
`);

/** The upload endpoint answers the media as GraphQL shows it, or an error's code and field. */
type Media = NonNullable<ExerciseMediaQuery['exercise']>['media'][number];
interface Upload {
  status: number;
  body: Omit<Media, 'poster'> & { code?: string; field?: string; message?: string };
}

describe('media: pictures and video links of exercises', () => {
  let t: TestApp;
  let published: { id: string; slug: string }[];

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true', MEDIA_MAX_BYTES: String(MAX_BYTES) });
    published = await t.dataSource.query(
      `SELECT id, slug FROM exercise WHERE status = 'PUBLISHED' ORDER BY name, id`,
    );
  });
  afterAll(() => t?.close());

  let drafts = 0;
  /** A fresh DRAFT exercise, visible to clinicians only. */
  async function draft(): Promise<string> {
    const res = await t.gql(
      graphql(`
        mutation MediaDraft($input: CreateExerciseInput!) {
          createExercise(input: $input) {
            id
          }
        }
      `),
      { input: exerciseInput({ slug: `media-draft-${++drafts}` }) },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise.id;
  }

  const headersOf = (as: Caller): Record<string, string> =>
    typeof as === 'object'
      ? as.headers
      : as === 'anonymous'
        ? {}
        : { authorization: `Bearer ${t.tokens[as]}` };

  async function upload(
    exerciseId: string,
    file: { bytes: Buffer; name?: string; type?: string } | null,
    fields: Record<string, string> = {},
    as: Caller = 'clinician',
  ): Promise<Upload> {
    const form = new FormData();
    if (file) {
      const blob = new Blob([new Uint8Array(file.bytes)], {
        type: file.type ?? 'application/octet-stream',
      });
      form.append('file', blob, file.name ?? 'photo.jpg');
    }
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    const res = await fetch(`${t.url}/media/exercises/${exerciseId}/images`, {
      method: 'POST',
      headers: headersOf(as),
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Upload['body'] };
  }

  const credited = {
    altText: 'Hips lifted, one knee bent',
    credit: 'free-exercise-db',
    licence: 'Unlicense',
  };

  async function mediaOf(exerciseId: string, as: Caller = 'clinician') {
    return t.gql(EXERCISE_MEDIA, { id: exerciseId }, as);
  }

  it('uploads a real photo and reads it back through GraphQL and HTTP, cacheable for ever', async () => {
    const bytes = photo('Single_Leg_Glute_Bridge');
    const exerciseId = await draft();
    const res = await upload(
      exerciseId,
      { bytes, name: 'bridge.jpg', type: 'image/jpeg' },
      credited,
    );
    expect(res.status).toBe(201);
    // What is stored is the photo decoded and encoded again, addressed by the hash of those bytes.
    // Absolute, like every URL the API returns, so a page on another origin can show it.
    const url = res.body.url;
    expect(url).toMatch(new RegExp(`^${t.url}/media/[0-9a-f]{64}\\.jpg$`));
    expect(res.body).toMatchObject({ kind: 'IMAGE', url, mime: 'image/jpeg', position: 0 });
    const file = await fetch(url);
    expect(file.status).toBe(200);
    const stored = Buffer.from(await file.arrayBuffer());
    expect(url).toBe(`${t.url}/media/${sha256(stored)}.jpg`);
    expect(stored.equals(bytes)).toBe(false);
    expect(await sharp(stored).metadata()).toMatchObject({
      format: 'jpeg',
      width: 850,
      height: 567,
    });

    const read = await mediaOf(exerciseId);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.exercise!.media).toEqual([
      {
        id: res.body.id,
        kind: 'IMAGE',
        position: 0,
        url,
        mime: 'image/jpeg',
        width: 850,
        height: 567,
        bytes: stored.length,
        poster: null,
        ...credited,
      },
    ]);

    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('cache-control')).toBe(IMMUTABLE);
    const etag = file.headers.get('etag');
    expect(etag).toBe(`"${sha256(stored)}"`);
    // fetch sends `cache-control: no-cache` with a conditional request unless told otherwise (a
    // no-cache request is never answered from cache); a browser revalidating sends max-age=0.
    const again = await fetch(url, {
      headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(IMMUTABLE);
    const head = await fetch(url, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(stored.length)]);

    for (const missing of [
      `/media/${'0'.repeat(64)}.jpg`,
      `/media/${sha256(stored)}.png`,
      '/media/x',
    ]) {
      const notFound = await fetch(`${t.url}${missing}`);
      expect({ missing, status: notFound.status }).toEqual({ missing, status: 404 });
      expect(await notFound.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('stores identical bytes once, however many exercises use them', async () => {
    const bytes = photo('Plank');
    const [a, b] = [await draft(), await draft()];
    const first = await upload(a, { bytes, type: 'image/jpeg' });
    const second = await upload(b, { bytes, type: 'image/jpeg' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.url).toBe(first.body.url);
    expect(second.body.id).not.toBe(first.body.id);
    const dir = t.running.app.get(MediaConfig).dir;
    const files = readdirSync(dir, { recursive: true }).map(String);
    const key = first.body.url.slice(`${t.url}/media/`.length);
    expect(files.filter((f) => f.includes(key.slice(0, 64)))).toHaveLength(1);
  });

  it('accepts PNG and WebP, recording their size', async () => {
    const exerciseId = await draft();
    const pngRes = await upload(exerciseId, { bytes: png(3, 2), name: 'a.png', type: 'image/png' });
    expect(pngRes.status).toBe(201);
    expect(pngRes.body).toMatchObject({ mime: 'image/png', width: 3, height: 2 });
    expect(pngRes.body.url).toMatch(new RegExp(`^${t.url}/media/[0-9a-f]{64}\\.png$`));
    const webp = await upload(exerciseId, { bytes: WEBP, name: 'b.webp', type: 'image/webp' });
    expect(webp.status).toBe(201);
    expect(webp.body).toMatchObject({ mime: 'image/webp', width: 1, height: 1 });
    const served = await fetch(webp.body.url);
    expect(served.headers.get('content-type')).toBe('image/webp');
  });

  it('refuses other types, by their bytes, naming the field', async () => {
    const exerciseId = await draft();
    const notAnImage = {
      code: 'BAD_USER_INPUT',
      field: 'file',
      message: 'file is not a JPEG, PNG or WebP image',
    };
    const text = Buffer.from('hello, I am a text file\n');
    for (const file of [
      { bytes: text, name: 'notes.txt', type: 'text/plain' },
      { bytes: GIF, name: 'anim.gif', type: 'image/gif' },
      // The name and the declared type lie: the bytes decide.
      { bytes: text, name: 'photo.jpg', type: 'image/jpeg' },
      { bytes: GIF, name: 'photo.png', type: 'image/png' },
    ]) {
      const res = await upload(exerciseId, file);
      expect({ name: file.name, status: res.status, body: res.body }).toEqual({
        name: file.name,
        status: 400,
        body: notAnImage,
      });
    }
    const truncated = await upload(exerciseId, {
      bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]),
    });
    expect(truncated.status).toBe(400);
    expect(truncated.body).toMatchObject({ field: 'file', message: expect.stringMatching(/JPEG/) });
    expect((await mediaOf(exerciseId)).body.data!.exercise!.media).toEqual([]);
  });

  it('stores a PNG sent as photo.jpg with image/jpeg as the PNG it is', async () => {
    const res = await upload(await draft(), {
      bytes: png(2, 2),
      name: 'photo.jpg',
      type: 'image/jpeg',
    });
    expect(res.status).toBe(201);
    expect(res.body.mime).toBe('image/png');
    expect(res.body.url).toMatch(/\.png$/);
  });

  it('refuses a file over the limit with 413, and a form without a file or with stray fields', async () => {
    const exerciseId = await draft();
    const big = Buffer.concat([photo('Barbell_Squat'), Buffer.alloc(MAX_BYTES)]);
    const tooBig = await upload(exerciseId, { bytes: big, type: 'image/jpeg' });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    expect(tooBig.body.message).toMatch(/larger than/);

    const noFile = await upload(exerciseId, null, { altText: 'x' });
    expect([noFile.status, noFile.body.field]).toEqual([400, 'file']);
    const stray = await upload(exerciseId, { bytes: png(1, 1) }, { caption: 'x' });
    expect([stray.status, stray.body.field]).toEqual([400, 'caption']);
    const long = await upload(exerciseId, { bytes: png(1, 1) }, { credit: 'c'.repeat(301) });
    expect([long.status, long.body.field]).toEqual([400, 'credit']);

    const unknown = await upload('7c0e2c1e-0000-4000-8000-000000000000', { bytes: png(1, 1) });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    const malformed = await upload('not-a-uuid', { bytes: png(1, 1) });
    expect([malformed.status, malformed.body.field]).toEqual([400, 'exerciseId']);
    expect((await mediaOf(exerciseId)).body.data!.exercise!.media).toEqual([]);
  });

  it('answers malformed requests with a JSON 400, never a 500', async () => {
    const exerciseId = await draft();
    const url = `${t.url}/media/exercises/${exerciseId}/images`;
    const auth = { authorization: `Bearer ${t.tokens.clinician}` };
    const boundary = 'x-boundary';
    const bodies: [string, string][] = [
      // A JSON body is no upload, whatever it holds.
      ['application/json', '{"file":"aGVsbG8="}'],
      ['multipart/form-data', '--x\r\n'],
      [
        `multipart/form-data; boundary=${boundary}`,
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG`,
      ],
      [`multipart/form-data; boundary=${boundary}`, 'no parts at all'],
    ];
    for (const [type, body] of bodies) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { ...auth, 'content-type': type },
        body,
      });
      expect({ type, status: res.status }).toEqual({ type, status: 400 });
      expect(((await res.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    }
    const twoFiles = new FormData();
    twoFiles.append('file', new Blob([new Uint8Array(png(1, 1))]), 'a.png');
    twoFiles.append('poster', new Blob([new Uint8Array(png(1, 1))]), 'b.png');
    const res = await fetch(url, { method: 'POST', headers: auth, body: twoFiles });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'poster' });
    const again = new FormData();
    for (const i of [1, 2]) again.append('file', new Blob([new Uint8Array(png(i, 1))]), `${i}.png`);
    const second = await fetch(url, { method: 'POST', headers: auth, body: again });
    expect([second.status, await second.json()]).toEqual([
      400,
      { code: 'BAD_USER_INPUT', field: 'file', message: 'send one file per upload' },
    ]);
  });

  it('keeps positions distinct under concurrent uploads to one exercise', async () => {
    const exerciseId = await draft();
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => upload(exerciseId, { bytes: png(30 + i, 1) })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const media = (await mediaOf(exerciseId)).body.data!.exercise!.media;
    expect(media.map((m) => m.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('leaves neither a row without its file nor a file without its row when a step fails', async () => {
    const exerciseId = await draft();
    const dir = t.running.app.get(MediaConfig).dir;
    // Stored under the hash of the cleaned bytes: the key put() was given.
    const stored = (key: string) =>
      readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith(key));
    const quiet = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const rows = t.running.app.get(MediaRepository);
    const storage = t.running.app.get<MediaStorage>(MEDIA_STORAGE);
    const insert = jest
      .spyOn(rows, 'appendImage')
      .mockRejectedValueOnce(new Error('connection lost'));
    const put = jest.spyOn(storage, 'put');
    try {
      // The file is written, then the row fails: the file is taken back.
      const first = png(40, 1);
      const failedRow = await upload(exerciseId, { bytes: first });
      expect([failedRow.status, failedRow.body]).toEqual([
        500,
        { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' },
      ]);
      expect(put).toHaveBeenCalledTimes(1);
      expect(stored(put.mock.calls[0][0])).toBe(false);
      // The file cannot be written: no row is.
      put.mockRejectedValueOnce(new Error('disk full'));
      const second = png(41, 1);
      expect((await upload(exerciseId, { bytes: second })).status).toBe(500);
      expect(put).toHaveBeenCalledTimes(2);
      expect(stored(put.mock.calls[1][0])).toBe(false);
      expect(insert).toHaveBeenCalledTimes(1);
      expect((await mediaOf(exerciseId)).body.data!.exercise!.media).toEqual([]);
    } finally {
      insert.mockRestore();
      put.mockRestore();
      quiet.mockRestore();
    }
    expect((await upload(exerciseId, { bytes: png(40, 1) })).status).toBe(201);
  });

  it('lets only clinicians and admins upload', async () => {
    const exerciseId = await draft();
    const file = { bytes: png(4, 4) };
    const anonymous = await upload(exerciseId, file, {}, 'anonymous');
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    // Refused before the body is read, however big it is.
    const big = { bytes: Buffer.concat([photo('Goblet_Squat'), Buffer.alloc(3 * MAX_BYTES)]) };
    expect((await upload(exerciseId, big, {}, 'anonymous')).status).toBe(401);
    const badToken = await upload(
      exerciseId,
      file,
      {},
      { headers: { authorization: 'Bearer nope' } },
    );
    expect([badToken.status, badToken.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const staff = await upload(exerciseId, file, {}, 'staff');
    expect([staff.status, staff.body.code]).toEqual([403, 'FORBIDDEN']);
    const key = await apiKeyFor(t, 'media test app');
    const app = await upload(exerciseId, file, {}, key.caller);
    expect([app.status, app.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await mediaOf(exerciseId)).body.data!.exercise!.media).toEqual([]);
    expect((await upload(exerciseId, file, {}, 'clinician')).status).toBe(201);
    expect((await upload(exerciseId, { bytes: png(4, 5) }, {}, 'admin')).status).toBe(201);
  });

  it('links https videos only, with a poster that is an image of the same exercise', async () => {
    const exerciseId = await draft();
    const image = await upload(exerciseId, { bytes: png(5, 5) });
    const video = (input: Omit<AddExerciseVideoInput, 'exerciseId'>, as: Caller = 'clinician') =>
      t.gql(ADD_VIDEO, { input: { exerciseId, ...input } }, as);

    for (const url of [
      'http://videos.example.com/bridge.mp4',
      'garbage',
      'javascript:alert(1)',
      'https://',
    ]) {
      const error = onlyError(await video({ url }));
      expect({ url, code: error.extensions?.code, fields: error.extensions?.fields }).toEqual({
        url,
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.url', message: 'url must be an https:// link' }],
      });
    }
    const ok = await video({
      url: 'https://videos.example.com/bridge.mp4',
      posterMediaId: image.body.id,
      ...credited,
    });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.addExerciseVideo).toMatchObject({
      kind: 'VIDEO',
      url: 'https://videos.example.com/bridge.mp4',
      position: 1,
      mime: null,
      width: null,
      poster: { id: image.body.id },
      ...credited,
    });

    const elsewhere = await upload(await draft(), { bytes: png(6, 6) });
    const badPosters = [elsewhere.body.id, ok.body.data!.addExerciseVideo.id];
    for (const posterMediaId of badPosters) {
      const error = onlyError(
        await video({ url: 'https://videos.example.com/2.mp4', posterMediaId }),
      );
      expect(error.extensions?.fields).toEqual([
        {
          field: 'input.posterMediaId',
          message: 'posterMediaId must be an image of the same exercise',
        },
      ]);
    }
    const https = { url: 'https://videos.example.com/3.mp4' };
    expect(onlyError(await video(https, 'staff')).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await video(https, 'anonymous')).extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await t.gql(ADD_VIDEO, {
      input: { ...https, exerciseId: '7c0e2c1e-0000-4000-8000-000000000000' },
    });
    expect(onlyError(unknown).extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps media in order: appended, moved, renumbered on removal', async () => {
    const exerciseId = await draft();
    const a = (await upload(exerciseId, { bytes: png(7, 1) })).body.id;
    const b = (await upload(exerciseId, { bytes: png(8, 1) })).body.id;
    const v = (
      await t.gql(ADD_VIDEO, {
        input: { exerciseId, url: 'https://videos.example.com/v.mp4', posterMediaId: a },
      })
    ).body.data!.addExerciseVideo.id;
    const order = async () =>
      (await mediaOf(exerciseId)).body.data!.exercise!.media.map((m) => [m.id, m.position]);
    expect(await order()).toEqual([
      [a, 0],
      [b, 1],
      [v, 2],
    ]);

    const UPDATE = graphql(`
      mutation MediaUpdate($input: UpdateExerciseMediaInput!) {
        updateExerciseMedia(input: $input) {
          id
          position
          altText
          credit
          licence
        }
      }
    `);
    const moved = await t.gql(UPDATE, {
      input: { id: v, position: 0, altText: 'Side view', credit: null },
    });
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data!.updateExerciseMedia).toMatchObject({
      position: 0,
      altText: 'Side view',
      credit: '',
    });
    expect(await order()).toEqual([
      [v, 0],
      [a, 1],
      [b, 2],
    ]);
    const outOfRange = onlyError(await t.gql(UPDATE, { input: { id: a, position: 3 } }));
    expect(outOfRange.extensions?.fields).toEqual([
      { field: 'input.position', message: 'position must be from 0 to 2' },
    ]);
    expect(
      onlyError(await t.gql(UPDATE, { input: { id: a, altText: 'x' } }, 'staff')).extensions?.code,
    ).toBe('FORBIDDEN');

    // Removing the poster leaves the video without one; its file goes once nothing uses it.
    const fileOfA = (await mediaOf(exerciseId)).body.data!.exercise!.media.find(
      (m) => m.id === a,
    )!.url;
    expect((await t.gql(REMOVE, { id: a })).body.data).toEqual({
      deleteExerciseMedia: {
        deletedMediaId: a,
        exercise: {
          media: [
            { id: v, position: 0 },
            { id: b, position: 1 },
          ],
        },
      },
    });
    expect(await order()).toEqual([
      [v, 0],
      [b, 1],
    ]);
    const after = (await mediaOf(exerciseId)).body.data!.exercise!.media;
    expect(after[0].poster).toBeNull();
    expect((await fetch(fileOfA)).status).toBe(404);
    expect(onlyError(await t.gql(REMOVE, { id: a })).extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps a file while another exercise still uses the same bytes', async () => {
    const bytes = png(9, 9);
    const first = await upload(await draft(), { bytes });
    const second = await upload(await draft(), { bytes });
    await t.gql(REMOVE, { id: first.body.id });
    expect((await fetch(second.body.url)).status).toBe(200);
  });

  it('shows media only with an exercise the viewer may see', async () => {
    const hidden = await draft();
    await upload(hidden, { bytes: png(10, 10) });
    for (const as of ['anonymous', 'staff'] as const) {
      expect((await mediaOf(hidden, as)).body).toEqual({ data: { exercise: null } });
    }
    const open = published[0].id;
    await upload(open, { bytes: png(11, 11) }, credited);
    const seen = await mediaOf(open, 'anonymous');
    expect(seen.body.data!.exercise!.media).toHaveLength(1);
    const list = await t.gql(
      graphql(`
        query MediaList {
          exercises(first: 100) {
            nodes {
              id
              media {
                url
              }
            }
          }
        }
      `),
      {},
      'anonymous',
    );
    expect(list.body.data!.exercises.nodes.map((n) => n.id)).not.toContain(hidden);
  });

  it('batches Exercise.media and posters: a page costs the same statements for 10 or 50', async () => {
    for (const [i, exercise] of published.slice(0, 50).entries()) {
      if (i % 5 !== 0) continue;
      const image = await upload(exercise.id, { bytes: png(20 + i, 3) }, credited);
      await t.gql(ADD_VIDEO, {
        input: {
          exerciseId: exercise.id,
          url: `https://videos.example.com/${i}.mp4`,
          posterMediaId: image.body.id,
          ...credited,
        },
      });
    }
    const query = graphql(`
      query MediaPage($first: Int) {
        exercises(first: $first) {
          nodes {
            slug
            media {
              kind
              url
              width
              poster {
                url
                width
              }
            }
          }
        }
      }
    `);
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    const statements = async (first: number) => {
      spy.mockClear();
      const res = await t.gql(query, { first }, 'anonymous');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.exercises.nodes).toHaveLength(first);
      expect(res.body.data!.exercises.nodes.some((n) => n.media.some((m) => m.poster))).toBe(true);
      return ownStatements(spy.mock.calls).length;
    };
    try {
      const ten = await statements(10);
      const fifty = await statements(50);
      // the page, one query for the media of the whole page, one for the posters
      expect(fifty).toBe(ten);
      expect(fifty).toBeLessThanOrEqual(3);
      console.info(`statements for a page with media and posters: 10 -> ${ten}, 50 -> ${fifty}`);
    } finally {
      spy.mockRestore();
    }
  });

  it('tells the publishing workflow which media lack alt text, credit or licence', async () => {
    const exerciseId = await draft();
    const service = t.running.app.get(MediaService);
    expect(await service.publishProblems(RequestContext.system(), exerciseId)).toEqual([]);
    await upload(exerciseId, { bytes: png(12, 1) }, credited);
    await upload(exerciseId, { bytes: png(13, 1) }, { credit: 'Clinic', licence: 'CC BY 4.0' });
    await t.gql(ADD_VIDEO, {
      input: { exerciseId, url: 'https://videos.example.com/p.mp4', altText: '  ' },
    });
    expect(await service.publishProblems(RequestContext.system(), exerciseId)).toEqual([
      'media 2 needs alt text',
      'media 3 needs alt text, a credit and a licence',
    ]);
  });
});
