import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Role } from '../common/access/viewer.js';

/** What a request needs to know about the session its token names, read from the database. */
export interface SessionState {
  accountId: string;
  role: Role;
  active: boolean;
  revoked: boolean;
  expiresAt: number;
}

/** A credential that changed: every instance drops what it remembers about it. */
export type Revocation =
  | { kind: 'account'; id: string }
  | { kind: 'session'; id: string }
  | { kind: 'apiKey'; id: string };

/**
 * Carries revocations between instances. `publish` is awaited after the change is committed and
 * before the mutation answers; `epoch` is read before anything remembered is used. A shared bus
 * (RedisRevocationBus) makes the epoch change on every instance before `publish` resolves, so
 * the next request anywhere refuses the credential; a pub/sub message alone could arrive after it.
 */
export abstract class RevocationBus {
  abstract publish(revocation: Revocation): Promise<void>;
  abstract subscribe(listener: (revocation: Revocation) => void): void;
  /**
   * A value that changes with every revocation made by any instance, as it stands after this
   * call began; undefined when it cannot be known (then nothing remembered may be used).
   */
  abstract epoch(): Promise<string | undefined>;
}

/**
 * Reaches its own process only. Several instances without Redis: another instance may still
 * serve a revoked credential for CREDENTIAL_CACHE_MS (2 s by default) at most, the life of what
 * it remembers; set CREDENTIAL_CACHE_MS=0 for none at all, at a query per request.
 */
@Injectable()
export class LocalRevocationBus extends RevocationBus {
  private readonly listeners: ((revocation: Revocation) => void)[] = [];

  publish(revocation: Revocation): Promise<void> {
    for (const listener of this.listeners) listener(revocation);
    return Promise.resolve();
  }

  subscribe(listener: (revocation: Revocation) => void): void {
    this.listeners.push(listener);
  }

  /** Nothing changes but what `publish` already told this process. */
  epoch(): Promise<string> {
    return Promise.resolve('local');
  }
}

const MISSING = { missing: true } as const;
type Cached<T extends object> = T | typeof MISSING;

/**
 * Per-request lookups of sessions and API keys, remembered for at most `ttlMs` (a few seconds)
 * and for at most `max` entries, so that rights follow the database closely without a query per
 * request under load. Concurrent misses for one key share a single query. A revocation clears the
 * entries at once on this instance; other instances see it within `ttlMs`, or at once through a
 * shared RevocationBus: each lookup first reads the bus's epoch, and a changed one forgets
 * everything remembered (revocations are rare: sign-outs and admin changes), an unknown one
 * (Redis down) goes to the database.
 */
export class CredentialCache {
  private readonly sessions?: LRUCache<string, Cached<SessionState>>;
  private readonly keys?: LRUCache<string, Cached<{ id: string }>>;
  /** Bumped by every revocation, so a lookup that overlapped one is not remembered. */
  private generation = 0;
  /** The bus's epoch that what is remembered was read under. */
  private seen: string | undefined;

  constructor(
    private readonly ttlMs: number,
    private readonly load: {
      session: (id: string) => Promise<SessionState | null>;
      apiKey: (hash: string) => Promise<string | null>;
    },
    private readonly bus: RevocationBus,
    max = 10_000,
  ) {
    if (ttlMs > 0) {
      this.sessions = new LRUCache({
        max,
        ttl: ttlMs,
        fetchMethod: async (id, _stale, { options }) => {
          const generation = this.generation;
          const state = (await load.session(id)) ?? MISSING;
          // A revocation arrived while this was read: answer it, but do not keep it.
          if (generation !== this.generation) options.ttl = 1;
          return state;
        },
      });
      this.keys = new LRUCache({
        max,
        ttl: ttlMs,
        fetchMethod: async (hash, _stale, { options }) => {
          const generation = this.generation;
          const id = await load.apiKey(hash);
          if (generation !== this.generation) options.ttl = 1;
          return id ? { id } : MISSING;
        },
      });
    }
    bus.subscribe((revocation) => this.forget(revocation));
  }

  async session(id: string): Promise<SessionState | null> {
    // A revocation during the query aborts the shared fetch: ask again, the answer is newer.
    const found = (await this.current())
      ? await this.sessions?.fetch(id).catch(() => undefined)
      : undefined;
    if (!found) return this.load.session(id);
    return 'missing' in found ? null : found;
  }

  async apiKeyId(hash: string): Promise<string | null> {
    const found = (await this.current())
      ? await this.keys?.fetch(hash).catch(() => undefined)
      : undefined;
    if (!found) return this.load.apiKey(hash);
    return 'missing' in found ? null : found.id;
  }

  /**
   * Whether what is remembered may be used: forgotten when another instance revoked something
   * since it was read, and unused while the bus cannot tell (its lookups then go to the database).
   */
  private async current(): Promise<boolean> {
    if (!this.sessions) return false;
    const epoch = await this.bus.epoch();
    if (epoch !== undefined && epoch === this.seen) return true;
    // Lookups under way were read under the old epoch: answered, not kept (see fetchMethod).
    this.generation++;
    this.sessions.clear();
    this.keys?.clear();
    this.seen = epoch;
    return epoch !== undefined;
  }

  private forget(revocation: Revocation): void {
    this.generation++;
    switch (revocation.kind) {
      case 'session':
        this.sessions?.delete(revocation.id);
        return;
      case 'account':
        // At most `max` entries, and only when an admin or the account changes something.
        for (const id of [...(this.sessions?.entries() ?? [])]
          .filter(([, state]) => !('missing' in state) && state.accountId === revocation.id)
          .map(([id]) => id)) {
          this.sessions?.delete(id);
        }
        return;
      case 'apiKey':
        for (const hash of [...(this.keys?.entries() ?? [])]
          .filter(([, key]) => !('missing' in key) && key.id === revocation.id)
          .map(([hash]) => hash)) {
          this.keys?.delete(hash);
        }
        return;
    }
  }
}
