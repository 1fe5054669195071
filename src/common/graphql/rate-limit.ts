import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { RequestContext } from '../access/viewer.js';
import { rateLimited } from '../errors/errors.js';

const WINDOW_MS = 60_000;

/** Counts hits per key in fixed one-minute windows, in this process. */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  /** Seconds to wait when `key` is over `limit` this minute, or 0 when the hit is allowed. */
  hit(key: string, limit: number, now = Date.now()): number {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { count: 0, resetAt: now + WINDOW_MS };
      this.windows.set(key, window);
    }
    window.count++;
    return window.count > limit ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * Limits sign-in attempts per address and mutations per caller. Over the limit: RATE_LIMITED,
 * HTTP 429 and Retry-After, before the operation runs.
 */
export function rateLimitPlugin(limits: {
  login: number;
  mutations: number;
}): ApolloServerPlugin<RequestContext> {
  const limiter = new RateLimiter();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const { viewer, ip } = contextValue;
          const caller = viewer.kind === 'anonymous' ? `ip:${ip}` : `${viewer.kind}:${viewer.id}`;
          const signsIn = operation.selectionSet.selections.some(
            (s) => s.kind === Kind.FIELD && s.name.value === 'login',
          );
          const wait =
            (signsIn ? limiter.hit(`login:${ip}`, limits.login) : 0) ||
            limiter.hit(`mutation:${caller}`, limits.mutations);
          if (wait > 0) throw rateLimited(wait);
        },
      };
    },
  };
}
