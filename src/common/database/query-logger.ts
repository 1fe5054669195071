import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';
import { databaseOutage } from './outage.js';
import { describeQueryError, statementName } from './pg-errors.js';

/**
 * TypeORM's own loggers print a failed query with its parameters, and PostgreSQL's messages quote
 * values (`Key (email)=(…) already exists`): both can hold health data. This one logs the
 * SQLSTATE and the statement's first words only; an outage is logged once, by the tracker.
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
    if (databaseOutage.noteFailure(error)) return;
    this.logger.warn(`Query failed: ${describeQueryError(error, query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${statementName(query)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
