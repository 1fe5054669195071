import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { answerWithin } from '../common/redis/answer-within.js';
import { type Revocation, RevocationBus } from './credential-cache.js';

/** A revocation or a lookup does not wait longer than this for Redis. */
const ANSWER_WITHIN_MS = 1000;

/**
 * Revocations refused by every instance at once, through one Redis key: `<prefix>revocations`
 * holds a random epoch, replaced by each revocation after its change is committed and before its
 * mutation answers. Every instance reads the epoch before using a remembered session or key (one
 * GET, shared by the lookups that arrive while it is on its way) and forgets everything on a new
 * one. So "revoked on A, then the next request on B" is refused: B's GET is sent after A's SET
 * was acknowledged. Pub/sub would race (B may serve the request before the message arrives), and
 * a counter could come back to a value an instance already saw after a Redis restart; a random
 * value cannot, and a missing key (restart) reads as a new epoch too.
 *
 * Redis down: lookups go to the database on every request (no credential is served from memory
 * while nobody can say it is still good), and a revocation that cannot reach Redis is logged;
 * the other instances then stop serving it within CREDENTIAL_CACHE_MS, as without Redis.
 */
export class RedisRevocationBus extends RevocationBus {
  private readonly logger = new Logger('Revocations');
  private readonly listeners: ((revocation: Revocation) => void)[] = [];
  private readonly key: string;
  private down = false;
  /** The GET on its way, and the one that will follow it for lookups that arrived meanwhile. */
  private sent?: Promise<string | undefined>;
  private next?: Promise<string | undefined>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    super();
    this.key = `${prefix}revocations`;
  }

  async publish(revocation: Revocation): Promise<void> {
    for (const listener of this.listeners) listener(revocation);
    try {
      await answerWithin(this.redis, ANSWER_WITHIN_MS, () =>
        this.redis.set(this.key, randomUUID()),
      );
    } catch (error) {
      // The kind only: ids are not secret, but a log needs no more to explain the delay.
      this.logger.warn(
        `Redis unavailable (${(error as Error).message}): other instances refuse this ${revocation.kind} revocation within CREDENTIAL_CACHE_MS`,
      );
    }
  }

  subscribe(listener: (revocation: Revocation) => void): void {
    this.listeners.push(listener);
  }

  /**
   * The epoch as read by a GET sent after this call: the one on its way may have left before a
   * revocation was acknowledged, so a caller arriving meanwhile waits for the next one.
   */
  epoch(): Promise<string | undefined> {
    if (!this.sent) {
      this.sent = this.read().finally(() => (this.sent = undefined));
      return this.sent;
    }
    this.next ??= this.sent.then(() => {
      this.next = undefined;
      return this.epoch();
    });
    return this.next;
  }

  private async read(): Promise<string | undefined> {
    try {
      // A missing key (a fresh or restarted Redis) is an epoch of its own.
      const epoch =
        (await answerWithin(this.redis, ANSWER_WITHIN_MS, () => this.redis.get(this.key))) ??
        'none';
      if (this.down) {
        this.down = false;
        this.logger.log('Redis answers again: sessions and keys are remembered again');
      }
      return epoch;
    } catch (error) {
      if (!this.down) {
        this.down = true;
        this.logger.warn(
          `Redis unavailable (${(error as Error).message}): sessions and keys are read from the database at every request until it is back`,
        );
      }
      return undefined;
    }
  }
}
