import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuthModule } from '../../auth/auth.module.js';
import { CachedAnswerMiddleware } from './cached-answer.middleware.js';
import { FreshAfterWriteInterceptor } from './fresh-after-write.interceptor.js';
import { LibraryVersion } from './library-version.js';
import { LibraryVersionRepository } from './library-version.repository.js';
import { ResponseCache } from './response-cache.js';

/** The response cache for public reads and the library version that invalidates it. */
@Global()
@Module({
  // The fast path tells a live app key from a revoked one, as Apollo's context does.
  imports: [AuthModule],
  providers: [
    LibraryVersionRepository,
    LibraryVersion,
    ResponseCache,
    CachedAnswerMiddleware,
    { provide: APP_INTERCEPTOR, useClass: FreshAfterWriteInterceptor },
  ],
  exports: [ResponseCache, LibraryVersion, CachedAnswerMiddleware],
})
export class ResponseCacheModule {}
