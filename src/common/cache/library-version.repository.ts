import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** The one row of `library_version` (migration 1765400000000), bumped by triggers only. */
@Injectable()
export class LibraryVersionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The committed version, as text (a bigint). Read from the pool itself, beside TypeORM: it is
   * polled twice a second, belongs to no request, and must neither fill the query log nor count
   * among a request's statements. Never inside a transaction (it would not see other commits).
   */
  async read(): Promise<string> {
    const pool = (this.dataSource.driver as PostgresDriver).master as pg.Pool;
    const { rows } = await pool.query<{ version: string }>(
      'SELECT version::text AS version FROM library_version',
    );
    return rows[0].version;
  }
}
