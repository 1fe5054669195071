import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { accountId } from '../common/access/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../common/config/app-config.js';
import { RequestContext } from '../common/context/request-context.js';
import { forbidden, notFound, assertUuid } from '../common/errors/errors.js';
import { FreeExerciseDbImporter } from './free-exercise-db-importer.service.js';
import { importFile } from './import-path.js';
import { type ImportRow, LibraryImportRepository } from './library-import.repository.js';
import { type LibraryImport, LibraryImportStatus } from './models/library-import.model.js';

/**
 * A RUNNING import whose row has not moved for this long was left by an instance that stopped
 * (a batch of 100 takes seconds): it is reported FAILED rather than running for ever.
 */
const STALLED_MS = 10 * 60_000;

/**
 * Imports free-exercise-db in the background: startLibraryImport checks the path and answers at
 * once with a RUNNING import; the import then writes its progress after every batch, and its
 * report or error at the end, to library_import, which any instance reads for libraryImport(id).
 */
@Injectable()
export class LibraryImports implements BeforeApplicationShutdown {
  private readonly logger = new Logger('LibraryImports');
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly imports: LibraryImportRepository,
    private readonly importer: FreeExerciseDbImporter,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async start(ctx: RequestContext, path: string): Promise<LibraryImport> {
    if (!this.config.IMPORT_DIR) throw forbidden('Imports over the API are off: set IMPORT_DIR.');
    const file = await importFile(this.config.IMPORT_DIR, path, 'input.path');
    const id = await this.imports.insert(ctx, path, accountId(ctx.viewer));
    await this.audit.record(ctx, 'LIBRARY_IMPORT_STARTED', { type: 'libraryImport', id }, { path });
    // A context of its own: the request's (and its loaders' cache) ends with the answer.
    const job = this.run(RequestContext.of(ctx.viewer, ctx.ip), id, file).finally(() =>
      this.running.delete(job),
    );
    this.running.add(job);
    return (await this.find(ctx, id)) as LibraryImport;
  }

  async find(ctx: RequestContext, id: string): Promise<LibraryImport> {
    const row = await this.imports.find(ctx, assertUuid(id));
    if (!row) throw notFound('Library import', id);
    return stalled(row)
      ? { ...row, status: LibraryImportStatus.FAILED, error: 'The instance running it stopped.' }
      : row;
  }

  /** Shutting down waits for imports under way, so none is cut mid-batch. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async run(ctx: RequestContext, id: string, file: string): Promise<void> {
    const system = RequestContext.system();
    // Progress is written in order, one statement at a time, whatever the batches' pace.
    let written = Promise.resolve();
    const onProgress = (done: number, total: number) => {
      written = written.then(() => this.imports.progress(system, id, done, total));
    };
    try {
      const report = await this.importer.importFile(ctx, file, onProgress, 'input.path');
      await written;
      await this.imports.succeeded(system, id, report);
    } catch (error) {
      await written.catch(() => undefined);
      const message = reason(error);
      this.logger.warn(`Library import ${id} failed: ${message}`);
      await this.imports.failed(system, id, message).catch(() => undefined);
    }
  }
}

function stalled(row: ImportRow): boolean {
  return (
    row.status === LibraryImportStatus.RUNNING && Date.now() - row.updatedAt.getTime() > STALLED_MS
  );
}

/** What a failure says to the admin: the file's problem in words, never a stack. */
function reason(error: unknown): string {
  if (error instanceof SyntaxError) return 'The file is not valid JSON.';
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EISDIR' || code === 'EACCES') return `The file cannot be read (${code}).`;
  const fields = (error as { extensions?: { fields?: { message: string }[] } }).extensions?.fields;
  if (fields?.length) return fields.map((f) => f.message).join('; ');
  return 'The import stopped on an unexpected error; the batches already imported stay.';
}
