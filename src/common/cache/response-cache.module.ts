import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { FreshAfterWriteInterceptor } from './fresh-after-write.interceptor.js';
import { LibraryVersion } from './library-version.js';
import { LibraryVersionRepository } from './library-version.repository.js';
import { ResponseCache } from './response-cache.js';

/** The response cache for public reads and the library version that invalidates it. */
@Global()
@Module({
  providers: [
    LibraryVersionRepository,
    LibraryVersion,
    ResponseCache,
    { provide: APP_INTERCEPTOR, useClass: FreshAfterWriteInterceptor },
  ],
  exports: [ResponseCache, LibraryVersion],
})
export class ResponseCacheModule {}
