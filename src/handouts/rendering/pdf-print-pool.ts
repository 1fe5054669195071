import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../../common/config/app-config.js';
import { serviceUnavailable } from '../../common/errors/errors.js';
import {
  PoolFull,
  siblingModule,
  TaskFailed,
  TaskTimedOut,
  WorkerPool,
} from '../../common/workers/worker-pool.js';
import type { RenderableHandout } from '../handout-content.js';

/** A PDF could not be made: the render failed or its print thread died under it. */
export class PrintFailed extends Error {
  constructor(cause: TaskFailed) {
    super(`The handout PDF could not be printed (${cause.message})`, { cause });
    this.name = 'PrintFailed';
  }
}

/**
 * Prints handout PDFs in worker threads (pdf-worker.ts). A render is 100 to 200 ms of CPU in
 * pdfkit: on the main thread it stalled every other request while it ran, and a crash inside
 * pdfkit (a damaged picture) took the whole process down. Here a full queue answers 503 with
 * Retry-After, and a crash fails that one PDF while the pool starts a new thread.
 */
@Injectable()
export class PdfPrintPool implements OnModuleDestroy {
  private readonly logger = new Logger('Printing');
  private readonly pool: WorkerPool<RenderableHandout, Uint8Array>;

  constructor(config: AppConfig) {
    this.pool = new WorkerPool({
      entry: siblingModule(import.meta.url, 'pdf-worker'),
      threads: config.PRINT_WORKERS,
      queue: config.PRINT_QUEUE,
      timeoutMs: config.PRINT_TIMEOUT_MS,
      heapMb: config.PRINT_WORKER_HEAP_MB,
    });
  }

  /**
   * Refuses a PDF at once when the pool is already full, before its pictures are loaded: under a
   * sustained flood the requests turned away load nothing. render() checks again, exactly.
   */
  assertRoom(): void {
    if (this.pool.full) throw queueFull();
  }

  /** The handout's bytes are copied to the thread (structured clone); the PDF comes back moved. */
  async render(handout: RenderableHandout): Promise<Buffer> {
    try {
      const pdf = await this.pool.run(handout);
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (error instanceof PoolFull) throw queueFull();
      if (error instanceof TaskTimedOut) {
        this.logger.warn(error.message);
        throw serviceUnavailable('Printing took too long: try again in a minute.', 30);
      }
      if (error instanceof TaskFailed) throw new PrintFailed(error);
      throw error;
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.close();
  }
}

const queueFull = () =>
  serviceUnavailable('Too many handouts are printing: try again in a few seconds.', 2);
