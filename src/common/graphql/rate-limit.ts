import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../access/viewer.js';
import type { RequestContext } from '../context/request-context.js';
import { rateLimited } from '../errors/errors.js';

const WINDOW_MS = 60_000;

/** Consecutive failures, and when the next attempt may be made. */
interface BackoffState {
  failures: number;
  nextAt: number;
}

/** Delays growing with consecutive failures: `free` attempts, then base, 2 base, 4 base... */
export interface BackoffPolicy {
  free: number;
  baseMs: number;
  maxMs: number;
  /** How long a key's failures are remembered after its last attempt. */
  forgetMs: number;
}

/**
 * Where rate-limit counts live: in this process (MemoryLimitStore), or in Redis when REDIS_URL is
 * set (RedisLimitStore, shared by every instance). A store only has to offer these three atomic
 * operations.
 */
export abstract class LimitStore {
  /** Adds `cost` hits to `key` in its fixed window: seconds to wait when over `limit`, else 0. */
  abstract hit(key: string, cost: number, limit: number, windowMs?: number): Promise<number>;

  /**
   * Takes one attempt under `key`'s backoff: seconds to wait (nothing recorded) while it is
   * backing off, else 0 with the attempt counted as a failure until `reset` says otherwise, so
   * that attempts made in parallel cannot all slip through before the first one fails.
   */
  abstract reserve(key: string, policy: BackoffPolicy): Promise<number>;

  /** The attempt succeeded: forget `key`'s failures. */
  abstract reset(key: string): Promise<void>;
}

/** Bounded in memory: past `max` keys the least recently used are forgotten. */
export class MemoryLimitStore extends LimitStore {
  private readonly windows: LRUCache<string, { count: number; resetAt: number }>;
  private readonly backoffs: LRUCache<string, BackoffState>;

  constructor(max = 50_000) {
    super();
    this.windows = new LRUCache({ max });
    this.backoffs = new LRUCache({ max });
  }

  hit(key: string, cost: number, limit: number, windowMs = WINDOW_MS): Promise<number> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += cost;
    return Promise.resolve(
      window.count > limit ? Math.max(1, Math.ceil((window.resetAt - now) / 1000)) : 0,
    );
  }

  reserve(key: string, policy: BackoffPolicy): Promise<number> {
    const now = Date.now();
    const state = this.backoffs.get(key) ?? { failures: 0, nextAt: 0 };
    if (state.nextAt > now)
      return Promise.resolve(Math.max(1, Math.ceil((state.nextAt - now) / 1000)));
    state.failures++;
    const over = state.failures - policy.free;
    state.nextAt = over > 0 ? now + Math.min(policy.maxMs, policy.baseMs * 2 ** (over - 1)) : 0;
    this.backoffs.set(key, state, { ttl: policy.forgetMs });
    return Promise.resolve(0);
  }

  reset(key: string): Promise<void> {
    this.backoffs.delete(key);
    return Promise.resolve();
  }
}

/**
 * How many times each root field is reached by an operation, through fragments, inline
 * fragments and aliases alike: `a: login(...) b: login(...)` counts 2, `...F` counts what F
 * selects. Each fragment is counted once and reused (a fragment spreading another twice, n deep,
 * costs n steps, not 2^n), and a cycle (refused by validation anyway) counts nothing. `nodes`
 * holds each distinct field node named in `watch`, once, for rules that read arguments.
 */
export function rootFields(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  watch: readonly string[] = [],
): { counts: Map<string, number>; nodes: FieldNode[] } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const memo = new Map<string, Map<string, number>>();
  const visiting = new Set<string>();
  const nodes: FieldNode[] = [];

  const count = (selectionSet: SelectionSetNode): Map<string, number> => {
    const counts = new Map<string, number>();
    const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        add(selection.name.value, 1);
        // Each selection set is walked once (fragments are memoised): each node is seen once.
        if (watch.includes(selection.name.value)) nodes.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        for (const [name, n] of count(selection.selectionSet)) add(name, n);
      } else {
        for (const [name, n] of spread(selection.name.value)) add(name, n);
      }
    }
    return counts;
  };

  const spread = (name: string): Map<string, number> => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return new Map();
    visiting.add(name);
    const counts = count(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, counts);
    return counts;
  };

  return { counts: count(operation.selectionSet), nodes };
}

/** The arguments of a field as sent, variables filled in (unchecked: execution checks them). */
export function argumentsOf(
  field: FieldNode,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.arguments ?? []) {
    args[arg.name.value] = valueFromASTUntyped(arg.value, variables ?? {});
  }
  return args;
}

/** A per-account backoff on the root fields that try a password. */
export interface SignInRule {
  fields: readonly string[];
  policy: BackoffPolicy;
  /** Whose password a field tries (e.g. the normalised email), or null to leave it alone. */
  key(field: string, args: Record<string, unknown>, viewer: Viewer): string | null;
}

/**
 * Limits password attempts per address (each occurrence of a `signIn.fields` field counted,
 * however the document reaches it), then per account with backoff (`signIn.key`; the resolver
 * resets it on success), and mutations per caller (each root mutation field counted). Over a
 * limit: RATE_LIMITED, HTTP 429 and Retry-After, before anything runs.
 */
export function rateLimitPlugin(
  limits: { login: number; mutations: number },
  store: LimitStore,
  signIn: SignInRule,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue, request }) {
          if (!operation) return;
          const { counts, nodes } = rootFields(document, operation, signIn.fields);
          const { viewer, ip } = contextValue;
          const attempts = signIn.fields.reduce((sum, field) => sum + (counts.get(field) ?? 0), 0);
          let wait = attempts > 0 ? await store.hit(`signin:${ip}`, attempts, limits.login) : 0;
          for (const node of wait ? [] : nodes) {
            const key = signIn.key(node.name.value, argumentsOf(node, request.variables), viewer);
            wait = key ? await store.reserve(key, signIn.policy) : 0;
            if (wait) break;
          }
          if (!wait && operation.operation === 'mutation') {
            const caller = 'id' in viewer ? `${viewer.kind}:${viewer.id}` : `ip:${ip}`;
            const fields = [...counts.values()].reduce((sum, n) => sum + n, 0);
            wait = await store.hit(`mutation:${caller}`, Math.max(1, fields), limits.mutations);
          }
          if (wait > 0) throw rateLimited(wait);
        },
      };
    },
  };
}
