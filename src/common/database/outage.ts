import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode } from '../errors/errors.js';
import { describeQueryError, isDatabaseUnavailable } from './pg-errors.js';

const logger = new Logger('Database');
/** How often an outage is probed for its end. */
const PROBE_MS = 2_000;

type Probe = () => Promise<unknown>;

/**
 * One log line when the database becomes unreachable and one when it answers again, instead of a
 * stack per request. Every error path (GraphQL, HTTP routes) reports what it caught here.
 */
class OutageTracker {
  private down = false;
  private since = 0;
  private probe: Probe | null = null;
  private timer: NodeJS.Timeout | null = null;

  /** True (and logged once per outage) when the error means the database is unreachable. */
  noteFailure(error: unknown): boolean {
    if (!isDatabaseUnavailable(error)) return false;
    if (!this.down) {
      this.down = true;
      this.since = Date.now();
      logger.error(
        `Database unavailable (${describeQueryError(error)}): answering 503 until it is back`,
      );
      this.schedule();
    }
    return true;
  }

  get isDown(): boolean {
    return this.down;
  }

  /** Called by the running app, so an outage can be seen to end even with no traffic. */
  watch(probe: Probe): () => void {
    this.probe = probe;
    return () => {
      if (this.probe !== probe) return;
      this.probe = null;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.down = false;
    };
  }

  private schedule(): void {
    if (this.timer || !this.probe) return;
    this.timer = setTimeout(() => void this.check(), PROBE_MS);
    this.timer.unref();
  }

  private async check(): Promise<void> {
    this.timer = null;
    if (!this.probe || !this.down) return;
    try {
      await this.probe();
      this.down = false;
      // A warning, not a plain log line: it closes the error above, at the same log levels.
      logger.warn(
        `Database reachable again after ${Math.round((Date.now() - this.since) / 1000)} s`,
      );
    } catch {
      this.schedule();
    }
  }
}

export const databaseOutage = new OutageTracker();

/** Lets the tracker probe this app's database while an outage lasts. */
@Injectable()
export class DatabaseOutageWatch implements OnApplicationShutdown {
  private readonly stop: () => void;

  constructor(dataSource: DataSource) {
    this.stop = databaseOutage.watch(() => dataSource.query('SELECT 1'));
  }

  onApplicationShutdown(): void {
    this.stop();
  }
}

/** The JSON answer of an HTTP route while the database is down (with status 503). */
export const UNAVAILABLE_BODY = {
  code: ErrorCode.SERVICE_UNAVAILABLE,
  message: 'The database is unavailable; try again shortly.',
} as const;
export const RETRY_AFTER_SECONDS = 5;
