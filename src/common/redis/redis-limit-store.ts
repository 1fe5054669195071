import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { type BackoffPolicy, LimitStore, MemoryLimitStore } from '../graphql/rate-limit.js';
import { answerWithin } from './answer-within.js';

/** A Redis that does not answer within this is treated as down for that one call. */
const ANSWER_WITHIN_MS = 1000;

// Fixed window: the first hit sets the window's length; a count without expiry (a crash between
// INCRBY and PEXPIRE cannot happen in a script, but a key written by hand can) gets one too.
const HIT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return {count, ttl}
`;

// Redis's clock, not each instance's: instances whose clocks differ still agree on the wait.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'failures', 'nextAt')
local failures = tonumber(state[1] or '0')
local nextAt = tonumber(state[2] or '0')
if nextAt > now then
  return math.max(1, math.ceil((nextAt - now) / 1000))
end
failures = failures + 1
local over = failures - tonumber(ARGV[1])
if over > 0 then
  nextAt = now + math.min(tonumber(ARGV[3]), tonumber(ARGV[2]) * 2 ^ (over - 1))
else
  nextAt = 0
end
redis.call('HSET', KEYS[1], 'failures', failures, 'nextAt', nextAt)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 0
`;

type Scripts = Redis & {
  limitHit(key: string, cost: number, windowMs: number): Promise<[number, number]>;
  limitReserve(
    key: string,
    free: number,
    baseMs: number,
    maxMs: number,
    forgetMs: number,
  ): Promise<number>;
};

/**
 * The counts of every instance in one Redis, with the semantics of MemoryLimitStore: each
 * operation is one Lua script (atomic, so two instances cannot both take the last attempt), and
 * every key expires (a window after its length, a backoff `forgetMs` after its last attempt).
 *
 * Keys are `<prefix>limit:<window|backoff>:<kind>:<hash>`: the kind (`email`, `signin`,
 * `mutation`, `account`) stays readable, what follows it (an email, an address) is hashed, so no one's address sits in
 * Redis in clear.
 *
 * Redis down or slow: the call is answered by this instance's own MemoryLimitStore instead, and
 * the outage logged once. Limits then hold per instance (at most N times the limit across N
 * instances) rather than failing open (a guesser unthrottled) or closed (no one can sign in,
 * every mutation refused): what a clinic expects from a cache being down is a slower, not a
 * locked, front desk.
 */
export class RedisLimitStore extends LimitStore {
  private readonly logger = new Logger('RateLimits');
  private readonly fallback = new MemoryLimitStore();
  private readonly redis: Scripts;
  private down = false;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    super();
    redis.defineCommand('limitHit', { numberOfKeys: 1, lua: HIT });
    redis.defineCommand('limitReserve', { numberOfKeys: 1, lua: RESERVE });
    this.redis = redis as Scripts;
  }

  hit(key: string, cost: number, limit: number, windowMs = 60_000): Promise<number> {
    return this.shared(
      async () => {
        const [count, ttl] = await this.redis.limitHit(this.key(key), cost, windowMs);
        return count > limit ? Math.max(1, Math.ceil(ttl / 1000)) : 0;
      },
      () => this.fallback.hit(key, cost, limit, windowMs),
    );
  }

  reserve(key: string, policy: BackoffPolicy): Promise<number> {
    const { free, baseMs, maxMs, forgetMs } = policy;
    return this.shared(
      () => this.redis.limitReserve(this.key(key, 'backoff'), free, baseMs, maxMs, forgetMs),
      () => this.fallback.reserve(key, policy),
    );
  }

  reset(key: string): Promise<void> {
    return this.shared(
      async () => {
        await this.redis.del(this.key(key, 'backoff'));
        // A success during an outage must not leave this instance's own count behind.
        await this.fallback.reset(key);
      },
      () => this.fallback.reset(key),
    );
  }

  /** `signin:10.0.0.7` -> `<prefix>limit:window:signin:<sha256 of it, 22 chars>`. */
  private key(key: string, kind = 'window'): string {
    const colon = key.indexOf(':');
    const name = colon > 0 ? key.slice(0, colon) : 'key';
    const hash = createHash('sha256').update(key).digest('base64url').slice(0, 22);
    return `${this.prefix}limit:${kind}:${name}:${hash}`;
  }

  /** Redis when it answers in time, else this instance's own store (logged once an outage). */
  private async shared<T>(redis: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    let answer: T;
    try {
      answer = await answerWithin(this.redis, ANSWER_WITHIN_MS, redis);
    } catch (error) {
      if (!this.down) {
        this.down = true;
        // The reason only: never the key (an address) nor the URL (it may hold a password).
        this.logger.warn(
          `Redis unavailable (${(error as Error).message}): rate limits count per instance until it is back`,
        );
      }
      return local();
    }
    if (this.down) {
      this.down = false;
      this.logger.log('Redis answers again: rate limits are shared across instances again');
    }
    return answer;
  }
}
