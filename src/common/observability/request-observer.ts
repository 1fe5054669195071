import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { BoundedLabels, OPERATION } from './bounded-labels.js';
import { Metrics } from './metrics.service.js';
import { safeUrl } from './redaction.js';
import { requestIdFrom } from './request-id.js';

/** What the GraphQL layer learns about a request, for its log line and its metrics. */
export interface ObservedRequest {
  /** Apollo started on it (false for a refusal before Apollo, or GraphiQL's page). */
  graphql: boolean;
  /** The name the client sent (a GraphQL name) or, once resolved, the operation's own. */
  operation: string | null;
  /** The document parsed and validated, and its operation was chosen. */
  resolved: boolean;
  /** extensions.code of every error answered. */
  errorCodes: string[];
}

const current = new AsyncLocalStorage<ObservedRequest>();

/** The request being served, for the GraphQL plugin (which is not handed Express' request). */
export function observedRequest(): ObservedRequest | undefined {
  return current.getStore();
}

/** Distinct GraphQL operation names that get their own series; later ones share one. */
const OPERATION_LABELS = 200;
/** Probes and scrapes: logged at debug, so a balancer's polling does not drown the log. */
const QUIET = /^\/(health(\/ready)?|metrics)$/;

type Req = Request & { id?: string };

/**
 * One log line and one observation per request, whatever answered it: a resolver, a controller,
 * the body parser refusing 413, or a 404. Mounted on Express before anything else (bootstrap.ts),
 * it gives the request its id (X-Request-Id, echoed in the answer) and is still there when the
 * response has gone, whether it finished or the client left.
 */
@Injectable()
export class RequestObserver {
  private readonly operations = new BoundedLabels(OPERATION_LABELS, OPERATION.other);

  constructor(private readonly metrics: Metrics) {}

  readonly middleware = (req: Req, res: Response, next: NextFunction): void => {
    const started = performance.now();
    req.id = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', req.id);
    const record: ObservedRequest = {
      graphql: false,
      operation: null,
      resolved: false,
      errorCodes: [],
    };
    res.once('close', () => this.finish(req, res, record, performance.now() - started));
    current.run(record, next);
  };

  private finish(req: Req, res: Response, record: ObservedRequest, ms: number): void {
    const path = req.originalUrl.split('?', 1)[0];
    const graphql = record.graphql || path === '/graphql';
    const route = graphql ? '/graphql' : (req.route as { path?: string } | undefined)?.path;
    const status = res.writableFinished ? res.statusCode : 'aborted';
    this.metrics.observeRequest(this.label(req, record, route), status, ms / 1000);
    this.metrics.countGraphQLErrors(record.errorCodes);
    const durationMs = Math.round(ms * 10) / 10;
    const line = {
      requestId: req.id,
      method: req.method,
      url: req.originalUrl,
      route: route ?? null,
      operation: record.operation ?? undefined,
      status,
      durationMs,
      errors: record.errorCodes.length > 0 ? record.errorCodes : undefined,
    };
    const message = [
      req.method,
      route ?? safeUrl(req.originalUrl),
      record.operation,
      status,
      `${Math.round(durationMs)} ms`,
    ]
      .filter(Boolean)
      .join(' ');
    const level = QUIET.test(path)
      ? 'debug'
      : typeof status === 'number' && status >= 500
        ? 'warn'
        : 'info';
    PinoLogger.root[level](line, message);
  }

  /** The request's series: its GraphQL operation, else its route pattern (never the raw path). */
  private label(req: Req, record: ObservedRequest, route: string | undefined): string {
    if (record.graphql) {
      if (!record.resolved) return OPERATION.invalid;
      return this.operations.label(record.operation ?? OPERATION.anonymous);
    }
    return `${req.method} ${route ?? '(unmatched)'}`;
  }
}
