import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { type DatabaseHandle, startEmbeddedPostgres } from './embedded-postgres.js';
import { migrations } from './migrations/index.js';
import { databaseOutage } from './outage.js';
import { QueryLogger } from './query-logger.js';

export type { DatabaseHandle } from './embedded-postgres.js';

/** The configured PostgreSQL server, or the embedded engine when DATABASE_URL is unset. */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    const url = config.DATABASE_URL;
    return { url, embedded: false, poolSize: config.DB_POOL_SIZE, close: async () => undefined };
  }
  return startEmbeddedPostgres(config.DATA_DIR);
}

/** Schema changes only ever come from migrations, applied at start-up. */
export function typeOrmOptions(database: DatabaseHandle): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: database.url,
    autoLoadEntities: true,
    synchronize: false,
    migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logger: new QueryLogger(),
    logging: ['error', 'warn', 'migration'],
    maxQueryExecutionTime: 1000,
    // A wait for a connection that never frees (a query outside its transaction's connection on
    // the one-connection embedded engine) fails after 30 s instead of hanging.
    extra: { max: database.poolSize, connectionTimeoutMillis: 30_000 },
    // An idle pooled connection that the server closes: part of an outage, logged once there.
    poolErrorHandler: (error: unknown) => databaseOutage.noteFailure(error),
    // Fail fast at start-up instead of retrying a wrong URL for half a minute.
    retryAttempts: 1,
  };
}
