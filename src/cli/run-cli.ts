import 'reflect-metadata';
import { createApp, type RunningApp } from '../bootstrap.js';
import { loadConfig } from '../common/config/app-config.js';

/**
 * Runs a maintenance task against the configured database (server or embedded) through the same
 * app the service runs, so it applies migrations and uses the same rules. Exits non-zero with the
 * reason on failure.
 */
export async function runCli(
  task: (app: RunningApp) => Promise<void>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  let running: RunningApp | undefined;
  try {
    running = await createApp(loadConfig({ ...env, SEED_ON_EMPTY: 'false' }));
    await task(running);
    await running.close();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await running?.close().catch(() => undefined);
    process.exit(1);
  }
}
