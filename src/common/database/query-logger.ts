import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * TypeORM's own loggers print a failed query with its parameters, and parameters can hold health
 * data (patient names on handouts). This one logs the failure and the SQL text only.
 */
export class QueryLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {}

  logQueryError(
    error: string | Error,
    query: string,
    _parameters?: unknown[],
    _runner?: QueryRunner,
  ): void {
    const message = error instanceof Error ? error.message : error;
    this.logger.warn(`Query failed: ${message} -- ${query.slice(0, 300)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query.slice(0, 300)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
