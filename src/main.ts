import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './common/config/app-config.js';
import { assertPortFree, portProblem, PortUnavailableError } from './common/config/port.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  // A taken port is found before anything touches the database (no migration, no seeding), and
  // before the app's modules are loaded (seconds), so the answer comes at once.
  await assertPortFree(config.PORT, config.HOST);
  const { createApp } = await import('./bootstrap.js');
  const { app, database, shutdown, close } = await createApp(config);
  app.disable('x-powered-by');
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    // Taken in the moment between the check and now: the same one line, after a clean stop.
    await close();
    const problem = portProblem(error, config.PORT, config.HOST);
    throw problem ? new PortUnavailableError(problem) : error;
  }
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  // Without PUBLIC_URL, handout links point at where this process really listens (PORT=0 too).
  config.PUBLIC_URL ??= url;
  const logger = new Logger('Main');
  const engine = database.embedded
    ? // Only this user can open its socket; an operator's psql gets in with this URL.
      `embedded PostgreSQL in ${config.DATA_DIR}, psql "${database.url}"`
    : 'PostgreSQL server';
  logger.log(`Database: ${engine}`);
  logger.log(
    `Ready in ${Math.round(performance.now() - started)} ms, ` +
      `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB resident`,
  );
  logger.log(`GraphQL: ${url}/graphql`);

  // SIGTERM (an orchestrator) and SIGINT (Ctrl-C): drain, then close the pools. A second signal
  // stops waiting for what is still running.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      shutdown.stopWaiting();
      return;
    }
    stopping = true;
    logger.log(`${signal}: shutting down`);
    const drained = await shutdown.drain({
      delayMs: config.SHUTDOWN_DELAY_MS,
      timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    });
    await close();
    logger.log(drained ? 'Stopped' : 'Stopped, some requests cut short');
    // Non-zero when requests were cut, so a supervisor's record shows it.
    process.exit(drained ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Configuration, port and lock problems are the user's to fix: say what, without a stack trace.
  if (
    error instanceof ConfigError ||
    error instanceof PortUnavailableError ||
    (error instanceof Error && error.name === 'DataDirLockedError')
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
