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
 * Carries revocations between instances. This one only reaches its own process; a shared one
 * (Redis pub/sub) can replace it as a provider without touching the callers.
 */
export abstract class RevocationBus {
  abstract publish(revocation: Revocation): void;
  abstract subscribe(listener: (revocation: Revocation) => void): void;
}

@Injectable()
export class LocalRevocationBus extends RevocationBus {
  private readonly listeners: ((revocation: Revocation) => void)[] = [];

  publish(revocation: Revocation): void {
    for (const listener of this.listeners) listener(revocation);
  }

  subscribe(listener: (revocation: Revocation) => void): void {
    this.listeners.push(listener);
  }
}

const MISSING = { missing: true } as const;
type Cached<T extends object> = T | typeof MISSING;

/**
 * Per-request lookups of sessions and API keys, remembered for at most `ttlMs` (a few seconds)
 * and for at most `max` entries, so that rights follow the database closely without a query per
 * request under load. Concurrent misses for one key share a single query. A revocation clears the
 * entries at once on this instance; other instances see it within `ttlMs`, or at once through a
 * shared RevocationBus.
 */
export class CredentialCache {
  private readonly sessions?: LRUCache<string, Cached<SessionState>>;
  private readonly keys?: LRUCache<string, Cached<{ id: string }>>;
  /** Bumped by every revocation, so a lookup that overlapped one is not remembered. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly load: {
      session: (id: string) => Promise<SessionState | null>;
      apiKey: (hash: string) => Promise<string | null>;
    },
    bus: RevocationBus,
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
    const found = await this.sessions?.fetch(id).catch(() => undefined);
    if (!found) return this.load.session(id);
    return 'missing' in found ? null : found;
  }

  async apiKeyId(hash: string): Promise<string | null> {
    const found = await this.keys?.fetch(hash).catch(() => undefined);
    if (!found) return this.load.apiKey(hash);
    return 'missing' in found ? null : found.id;
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
