import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { RequestContext } from '../context/request-context.js';

/** The one row of `library_version` (migration 1765400000000), bumped by triggers only. */
@Injectable()
export class LibraryVersionRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** The committed version, as text (a bigint). */
  async read(): Promise<string> {
    const rows: { version: string }[] = await this.db
      .manager(RequestContext.system())
      .query('SELECT version::text AS version FROM library_version');
    return rows[0].version;
  }
}
