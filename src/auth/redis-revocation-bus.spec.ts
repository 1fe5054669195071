import { once } from 'node:events';
import { Redis } from 'ioredis';
import { dropPrefix, TEST_REDIS_URL, uniquePrefix } from '../../test/support/redis.js';
import { Role } from '../common/access/viewer.js';
import { CredentialCache, type RevocationBus, type SessionState } from './credential-cache.js';
import { RedisRevocationBus } from './redis-revocation-bus.js';

// Two instances as two caches, each with its bus on its own connection, over one "database" (a
// map): what one revokes, the other refuses on its very next lookup, without waiting for a TTL.
const opened: Redis[] = [];
const prefix = uniquePrefix();

async function connect(): Promise<Redis> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  opened.push(redis);
  if (redis.status !== 'ready') await once(redis, 'ready');
  return redis;
}

afterAll(async () => {
  for (const redis of opened) redis.disconnect();
  await dropPrefix(prefix);
});

const live: SessionState = {
  accountId: 'a1',
  role: Role.CLINICIAN,
  active: true,
  revoked: false,
  expiresAt: Date.now() + 3_600_000,
};

function instance(bus: RevocationBus, database: Map<string, SessionState>, keys: Set<string>) {
  const reads = { count: 0 };
  const cache = new CredentialCache(
    60_000, // far longer than the test: only the bus can make an instance forget
    {
      session: async (id) => (reads.count++, database.get(id) ?? null),
      apiKey: async (hash) => (reads.count++, keys.has(hash) ? `key-${hash}` : null),
    },
    bus,
  );
  return { cache, reads, bus };
}

describe('RedisRevocationBus with CredentialCache', () => {
  it('a revocation answered on A is refused by B at its next lookup', async () => {
    const database = new Map([['s1', { ...live }]]);
    const keys = new Set(['h1']);
    const a = instance(new RedisRevocationBus(await connect(), prefix), database, keys);
    const b = instance(new RedisRevocationBus(await connect(), prefix), database, keys);

    expect((await b.cache.session('s1'))?.revoked).toBe(false);
    expect(await b.cache.apiKeyId('h1')).toBe('key-h1');
    // Remembered: B does not read again while nothing was revoked anywhere.
    const before = b.reads.count;
    expect((await b.cache.session('s1'))?.revoked).toBe(false);
    expect(await b.cache.apiKeyId('h1')).toBe('key-h1');
    expect(b.reads.count).toBe(before);

    // A revokes (the change committed, then the bus told) and answers; B's next lookup refuses.
    database.set('s1', { ...live, revoked: true });
    await a.bus.publish({ kind: 'session', id: 's1' });
    expect((await b.cache.session('s1'))?.revoked).toBe(true);

    keys.delete('h1');
    await a.bus.publish({ kind: 'apiKey', id: 'key-h1' });
    expect(await b.cache.apiKeyId('h1')).toBeNull();

    database.set('s1', { ...live, active: false });
    await a.bus.publish({ kind: 'account', id: 'a1' });
    expect((await b.cache.session('s1'))?.active).toBe(false);
  });

  it('lookups asked after a revocation was acknowledged read its epoch, however many at once', async () => {
    const redis = await connect();
    const bus = new RedisRevocationBus(redis, prefix);
    const publisher = new RedisRevocationBus(await connect(), prefix);
    const first = bus.epoch();
    // Asked while the first GET is on its way, after a revocation was acknowledged: the answer
    // must be the new epoch, which the first GET may not have seen.
    await publisher.publish({ kind: 'session', id: 'x' });
    const later = await Promise.all(Array.from({ length: 50 }, () => bus.epoch()));
    expect(new Set(later).size).toBe(1);
    expect(later[0]).toBe(await redis.get(`${prefix}revocations`));
    expect(await first).toBeDefined();
  });

  it('reads the database at every lookup while Redis cannot say, and throws nothing', async () => {
    const away = new Redis('redis://127.0.0.1:1', {
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    away.on('error', () => undefined);
    opened.push(away);
    const bus = new RedisRevocationBus(away, prefix);
    const database = new Map([['s1', { ...live }]]);
    const b = instance(bus, database, new Set());
    expect(await bus.epoch()).toBeUndefined();
    await b.cache.session('s1');
    await b.cache.session('s1');
    expect(b.reads.count).toBe(2);
    await expect(bus.publish({ kind: 'session', id: 's1' })).resolves.toBeUndefined();
  });
});
