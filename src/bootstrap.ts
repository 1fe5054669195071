import { createServer } from 'node:net';
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

/** Where the service cannot listen: a one-line message for the user, no stack trace. */
export class PortUnavailableError extends Error {
  override readonly name = 'PortUnavailableError';
}

const PORT_PROBLEMS: Record<string, (port: number, host: string) => string> = {
  EADDRINUSE: (port, host) =>
    `PORT ${port} is already in use on ${host}: stop what listens there, or start with another, e.g. PORT=${port < 65535 ? port + 1 : 3000}`,
  EACCES: (port, host) =>
    `PORT ${port} on ${host} needs privileges this process does not have: use a port above 1023`,
  EADDRNOTAVAIL: (port, host) =>
    `HOST ${host} is not an address of this machine (PORT ${port}): use 127.0.0.1, or 0.0.0.0 for every interface`,
};

/** The one-line explanation of a listen error (EADDRINUSE, EACCES, EADDRNOTAVAIL), if it is one. */
export function portProblem(error: unknown, port: number, host: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? PORT_PROBLEMS[code]?.(port, host) : undefined;
}

/**
 * Binds PORT on HOST for an instant and lets it go, so a taken port stops the start-up before the
 * database is opened, migrated or seeded. PORT=0 (any free port) needs no check.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      const problem = portProblem(error, port, host);
      reject(problem ? new PortUnavailableError(problem) : error);
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

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
