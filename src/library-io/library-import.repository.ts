import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import type { ImportReport } from './models/import-report.model.js';
import { type LibraryImport, LibraryImportStatus } from './models/library-import.model.js';

interface Row {
  id: string;
  path: string;
  status: LibraryImportStatus;
  processed: number;
  total: number | null;
  report: ImportReport | null;
  error: string | null;
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

/** What a poll needs, plus when the job last moved (to tell a stalled one). */
export type ImportRow = LibraryImport & { updatedAt: Date };

const toImport = (r: Row): ImportRow => ({
  id: r.id,
  path: r.path,
  status: r.status,
  processed: r.processed,
  total: r.total,
  report: r.report,
  error: r.error,
  startedAt: r.started_at,
  updatedAt: r.updated_at,
  finishedAt: r.finished_at,
});

/** Every statement on library_import: a row per import, written as it runs. */
@Injectable()
export class LibraryImportRepository {
  constructor(private readonly db: TransactionalConnection) {}

  async insert(ctx: RequestContext, path: string, startedBy: string | null): Promise<string> {
    const rows = await this.db
      .manager(ctx)
      .query<{ id: string }[]>(
        'INSERT INTO library_import (path, started_by) VALUES ($1, $2) RETURNING id',
        [path, startedBy],
      );
    return rows[0].id;
  }

  async find(ctx: RequestContext, id: string): Promise<ImportRow | null> {
    const rows = await this.db
      .manager(ctx)
      .query<Row[]>('SELECT * FROM library_import WHERE id = $1', [id]);
    return rows[0] ? toImport(rows[0]) : null;
  }

  async progress(ctx: RequestContext, id: string, processed: number, total: number) {
    await this.db
      .manager(ctx)
      .query(
        "UPDATE library_import SET processed = $2, total = $3, updated_at = now() WHERE id = $1 AND status = 'RUNNING'",
        [id, processed, total],
      );
  }

  async succeeded(ctx: RequestContext, id: string, report: ImportReport) {
    await this.db.manager(ctx).query(
      `UPDATE library_import SET status = 'SUCCEEDED', processed = $2, total = $2, report = $3,
         updated_at = now(), finished_at = now() WHERE id = $1`,
      [id, report.total, JSON.stringify(report)],
    );
  }

  async failed(ctx: RequestContext, id: string, error: string) {
    await this.db.manager(ctx).query(
      `UPDATE library_import SET status = 'FAILED', error = $2, updated_at = now(),
         finished_at = now() WHERE id = $1 AND status = 'RUNNING'`,
      [id, error],
    );
  }
}
