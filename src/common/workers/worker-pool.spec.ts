import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PoolFull, TaskFailed, TaskTimedOut, WorkerPool } from './worker-pool.js';

type Task = { action: 'ok' | 'reject' | 'throw' | 'exit' | 'oom' | 'hang'; ms?: number };
type Result = { threadId: number };

const ON_DEMAND = new URL('../../../test/support/workers/on-demand.mjs', import.meta.url);

describe('WorkerPool', () => {
  let pool: WorkerPool<Task, Result>;

  beforeEach(() => {
    pool = new WorkerPool({
      entry: ON_DEMAND,
      threads: 1,
      queue: 2,
      timeoutMs: 3000,
      heapMb: 32,
    });
  });
  afterEach(() => pool.close());

  it.each([
    ['an uncaught exception', 'throw', /TaskFailed|Error/],
    ['process.exit()', 'exit', /worker exited with code: 3/],
    ['running out of heap', 'oom', /ERR_WORKER_OUT_OF_MEMORY/],
    ['a rejected task', 'reject', /Error/],
  ] as const)('fails only the task that died of %s; the next one runs', async (_, action, why) => {
    const before = await pool.run({ action: 'ok' });
    const failed = await pool.run({ action }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(TaskFailed);
    expect((failed as Error).message).toMatch(why);
    const after = await pool.run({ action: 'ok' });
    if (action !== 'reject') expect(after.threadId).not.toBe(before.threadId);
  });

  it('stops a task that runs past its time, and replaces its thread', async () => {
    const before = await pool.run({ action: 'ok' });
    const started = Date.now();
    await expect(pool.run({ action: 'hang' })).rejects.toBeInstanceOf(TaskTimedOut);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await pool.run({ action: 'ok' })).threadId).not.toBe(before.threadId);
  });

  it('refuses a task at once when every thread is busy and the queue is full', async () => {
    await pool.run({ action: 'ok' });
    // 1 running + 2 queued fill the pool; the next ones are refused without waiting.
    const accepted = [1, 2, 3].map(() => pool.run({ action: 'ok', ms: 300 }));
    const refused = [4, 5].map(() => pool.run({ action: 'ok' }).catch((e: unknown) => e));
    for (const r of await Promise.all(refused)) expect(r).toBeInstanceOf(PoolFull);
    await Promise.all(accepted);
    expect(pool.pending).toBe(0);
    await expect(pool.run({ action: 'ok' })).resolves.toHaveProperty('threadId');
  });

  it('keeps this thread free while a worker is busy', async () => {
    await pool.run({ action: 'ok' });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await pool.run({ action: 'ok', ms: 800 });
    delay.disable();
    expect(delay.max / 1e6).toBeLessThan(200);
  });

  it('fails what is pending when closed, and refuses new tasks', async () => {
    await pool.run({ action: 'ok' });
    const running = pool.run({ action: 'ok', ms: 2000 }).catch((e: unknown) => e);
    await pool.close();
    expect(await running).toBeInstanceOf(TaskFailed);
    await expect(pool.run({ action: 'ok' })).rejects.toThrow(/closed/);
  });
});
