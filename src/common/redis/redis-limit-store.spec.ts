import { once } from 'node:events';
import { Redis } from 'ioredis';
import { dropPrefix, TEST_REDIS_URL, uniquePrefix } from '../../../test/support/redis.js';
import { type BackoffPolicy, type LimitStore, MemoryLimitStore } from '../graphql/rate-limit.js';
import { RedisLimitStore } from './redis-limit-store.js';

// Against the real Redis (TEST_REDIS_URL), each test under a prefix of its own, deleted after.
const policy: BackoffPolicy = { free: 2, baseMs: 1000, maxMs: 4000, forgetMs: 60_000 };
const opened: Redis[] = [];
const prefixes: string[] = [];

async function connect(): Promise<Redis> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  opened.push(redis);
  if (redis.status !== 'ready') await once(redis, 'ready');
  return redis;
}

/** Two stores on two connections, as two instances have: they share one count. */
async function pair(): Promise<{ a: RedisLimitStore; b: RedisLimitStore; prefix: string }> {
  const prefix = uniquePrefix();
  prefixes.push(prefix);
  return {
    a: new RedisLimitStore(await connect(), prefix),
    b: new RedisLimitStore(await connect(), prefix),
    prefix,
  };
}

afterAll(async () => {
  for (const redis of opened) redis.disconnect();
  for (const prefix of prefixes) await dropPrefix(prefix);
});

describe.each([
  ['MemoryLimitStore', async () => ({ a: new MemoryLimitStore(), b: null })],
  ['RedisLimitStore', async () => pair()],
] as [string, () => Promise<{ a: LimitStore; b: LimitStore | null }>][])(
  'the semantics every LimitStore shares: %s',
  (_name, make) => {
    it('counts hits in a window, with their cost, whichever instance takes them', async () => {
      const { a, b } = await make();
      const other = b ?? a;
      expect(await a.hit('k', 3, 5)).toBe(0);
      expect(await other.hit('k', 2, 5)).toBe(0);
      const wait = await a.hit('k', 1, 5);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(await other.hit('other', 1, 5)).toBe(0);
    });

    it('lets exactly `free` + 1 of many parallel attempts through, then asks to wait', async () => {
      const { a, b } = await make();
      const stores = [a, b ?? a];
      const waits = await Promise.all(
        Array.from({ length: 20 }, (_, i) => stores[i % 2].reserve('email:x', policy)),
      );
      expect(waits.filter((w) => w === 0)).toHaveLength(policy.free + 1);
      expect(waits.filter((w) => w === 1)).toHaveLength(20 - policy.free - 1);
      await stores[1].reset('email:x');
      expect(await a.reserve('email:x', policy)).toBe(0);
    });
  },
);

describe('RedisLimitStore', () => {
  it('doubles the wait up to the cap, by the clock of Redis', async () => {
    const { a, b, prefix } = await pair();
    const redis = await connect();
    const [key] = await keys(redis, prefix);
    expect(key).toBeUndefined();
    for (let i = 0; i <= policy.free; i++) expect(await a.reserve('email:y', policy)).toBe(0);
    const [backoff] = await keys(redis, prefix);
    expect(await b.reserve('email:y', policy)).toBe(1);
    // Time passes: the wait is over (what the memory store's test does with a fake clock).
    const over = async () => redis.hset(backoff, 'nextAt', 0);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await over();
      expect(await a.reserve('email:y', policy)).toBe(0);
      waits.push(await b.reserve('email:y', policy));
    }
    expect(waits).toEqual([2, 4, 4, 4]);
  });

  it('keeps every key under the prefix, with an expiry, and no address in clear', async () => {
    const { a, prefix } = await pair();
    const redis = await connect();
    await a.hit('signin:10.1.2.3', 1, 5, 30_000);
    await a.reserve('email:someone@clinic.test', policy);
    const found = await keys(redis, prefix);
    expect(found).toHaveLength(2);
    for (const key of found) {
      expect(key.startsWith(`${prefix}limit:`)).toBe(true);
      expect(key).not.toMatch(/10\.1\.2\.3|someone|clinic/);
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(key.includes(':window:') ? 30_000 : policy.forgetMs);
    }
    expect(found.some((k) => k.includes(':window:signin:'))).toBe(true);
    expect(found.some((k) => k.includes(':backoff:email:'))).toBe(true);
  });

  it('counts in this instance while Redis cannot be reached, and throws nothing', async () => {
    // A port nothing listens on: the connection never becomes ready.
    const away = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    away.on('error', () => undefined);
    opened.push(away);
    const store = new RedisLimitStore(away, uniquePrefix());
    expect(await store.hit('signin:a', 3, 3)).toBe(0);
    expect(await store.hit('signin:a', 1, 3)).toBeGreaterThan(0);
    for (let i = 0; i <= policy.free; i++) expect(await store.reserve('email:z', policy)).toBe(0);
    expect(await store.reserve('email:z', policy)).toBe(1);
    await store.reset('email:z');
    expect(await store.reserve('email:z', policy)).toBe(0);
  });
});

async function keys(redis: Redis, prefix: string): Promise<string[]> {
  const [, found] = await redis.scan('0', 'MATCH', `${prefix}*`, 'COUNT', 1000);
  return found.sort();
}
