import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { ANONYMOUS, SYSTEM, type Viewer } from '../access/viewer.js';

/**
 * Everything a request carries through the services, passed as their first parameter (vendure's
 * `ctx`): who asks, this request's DataLoaders, and the manager of the transaction it is in.
 * Repositories read `manager` through `TransactionalConnection`, so a service never passes one.
 */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  private constructor(
    readonly viewer: Viewer,
    /** The caller's address, for rate limits; never logged with a request's content. */
    readonly ip: string,
    /** Set inside `TransactionalConnection.withTransaction`; undefined outside one. */
    readonly manager?: EntityManager,
  ) {}

  static of(viewer: Viewer, ip = 'unknown'): RequestContext {
    return new RequestContext(viewer, ip);
  }

  /** The service itself (seeding, import from the command line, start-up): the one system actor. */
  static system(): RequestContext {
    return new RequestContext(SYSTEM, 'local');
  }

  /** The same caller inside a transaction. Loaders start empty: they must see its writes. */
  withManager(manager: EntityManager): RequestContext {
    return new RequestContext(this.viewer, this.ip, manager);
  }

  /** The same request on behalf of another viewer (e.g. the system reading archived exercises). */
  as(viewer: Viewer): RequestContext {
    return new RequestContext(viewer, this.ip, this.manager);
  }

  /**
   * The DataLoader named `name` for this request, created on first use. Every field resolved in
   * one tick asks the same loader, so a page of N rows costs one query per relation instead of N.
   * Loaders die with the request: no cache crosses requests. An Error in the batch's answer fails
   * only its own key.
   */
  loader<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** The request's context in a GraphQL resolver or an HTTP controller: `@Ctx() ctx: RequestContext`. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  requestContextOf(context),
);

/** Controllers get theirs from the guard that signs the caller in; without one, anonymous. */
export type ContextualRequest = { requestContext?: RequestContext; ip?: string };

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>();
  }
  const req = context.switchToHttp().getRequest<ContextualRequest>();
  return (req.requestContext ??= RequestContext.of(ANONYMOUS, req.ip));
}
