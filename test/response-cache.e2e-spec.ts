import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createApp, type RunningApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/common/config/app-config.js';
import { apiKeyFor } from './support/factories.js';
import { png, uploadImage } from './support/uploads.js';
import { ADMIN, type Caller, startTestApp, type TestApp } from './support/test-app.js';

const DETAIL = `query CacheDetail($slug: String!) {
  exercise(by: { slug: $slug }) { id name version status }
}`;
const LOCALIZED = `query CacheLocalized($slug: String!, $locale: Locale!) {
  exercise(by: { slug: $slug }) { localized(locale: $locale) { name } }
}`;
const RENAME = `mutation CacheRename($input: UpdateExerciseInput!) {
  updateExercise(input: $input) { name version }
}`;
const ARCHIVE = `mutation CacheArchive($id: ID!, $v: Int!) {
  archiveExercise(input: { id: $id, expectedVersion: $v }) { status }
}`;
const SLUG = 'glute-bridge';
/** Invalidation across instances and processes must take less than this. */
const WITHIN_MS = 1000;
const REDIS_URL = 'redis://127.0.0.1:6379';

type Detail = { exercise: { id: string; name: string; version: number; status: string } | null };

async function read(t: TestApp, as: Caller = 'anonymous', slug = SLUG) {
  const res = await t.gql<Detail>(DETAIL, { slug }, as);
  expect(res.body.errors).toBeUndefined();
  return { exercise: res.body.data!.exercise, cache: res.headers!.get('x-cache') };
}

/** Reads until `done` holds or the deadline passes; the last read either way. */
async function readUntil(t: TestApp, done: (e: Detail['exercise']) => boolean) {
  const deadline = Date.now() + WITHIN_MS;
  for (;;) {
    const { exercise } = await read(t);
    if (done(exercise) || Date.now() > deadline) return exercise;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function rename(t: TestApp, name: string) {
  const { exercise } = await read(t, 'clinician');
  const res = await t.gql<{ updateExercise: { name: string } }>(RENAME, {
    input: { id: exercise!.id, expectedVersion: exercise!.version, name },
  });
  expect(res.body.errors).toBeUndefined();
}

/** A second instance of the service on the first one's database (server engine only). */
async function secondInstance(t: TestApp, env: Record<string, string> = {}) {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: 'memory://',
    SEED_ON_EMPTY: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'test-secret-that-is-at-least-32-characters',
    ...env,
    DATABASE_URL: String((t.dataSource.options as { url?: string }).url ?? ''),
  });
  const running: RunningApp = await createApp(config);
  await running.app.listen(0, '127.0.0.1');
  const url = `${await running.app.getUrl()}`.replace('[::1]', '127.0.0.1');
  const other = { ...t, url, running } as TestApp;
  other.gql = (async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  }) as TestApp['gql'];
  return other;
}

describe('the response cache', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
  });
  afterAll(() => t?.close());

  it('serves a repeated anonymous query from the cache, with the same answer', async () => {
    const first = await read(t, 'anonymous', 'clamshell');
    const second = await read(t, 'anonymous', 'clamshell');
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(second.exercise).toEqual(first.exercise);
    expect(second.exercise?.name).toBeTruthy();
  });

  it('serves GET through Apollo, with the Cache-Control a CDN may share', async () => {
    const url = `${t.url}/graphql?${new URLSearchParams({
      query: DETAIL,
      variables: JSON.stringify({ slug: 'single-leg-balance' }),
    })}`;
    const get = () => fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    const first = await get();
    const second = await get();
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=/);
    expect(await second.json()).toEqual(await first.json());
  });

  it('keeps apps and anonymous callers apart, and caches for apps too', async () => {
    const app = (await apiKeyFor(t, 'cache app')).caller;
    await read(t, 'anonymous', 'wall-sit');
    expect((await read(t, app, 'wall-sit')).cache).toBe('miss');
    expect((await read(t, app, 'wall-sit')).cache).toBe('hit');
  });

  it('never shares an entry between different variables or locales', async () => {
    const bridge = await read(t, 'anonymous', 'side-plank');
    const other = await read(t, 'anonymous', 'split-squat');
    expect(other.cache).toBe('miss');
    expect(other.exercise?.id).not.toBe(bridge.exercise?.id);
    const inLocale = (locale: string) =>
      t.gql<{ exercise: { localized: { name: string } } }>(
        LOCALIZED,
        { slug: 'side-plank', locale },
        'anonymous',
      );
    const es = await inLocale('ES');
    expect((await inLocale('ES')).headers!.get('x-cache')).toBe('hit');
    const en = await inLocale('EN');
    expect(en.headers!.get('x-cache')).toBe('miss');
    expect(en.body.data!.exercise.localized.name).not.toBe(es.body.data!.exercise.localized.name);
  });

  it('never caches a signed-in answer, nor a refused token’s', async () => {
    for (const as of ['clinician', 'admin', { headers: { authorization: 'Bearer nonsense' } }]) {
      await read(t, as as Caller, 'clamshell');
      const again = await t.gql(DETAIL, { slug: 'clamshell' }, as as Caller);
      expect(again.headers!.get('x-cache')).toBeNull();
    }
    const refused = await t.gql(
      DETAIL,
      { slug: 'clamshell' },
      {
        headers: { authorization: 'Bearer nonsense' },
      },
    );
    expect(refused.headers!.get('www-authenticate')).toBeTruthy();
  });

  it('never answers a mutation from the cache', async () => {
    const { exercise } = await read(t, 'clinician', 'wall-sit');
    const input = { id: exercise!.id, expectedVersion: 999, name: 'Whatever' };
    const first = await t.gql(RENAME, { input });
    const second = await t.gql(RENAME, { input });
    expect(first.body.errors).toBeDefined();
    expect(second.headers!.get('x-cache')).toBeNull();
  });

  it('is fresh at once on the same instance after an edit and after an archive', async () => {
    await read(t);
    expect((await read(t)).cache).toBe('hit');
    await rename(t, 'Glute bridge, renamed');
    const renamed = await read(t);
    expect(renamed.exercise?.name).toBe('Glute bridge, renamed');
    expect(renamed.cache).toBe('miss');
    expect((await read(t)).cache).toBe('hit');
    const { exercise } = await read(t, 'clinician');
    const archived = await t.gql(ARCHIVE, { id: exercise!.id, v: exercise!.version });
    expect(archived.body.errors).toBeUndefined();
    expect((await read(t)).exercise).toBeNull();
  });

  it('is fresh at once on the same instance after an upload through HTTP', async () => {
    const MEDIA = `query CacheMedia($slug: String!) { exercise(by: { slug: $slug }) { id media { id } } }`;
    type Media = { exercise: { id: string; media: { id: string }[] } };
    const media = () => t.gql<Media>(MEDIA, { slug: 'wall-sit' }, 'anonymous');
    const before = await media();
    expect((await media()).headers!.get('x-cache')).toBe('hit');
    const uploaded = await uploadImage(t, before.body.data!.exercise.id, png(21, 13), {
      altText: 'Back against the wall',
      credit: 'free-exercise-db',
      licence: 'Unlicense',
    });
    expect(uploaded.status).toBe(201);
    const after = await media();
    expect(after.body.data!.exercise.media.map((m) => m.id)).toContain(uploaded.body.id);
  });

  it('sees a direct SQL UPDATE within a second', async () => {
    await read(t, 'anonymous', 'clamshell');
    expect((await read(t, 'anonymous', 'clamshell')).cache).toBe('hit');
    await t.dataSource.query(`UPDATE exercise SET name = 'Clamshell, by hand' WHERE slug = $1`, [
      'clamshell',
    ]);
    const seen = await readUntilSlug(t, 'clamshell', (e) => e?.name === 'Clamshell, by hand');
    expect(seen?.name).toBe('Clamshell, by hand');
  });
});

async function readUntilSlug(t: TestApp, slug: string, done: (e: Detail['exercise']) => boolean) {
  const deadline = Date.now() + WITHIN_MS;
  for (;;) {
    const { exercise } = await read(t, 'anonymous', slug);
    if (done(exercise) || Date.now() > deadline) return exercise;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the response cache switched off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true', RESPONSE_CACHE: 'off' });
  });
  afterAll(() => t?.close());

  it('answers every read afresh', async () => {
    await read(t);
    expect((await read(t)).cache).toBeNull();
  });
});

const serverOnly = process.env.DATABASE_URL ? describe : describe.skip;

serverOnly('two instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  const prefix = `t${randomBytes(4).toString('hex')}:`;

  beforeAll(async () => {
    a = await startTestApp({ SEED_ON_EMPTY: 'true', REDIS_URL, REDIS_PREFIX: prefix });
    b = await secondInstance(a, { REDIS_URL, REDIS_PREFIX: prefix });
  });
  afterAll(async () => {
    await b?.running.close();
    await a?.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('shares answers through Redis: B hits what A stored', async () => {
    const first = await read(a, 'anonymous', 'wall-sit');
    expect(first.cache).toBe('miss');
    const onB = await read(b, 'anonymous', 'wall-sit');
    expect(onB.cache).toBe('hit');
    expect(onB.exercise).toEqual(first.exercise);
  });

  it('serves on B, within a second, what was written on A', async () => {
    await read(b);
    expect((await read(b)).cache).toBe('hit');
    await rename(a, 'Glute bridge, from A');
    const seen = await readUntil(b, (e) => e?.name === 'Glute bridge, from A');
    expect(seen?.name).toBe('Glute bridge, from A');
  });
});

serverOnly('two instances without Redis', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp({ SEED_ON_EMPTY: 'true' });
    b = await secondInstance(a);
  });
  afterAll(async () => {
    await b?.running.close();
    await a?.close();
  });

  it('serves on B, within a second, what was written on A', async () => {
    await read(b);
    expect((await read(b)).cache).toBe('hit');
    await rename(a, 'Glute bridge, from A');
    const seen = await readUntil(b, (e) => e?.name === 'Glute bridge, from A');
    expect(seen?.name).toBe('Glute bridge, from A');
  });
});
