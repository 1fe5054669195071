import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import type { AppConfig } from './common/config/app-config.js';
import { type DatabaseHandle, openDatabase } from './common/database/database.js';
import { LibrarySeeder } from './library-io/library-seeder.service.js';

export interface RunningApp {
  app: NestExpressApplication;
  database: DatabaseHandle;
  /** Stops the app, then the embedded engine if there is one. */
  close(): Promise<void>;
}

const LOG_LEVELS: Record<AppConfig['NODE_ENV'], LogLevel[]> = {
  development: ['log', 'warn', 'error'],
  production: ['log', 'warn', 'error'],
  test: ['warn', 'error'],
};

/**
 * Opens the database (server or embedded), builds the app (which applies pending migrations) and
 * loads the seed library into an empty catalogue. Shared by main.ts, the CLI tools and the tests.
 */
export async function createApp(config: AppConfig): Promise<RunningApp> {
  const database = await openDatabase(config);
  let app: INestApplication | undefined;
  try {
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
      logger: LOG_LEVELS[config.NODE_ENV],
      abortOnError: false,
    });
    // req.ip is the client's address only when a trusted proxy says so (TRUST_PROXY).
    (app as NestExpressApplication).set('trust proxy', config.trustProxy);
    await app.init();
    if (config.SEED_ON_EMPTY) await app.get(LibrarySeeder).seedIfEmpty();
    const running = app as NestExpressApplication;
    return {
      app: running,
      database,
      async close() {
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
}
