import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { LibraryVersion } from './library-version.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After an HTTP route that writes (the media upload, for instance) completes, reads the library
 * version before the answer goes out, as the response cache plugin does after a mutation: the
 * writer's next GraphQL read on this instance is fresh at once. GraphQL is left to the plugin
 * (one read per operation rather than per root field).
 */
@Injectable()
export class FreshAfterWriteInterceptor implements NestInterceptor {
  constructor(private readonly version: LibraryVersion) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'http') return next.handle();
    const method = context.switchToHttp().getRequest<Request>().method;
    if (READS.has(method)) return next.handle();
    return next.handle().pipe(mergeMap((value) => from(this.version.refresh().then(() => value))));
  }
}
