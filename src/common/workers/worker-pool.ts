import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';

export interface WorkerPoolOptions {
  /** The worker module (its default export runs each task); see `siblingModule`. */
  entry: URL;
  /** Threads kept running. */
  threads: number;
  /** Tasks that may wait for a free thread; one more is refused with `PoolFull`. */
  queue: number;
  /** The longest a task may take, its wait in the queue included. */
  timeoutMs: number;
  /** Heap of each thread: a task that needs more fails alone and its thread is replaced. */
  heapMb: number;
}

/** Every thread is busy and the queue is full: the caller should try again later. */
export class PoolFull extends Error {
  constructor() {
    super('Every worker is busy and the queue is full');
    this.name = 'PoolFull';
  }
}

/** The task was not done in time (queued or running); a running one had its thread stopped. */
export class TaskTimedOut extends Error {
  constructor(timeoutMs: number) {
    super(`The task was not done within ${timeoutMs} ms`);
    this.name = 'TaskTimedOut';
  }
}

/** The task threw, or its thread died under it (uncaught error, exit, out of memory). */
export class TaskFailed extends Error {
  constructor(cause: unknown) {
    super(`The task failed in its worker: ${describe(cause)}`, { cause });
    this.name = 'TaskFailed';
  }
}

/**
 * CPU-heavy work in a pool of worker threads (piscina), so that it cannot block the event loop
 * and a crash inside it cannot take the process down: piscina fails the task whose thread died
 * and starts another thread. The queue is bounded by counting the tasks in flight here, so that
 * a flood is refused at once instead of piling up in memory.
 *
 * Threads start on the first task, not with the app: a process that never prints never pays for
 * them.
 */
export class WorkerPool<Task, Result> {
  private pool: Piscina<Task, Result> | null = null;
  private inFlight = 0;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Tasks running or waiting. */
  get pending(): number {
    return this.inFlight;
  }

  /** Tasks waiting for a free thread (the rest of `pending` are running). */
  get queued(): number {
    return this.pool?.queueSize ?? 0;
  }

  /** Whether run() would refuse a task now: lets a caller turn work away before preparing it. */
  get full(): boolean {
    return this.inFlight >= this.options.threads + this.options.queue;
  }

  async run(task: Task, transferList?: Transferable[]): Promise<Result> {
    if (this.closed) throw new Error('The worker pool is closed');
    if (this.full) throw new PoolFull();
    this.inFlight++;
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      return await this.piscina().run(task, {
        signal,
        transferList: transferList as never,
      });
    } catch (error) {
      if (signal.aborted) throw new TaskTimedOut(this.options.timeoutMs);
      throw new TaskFailed(error);
    } finally {
      this.inFlight--;
    }
  }

  /** Stops every thread; tasks still waiting or running are failed. */
  async close(): Promise<void> {
    this.closed = true;
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  private piscina(): Piscina<Task, Result> {
    if (this.pool) return this.pool;
    const { threads, heapMb } = this.options;
    const pool = new Piscina<Task, Result>({
      ...workerFile(this.options.entry),
      minThreads: threads,
      maxThreads: threads,
      // Threads hold what they loaded once (fonts, parsers): keep them.
      idleTimeout: Infinity,
      // The bound is ours (see run()); piscina queues what we let through.
      maxQueue: Infinity,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    // A thread that dies while idle is replaced by piscina; nothing waits on it.
    pool.on('error', () => undefined);
    this.pool = pool;
    return pool;
  }
}

/**
 * The module beside `importMetaUrl` named `name`, with the caller's own extension: `.js` in the
 * compiled app (dist/), `.ts` when the sources run directly (jest).
 */
export function siblingModule(importMetaUrl: string, name: string): URL {
  return new URL(`./${name}${extname(new URL(importMetaUrl).pathname)}`, importMetaUrl);
}

/**
 * A worker thread is a fresh Node isolate that cannot load TypeScript by itself: a `.ts` entry
 * (tests run the sources) goes through ts-entry.mjs, which registers a TypeScript loader in that
 * thread only. The compiled app loads its `.js` entry directly, with no loader.
 */
function workerFile(entry: URL): { filename: string; workerData?: { tsEntry: string } } {
  if (!entry.pathname.endsWith('.ts')) return { filename: fileURLToPath(entry) };
  return {
    filename: fileURLToPath(new URL('./ts-entry.mjs', import.meta.url)),
    workerData: { tsEntry: entry.href },
  };
}

/** What went wrong, without the message text of an error that may quote the task's data. */
function describe(cause: unknown): string {
  // Duck-typed: errors made by Node for a worker may come from another realm than ours (jest).
  if (typeof cause !== 'object' || cause === null) return 'unknown error';
  const { name, message, code } = cause as { name?: unknown; message?: unknown; code?: unknown };
  // piscina's own words for a thread that ended under a task.
  if (typeof message === 'string' && /^worker exited with code: -?\d+$/.test(message)) {
    return message;
  }
  const kind = typeof name === 'string' ? name : 'Error';
  return typeof code === 'string' ? `${kind} ${code}` : kind;
}
