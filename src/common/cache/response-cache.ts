import { Inject, Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from '../observability/metrics.service.js';
import { RedisConnections } from '../redis/redis.module.js';
import { LibraryVersion } from './library-version.js';

/** A stored answer: what `singleResult` held (no errors), and its size as JSON. */
export interface CachedAnswer {
  data?: Record<string, unknown> | null;
  extensions?: Record<string, unknown>;
}

/** The bounds of the in-process copy; entries are keyed by version, so old ones just age out. */
export const LOCAL_MAX_BYTES = 64 * 1024 * 1024;
export const ENTRY_MAX_BYTES = 1024 * 1024;
/** In Redis: long enough to be shared, short enough that unreachable versions go away. */
export const REDIS_TTL_SECONDS = 600;

/**
 * Answers to public queries, by cacheKey(). In-process, a byte-bounded LRU (sizes counted as
 * the JSON's UTF-16 length, what V8 holds for the string it came from); with REDIS_URL, also in
 * Redis under the instance prefix with a TTL, so an answer one instance read serves the others.
 * The local copy is looked at first: a hit there costs no round trip.
 */
@Injectable()
export class ResponseCache {
  private readonly logger = new Logger('ResponseCache');
  readonly enabled: boolean;
  private readonly local = new LRUCache<string, CachedAnswer>({
    maxSize: LOCAL_MAX_BYTES,
    maxEntrySize: ENTRY_MAX_BYTES,
  });

  constructor(
    @Inject(AppConfig) config: AppConfig,
    private readonly redis: RedisConnections,
    private readonly metrics: Metrics,
    readonly version: LibraryVersion,
  ) {
    this.enabled = config.RESPONSE_CACHE === 'on';
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    let answer = this.local.get(key);
    if (!answer && this.redis.client) {
      try {
        const json = await this.redis.client.get(this.redisKey(key));
        if (json) {
          answer = JSON.parse(json) as CachedAnswer;
          this.local.set(key, answer, { size: json.length * 2 });
        }
      } catch (err) {
        // Redis away: a miss, never a failed read.
        this.logger.warn(`read: ${(err as Error).message}`);
      }
    }
    this.metrics.cacheLookup('response', answer !== undefined);
    return answer;
  }

  set(key: string, answer: CachedAnswer): void {
    const json = JSON.stringify(answer);
    const size = json.length * 2;
    if (size > ENTRY_MAX_BYTES) return;
    this.local.set(key, answer, { size });
    this.redis.client
      ?.set(this.redisKey(key), json, 'EX', REDIS_TTL_SECONDS)
      .catch((err: Error) => this.logger.warn(`write: ${err.message}`));
  }

  private redisKey(key: string): string {
    return `${this.redis.prefix}response:${key}`;
  }
}
