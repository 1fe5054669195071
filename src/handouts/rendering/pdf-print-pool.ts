import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../../common/config/app-config.js';
import { serviceUnavailable } from '../../common/errors/errors.js';
import { Metrics, type PrintOutcome } from '../../common/observability/metrics.service.js';
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

  constructor(
    config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    const pool = new WorkerPool<RenderableHandout, Uint8Array>({
      entry: siblingModule(import.meta.url, 'pdf-worker'),
      threads: config.PRINT_WORKERS,
      queue: config.PRINT_QUEUE,
      timeoutMs: config.PRINT_TIMEOUT_MS,
      heapMb: config.PRINT_WORKER_HEAP_MB,
    });
    this.pool = pool;
    metrics.watch(
      'handout_print_queue_length',
      'Handout PDFs waiting for a print thread (PRINT_QUEUE at most)',
      () => pool.queued,
    );
    metrics.watch(
      'handout_print_active',
      'Handout PDFs rendering now (PRINT_WORKERS at most)',
      () => pool.pending - pool.queued,
    );
  }

  /**
   * Refuses a PDF at once when the pool is already full, before its pictures are loaded: under a
   * sustained flood the requests turned away load nothing. render() checks again, exactly.
   */
  assertRoom(): void {
    if (!this.pool.full) return;
    this.metrics.printRefused();
    throw queueFull();
  }

  /** The handout's bytes are copied to the thread (structured clone); the PDF comes back moved. */
  async render(handout: RenderableHandout): Promise<Buffer> {
    const started = performance.now();
    const took = (outcome: PrintOutcome) =>
      this.metrics.observePrint(outcome, (performance.now() - started) / 1000);
    try {
      const pdf = await this.pool.run(handout);
      took('ok');
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (error instanceof PoolFull) {
        this.metrics.printRefused();
        throw queueFull();
      }
      if (error instanceof TaskTimedOut) {
        took('timeout');
        this.logger.warn(error.message);
        throw serviceUnavailable('Printing took too long: try again in a minute.', 30);
      }
      took('failed');
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
