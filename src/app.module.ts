import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './common/config/app-config.js';
import { ConfigModule } from './common/config/config.module.js';
import { RequestContext } from './common/context/request-context.js';
import { DatabaseModule } from './common/database/database.module.js';
import { RedisModule } from './common/redis/redis.module.js';
import { ResponseCacheModule } from './common/cache/response-cache.module.js';
import { ResponseCache } from './common/cache/response-cache.js';
import { responseCachePlugin } from './common/cache/response-cache.plugin.js';
import { RolesGuard } from './common/access/roles.guard.js';
import { LimitStore, rateLimitPlugin } from './common/graphql/rate-limit.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthService } from './auth/auth.service.js';
import { ConsoleModule } from './console/console.module.js';
import { authChallenge } from './common/access/viewer.js';
import { SignInThrottle } from './auth/sign-in-throttle.js';
import type { Request, Response } from 'express';
import { MaxIntrospectionDepthRule } from 'graphql';
import { type DatabaseHandle, typeOrmOptions } from './common/database/database.js';
import { ResolverErrorFilter } from './common/errors/resolver-error.filter.js';
import { ErrorExtensions } from './common/errors/error-extensions.model.js';
import { describeRootTypes } from './common/graphql/root-types.js';
import { formatError, serviceUnavailablePlugin } from './common/errors/format-error.js';
import { inputStringsPlugin } from './common/errors/input-strings.js';
import { DatabaseOutageWatch } from './common/database/outage.js';
import { httpCachePlugin } from './common/graphql/http-cache.js';
import { LIMITS, limitsGate, limitsPlugin } from './common/graphql/limits.js';
import { InputValidationPipe } from './common/errors/validation.pipe.js';
import { ExerciseCurationModule } from './exercises/exercise-curation.module.js';
import { ExercisesModule } from './exercises/exercises.module.js';
import { HealthModule } from './health/health.module.js';
import { graphqlObserverPlugin } from './common/observability/graphql-observer.js';
import { ObservabilityModule } from './common/observability/observability.module.js';
import { graphiqlLandingPage } from './home/graphiql.js';
import { HomeModule } from './home/home.module.js';
import { ProgressionsModule } from './progressions/progressions.module.js';
import { ProgramsModule } from './programs/programs.module.js';
import { HandoutsModule } from './handouts/handouts.module.js';
import { LibraryIoModule } from './library-io/library-io.module.js';
import { MediaModule } from './media/media.module.js';
import { SearchModule } from './search/search.module.js';
import { TranslationsModule } from './translations/translations.module.js';

@Module({})
export class AppModule implements NestModule {
  /**
   * Documents over a shape limit are refused before graphql-js validation (see limits.ts); then
   * a request answered before is sent from the response cache without entering Apollo.
   */
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(limitsGate()).forRoutes('graphql');
  }

  static forRoot(config: AppConfig, database: DatabaseHandle): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot(config),
        TypeOrmModule.forRoot(typeOrmOptions(database)),
        DatabaseModule,
        RedisModule,
        ResponseCacheModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService, LimitStore, SignInThrottle, ResponseCache],
          useFactory: (
            auth: AuthService,
            limits: LimitStore,
            signIn: SignInThrottle,
            cache: ResponseCache,
          ) => graphqlOptions(config, auth, limits, signIn, cache),
        }),
        AuditModule,
        AuthModule,
        HealthModule,
        HomeModule,
        ExercisesModule,
        ExerciseCurationModule,
        ProgressionsModule,
        ProgramsModule,
        HandoutsModule,
        SearchModule,
        MediaModule,
        LibraryIoModule,
        TranslationsModule,
        ConsoleModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ResolverErrorFilter },
        DatabaseOutageWatch,
      ],
    };
  }
}

function graphqlOptions(
  config: AppConfig,
  auth: AuthService,
  limits: LimitStore,
  signIn: SignInThrottle,
  cache: ResponseCache,
): ApolloDriverConfig {
  return {
    path: '/graphql',
    // Built in memory; `npm run schema` writes schema.gql and a test keeps it in step.
    autoSchemaFile: true,
    // Not sorted: enum values keep their meaningful order (schema-file.ts sorts the rest of the
    // printed file by name). The error types are in no field's result: named here, so they are in
    // the schema for codegen.
    buildSchemaOptions: { orphanedTypes: [ErrorExtensions] },
    transformSchema: describeRootTypes,
    playground: false,
    introspection: config.introspection,
    // "Did you mean …?" suggestions reveal the schema when introspection is off.
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: LIMITS.tokens },
    // `fields { type { fields { type { fields ... } } } }` reads the schema again at every level.
    validationRules: [MaxIntrospectionDepthRule],
    formatError,
    context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
      const viewer = await auth.viewerFor(req.headers);
      // A stale token reads as anonymous; the header tells the client to sign in again.
      const challenge = authChallenge(viewer);
      if (challenge) res.setHeader('www-authenticate', challenge);
      return RequestContext.of(viewer, req.ip);
    },
    plugins: [
      // First, so its operation name and error codes are known whatever a later plugin refuses.
      graphqlObserverPlugin(),
      // A browser opening /graphql gets GraphiQL, served from here (Apollo's Sandbox needs its CDN).
      config.landingPage ? graphiqlLandingPage() : ApolloServerPluginLandingPageDisabled(),
      // Our own Cache-Control (http-cache.ts) replaces Apollo's, which hooks every field resolved.
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(),
      inputStringsPlugin(),
      serviceUnavailablePlugin(),
      rateLimitPlugin(
        { login: config.LOGIN_RATE_LIMIT, mutations: config.MUTATION_RATE_LIMIT },
        limits,
        signIn,
      ),
      // After the limits above: Apollo asks it for an answer only once every plugin's
      // didResolveOperation has passed, so a cached answer is limited like any other.
      responseCachePlugin(cache),
      httpCachePlugin(config.HTTP_CACHE_MAX_AGE),
    ],
  };
}
