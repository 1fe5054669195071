import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { LimitStore, MemoryLimitStore } from '../common/graphql/rate-limit.js';
import { Account } from './account.entity.js';
import { AccountRepository } from './account.repository.js';
import { AccountSession } from './account-session.entity.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { AdminListsResolver } from './admin-lists.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { RedisConnections } from '../common/redis/redis.module.js';
import { RedisLimitStore } from '../common/redis/redis-limit-store.js';
import { LocalRevocationBus, RevocationBus } from './credential-cache.js';
import { RedisRevocationBus } from './redis-revocation-bus.js';
import { PasswordResetPageController } from './password-reset-page.controller.js';
import { PasswordResetRepository } from './password-reset.repository.js';
import { SessionRepository } from './session.repository.js';
import { SessionsService } from './sessions.service.js';
import { SignInThrottle } from './sign-in-throttle.js';

/**
 * Accounts, sessions and keys. LimitStore and RevocationBus are shared through Redis when
 * REDIS_URL is set (several instances), in-process otherwise.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Account, AccountSession, ApiKey]), AuditModule],
  controllers: [PasswordResetPageController],
  providers: [
    AccountRepository,
    ApiKeyRepository,
    SessionRepository,
    PasswordResetRepository,
    AuthService,
    AuthResolver,
    AdminListsResolver,
    SessionsService,
    SignInThrottle,
    {
      provide: LimitStore,
      inject: [RedisConnections],
      useFactory: ({ client, prefix }: RedisConnections) =>
        client ? new RedisLimitStore(client, prefix) : new MemoryLimitStore(),
    },
    {
      provide: RevocationBus,
      inject: [RedisConnections],
      useFactory: ({ client, prefix }: RedisConnections) =>
        client ? new RedisRevocationBus(client, prefix) : new LocalRevocationBus(),
    },
  ],
  exports: [AuthService, LimitStore, SignInThrottle],
})
export class AuthModule {}
