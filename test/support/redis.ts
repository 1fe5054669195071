import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis tests use: REDIS_URL when set, else the one on this machine (.ci/run starts it). */
export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** A prefix no other test or run shares, so tests can run in parallel on one Redis. */
export const uniquePrefix = () => `t${randomBytes(4).toString('hex')}:`;

/** Deletes every key under `prefix` (SCAN, not KEYS: never blocks a shared Redis). */
export async function dropPrefix(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
