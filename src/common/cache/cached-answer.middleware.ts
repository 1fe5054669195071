import { createHash } from 'node:crypto';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '../../auth/auth.service.js';
import { observedRequest } from '../observability/request-observer.js';
import { operationName as operationLabel } from '../observability/bounded-labels.js';
import { tooDeep } from '../graphql/variables.js';
import { cacheKey } from './cache-key.js';
import { ResponseCache } from './response-cache.js';

type Body = { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The hot path: a JSON POST whose exact request (document, operation name, variables, role,
 * library version) this instance already answered is sent from the stored JSON without
 * entering Apollo, which costs as much as a small query (measured: a cached answer through the
 * plugin ran no faster than `{ __typename }`). Mounted in bootstrap.ts right after the body
 * parsers, ahead of Nest's middleware (pino-http's per-request logger, limitsGate), which cost
 * more than the lookup: the request line and metrics still come from RequestObserver. Skipping
 * limitsGate is safe because an entry exists only because the same request passed it and every
 * plugin's didResolveOperation (variables, cost, rate limits: queries count toward none) and
 * executed without error, and those depend on nothing but the request. Anything else (GET, whose CSRF
 * and Cache-Control rules Apollo applies; a bearer token; persisted queries; a miss) goes on to
 * Apollo and responseCachePlugin.
 */
@Injectable()
export class CachedAnswerMiddleware implements NestMiddleware {
  constructor(
    private readonly cache: ResponseCache,
    private readonly auth: AuthService,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    // Whatever goes wrong here, Apollo answers the request as if there were no cache.
    const json =
      this.cache.enabled && req.method === 'POST'
        ? await this.stored(req).catch(() => undefined)
        : undefined;
    if (json === undefined) return next();
    this.cache.counted(true);
    const record = observedRequest();
    if (record) {
      record.graphql = true;
      record.resolved = true;
      record.operation = operationLabel((req.body as Body).operationName);
    }
    res.status(200);
    res.setHeader('x-cache', 'hit');
    // What httpCachePlugin says for a POST; as Apollo writes it, with its newline.
    res.setHeader('cache-control', 'no-store');
    res.type('application/json; charset=utf-8');
    res.send(`${json}\n`);
  }

  private async stored(req: Request): Promise<string | undefined> {
    const version = this.cache.version.current;
    const body = req.body as Body | undefined;
    if (!version || !req.is('application/json') || !isRecord(body)) return undefined;
    const { query, operationName, variables, extensions } = body;
    if (typeof query !== 'string' || extensions !== undefined) return undefined;
    if (operationName != null && typeof operationName !== 'string') return undefined;
    if (variables != null && !isRecord(variables)) return undefined;
    // Nothing that deep was ever stored (limitsPlugin refuses it), and hashing it would recurse.
    if (variables != null && tooDeep(variables) !== null) return undefined;
    if (req.headers.authorization !== undefined) return undefined;
    let role: 'anonymous' | 'apiKey' = 'anonymous';
    if (req.headers['x-api-key'] !== undefined) {
      // From the credential cache: a revoked key is refused here as in Apollo's context.
      const viewer = await this.auth.viewerFor(req.headers).catch(() => null);
      if (viewer?.kind !== 'apiKey') return undefined;
      role = 'apiKey';
    }
    const key = cacheKey({
      version,
      role,
      queryHash: createHash('sha256').update(query).digest('hex'),
      operationName: operationName ?? undefined,
      variables: variables ?? undefined,
    });
    return this.cache.peek(key);
  }
}
