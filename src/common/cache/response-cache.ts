import { Inject, Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from '../observability/metrics.service.js';
import { RedisConnections } from '../redis/redis.module.js';
import { LibraryVersion } from './library-version.js';

/** What `singleResult` held (never errors). */
export interface CachedAnswer {
  data?: Record<string, unknown> | null;
  extensions?: Record<string, unknown>;
}

/** A stored answer: its JSON, as sent, and the object Apollo sends, parsed when first needed. */
export interface CachedEntry {
  json: string;
  answer?: CachedAnswer;
}

/** The bounds of the in-process copy; entries are keyed by version, so old ones just age out. */
export const LOCAL_MAX_BYTES = 64 * 1024 * 1024;
export const ENTRY_MAX_BYTES = 1024 * 1024;
/** In Redis: long enough to be shared, short enough that unreachable versions go away. */
export const REDIS_TTL_SECONDS = 600;

/**
 * What an entry costs to keep: its JSON at up to 2 bytes a character, and as much again for the
 * parsed copy it may hold.
 */
export const sizeOf = (json: string) => json.length * 4;

/** The in-process copy: least recently used answers go first once `maxBytes` is reached. */
export function localStore(maxBytes: number) {
  return new LRUCache<string, CachedEntry>({
    maxSize: maxBytes,
    maxEntrySize: Math.min(maxBytes, ENTRY_MAX_BYTES),
  });
}

/**
 * Answers to public queries, by cacheKey(). In-process, a byte-bounded LRU; with REDIS_URL, also in
 * Redis under the instance prefix with a TTL, so an answer one instance read serves the others.
 * The local copy is looked at first: a hit there costs no round trip.
 */
@Injectable()
export class ResponseCache {
  private readonly logger = new Logger('ResponseCache');
  readonly enabled: boolean;
  private readonly local = localStore(LOCAL_MAX_BYTES);

  constructor(
    @Inject(AppConfig) config: AppConfig,
    private readonly redis: RedisConnections,
    private readonly metrics: Metrics,
    readonly version: LibraryVersion,
  ) {
    this.enabled = config.RESPONSE_CACHE === 'on';
  }

  /** The answer stored under `key`, here or in Redis; counted as a hit or a miss. */
  async get(key: string): Promise<CachedAnswer | undefined> {
    let entry = this.local.get(key);
    if (!entry && this.redis.client) {
      try {
        const json = await this.redis.client.get(this.redisKey(key));
        if (json) {
          entry = { json };
          this.local.set(key, entry, { size: sizeOf(json) });
        }
      } catch (err) {
        // Redis away: a miss, never a failed read.
        this.logger.warn(`read: ${(err as Error).message}`);
      }
    }
    this.metrics.cacheLookup('response', entry !== undefined);
    if (!entry) return undefined;
    return (entry.answer ??= JSON.parse(entry.json) as CachedAnswer);
  }

  /** The JSON stored here under `key`, for the fast path; the caller counts a hit it serves. */
  peek(key: string): string | undefined {
    return this.local.get(key)?.json;
  }

  counted(hit: boolean): void {
    this.metrics.cacheLookup('response', hit);
  }

  set(key: string, answer: CachedAnswer): void {
    const json = JSON.stringify(answer);
    const size = sizeOf(json);
    if (size > ENTRY_MAX_BYTES) return;
    this.local.set(key, { json, answer }, { size });
    this.redis.client
      ?.set(this.redisKey(key), json, 'EX', REDIS_TTL_SECONDS)
      .catch((err: Error) => this.logger.warn(`write: ${err.message}`));
  }

  private redisKey(key: string): string {
    return `${this.redis.prefix}response:${key}`;
  }
}
