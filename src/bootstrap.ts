import type { INestApplication } from '@nestjs/common';
import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface.js';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { Logger, PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { useBodyParsers } from './common/errors/body-parsers.js';
import { CachedAnswerMiddleware } from './common/cache/cached-answer.middleware.js';
import type { AppConfig } from './common/config/app-config.js';
import { type DatabaseHandle, openDatabase } from './common/database/database.js';
import { duringStartUp } from './common/database/start-up-lock.js';
import { GracefulShutdown } from './common/observability/graceful-shutdown.js';
import { RequestObserver } from './common/observability/request-observer.js';
import { LibrarySeeder } from './library-io/library-seeder.service.js';

export interface RunningApp {
  app: NestExpressApplication;
  database: DatabaseHandle;
  /** Drains requests on SIGTERM before close() (main.ts). */
  shutdown: GracefulShutdown;
  /** Stops the app, then the embedded engine if there is one. */
  close(): Promise<void>;
}

/**
 * Browsers on the origins in CORS_ORIGINS may call the API; any other origin gets no CORS headers,
 * so its pages cannot read an answer. Tokens travel in the Authorization header, not cookies, so
 * credentials stay off. Apollo's CSRF prevention still refuses requests a browser would send
 * without a preflight (a form post, a GET without a content-type or Apollo header).
 */
export function corsOptions(config: AppConfig): CorsOptions {
  return {
    origin: config.corsOrigins,
    credentials: false,
    // Readable by the page: when to retry a 429/503, a PDF's file name, why a token was refused,
    // and the id the service logged the request under (for a bug report).
    exposedHeaders: ['Retry-After', 'Content-Disposition', 'WWW-Authenticate', 'X-Request-Id'],
    // Browsers may reuse a preflight's answer for ten minutes.
    maxAge: 600,
  };
}

/**
 * Opens the database (server or embedded), builds the app (which applies pending migrations and
 * creates the first admin) and loads the seed library into an empty catalogue, all under an
 * advisory lock: instances started at once on one database take turns. Shared by main.ts, the CLI
 * tools and the tests.
 */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  const database = await openDatabase(config);
  try {
    return await duringStartUp(database, (waited) => build(config, database, waited));
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function build(
  config: AppConfig,
  database: DatabaseHandle,
  waitedMs: number,
): Promise<RunningApp> {
  let app: INestApplication | undefined;
  try {
    // Nest's own lines wait for pino (useLogger below) instead of going out in its format.
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
      bufferLogs: true,
      abortOnError: false,
      // Registered below, after the request observer, with errors in the route's own shape.
      bodyParser: false,
    });
    // The client, not the server, ends an idle connection (HTTP_KEEP_ALIVE_MS says why); headers
    // may take the same time plus a second, as Node requires headersTimeout > keepAliveTimeout.
    const server = app.getHttpServer() as Server;
    server.keepAliveTimeout = config.HTTP_KEEP_ALIVE_MS;
    server.headersTimeout = config.HTTP_KEEP_ALIVE_MS + 1000;
    const logger = app.get(Logger);
    // One root logger per process (nestjs-pino's), made with the first app's options: each app
    // sets its own level on it (tests and CLI tools start several, not always alike).
    PinoLogger.root.level = config.logLevel;
    // Every `new Logger(context)` of @nestjs/common, and Nest itself, now writes through pino.
    app.useLogger(logger);
    if (waitedMs > 0) {
      logger.log(`Waited ${waitedMs} ms for another instance to migrate and seed`, 'StartUp');
    }
    // First on Express, before the body parser: a request refused there is logged and counted.
    app.use(app.get(RequestObserver).middleware);
    // req.ip is the client's address only when a trusted proxy says so (TRUST_PROXY).
    (app as NestExpressApplication).set('trust proxy', config.trustProxy);
    // Before init, so GraphQL and every HTTP route answer a listed origin's preflight.
    app.enableCors(corsOptions(config));
    // After CORS, so that a browser on another origin can read a refused body's error too.
    useBodyParsers(app as NestExpressApplication);
    // Repeated public queries answered here, ahead of Nest's own middleware (see the class).
    const cachedAnswers = app.get(CachedAnswerMiddleware);
    app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
      void cachedAnswers.use(req, res, next);
    });
    await app.init();
    if (config.SEED_ON_EMPTY) await app.get(LibrarySeeder).seedMissing();
    const running = app as NestExpressApplication;
    return {
      app: running,
      database,
      shutdown: running.get(GracefulShutdown),
      async close() {
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close();
    throw error;
  }
}
