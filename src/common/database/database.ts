import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { type DatabaseHandle, startEmbeddedPostgres } from './embedded-postgres.js';
import { migrations } from './migrations/index.js';
import { QueryLogger } from './query-logger.js';

export type { DatabaseHandle } from './embedded-postgres.js';

/** The configured PostgreSQL server, or the embedded engine when DATABASE_URL is unset. */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, close: async () => undefined };
  }
  // A little headroom over the pool for the readiness probe and CLI tools.
  return startEmbeddedPostgres(config.DATA_DIR, config.DB_POOL_SIZE + 2);
}

/** Schema changes only ever come from migrations, applied at start-up. */
export function typeOrmOptions(url: string, config: AppConfig): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url,
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
    extra: { max: config.DB_POOL_SIZE },
    // Fail fast at start-up instead of retrying a wrong URL for half a minute.
    retryAttempts: 1,
  };
}
