import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '../config/app-config.js';
import { LibraryVersionRepository } from './library-version.repository.js';

/** The channel the triggers `pg_notify` on (migration 1765400000000). */
export const LIBRARY_CHANNEL = 'library_version';
/** The fallback: how often the version is read even when nothing was heard. */
export const POLL_MS = 500;
const RECONNECT_MS = 1000;

/**
 * What this instance believes the library version is; the response cache keys on it, so a
 * write elsewhere makes every older entry unreachable. It learns a new version three ways:
 * - LISTEN on the server engine (a dedicated connection, outside the pool): within
 *   milliseconds of the writer's commit, whichever instance or process wrote; every
 *   (re)connection reads the version once, since nothing before LISTEN was heard;
 * - a poll every 500 ms on the embedded engine, which has one connection and so nothing to
 *   LISTEN with (on the server, the poll would only repeat what LISTEN already said);
 * - `refresh()` after this instance's own writes, so its next read is fresh at once.
 * `current` is null (serve nothing from the cache) until the first read, after a failed read,
 * and on the server engine while the LISTEN connection is down.
 */
@Injectable()
export class LibraryVersion implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LibraryVersion');
  private known: bigint | null = null;
  private listening: boolean;
  private listener: pg.Client | null = null;
  private poll?: NodeJS.Timeout;
  private reconnect?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly versions: LibraryVersionRepository,
  ) {
    // Only the server engine can hold a second connection to LISTEN on.
    this.listening = !config.DATABASE_URL;
  }

  get current(): string | null {
    return this.listening && this.known !== null ? this.known.toString() : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.RESPONSE_CACHE === 'off') return;
    if (this.config.DATABASE_URL) return this.listen();
    await this.refresh();
    // One poll at a time: on the one-connection engine a long transaction would stack them.
    let polling = false;
    this.poll = setInterval(() => {
      if (polling) return;
      polling = true;
      void this.refresh().finally(() => (polling = false));
    }, POLL_MS).unref();
  }

  /** Reads the committed version; a failure forgets it, so nothing is served until it is known. */
  async refresh(): Promise<void> {
    if (this.config.RESPONSE_CACHE === 'off') return;
    try {
      this.learn(BigInt(await this.versions.read()));
    } catch {
      this.known = null;
    }
  }

  /** Versions only grow: a slow read that started before a notification must not go back. */
  private learn(version: bigint): void {
    if (this.known === null || version > this.known) this.known = version;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL });
    this.listener = client;
    const lost = (why: string) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.listening = false;
      if (this.stopped) return;
      this.logger.warn(
        `LISTEN connection lost (${why}); the response cache is bypassed until it is back`,
      );
      client.end().catch(() => undefined);
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_MS).unref();
    };
    client.on('error', (err: Error) => lost(err.message));
    client.on('end', () => lost('closed'));
    client.on('notification', (message) => {
      if (message.channel !== LIBRARY_CHANNEL || !message.payload) return;
      try {
        this.learn(BigInt(message.payload));
      } catch {
        // Not ours (someone else notifying on the channel): the poll will read the truth.
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIBRARY_CHANNEL}`);
      // Anything committed before LISTEN took effect was not heard: read it now.
      this.known = null;
      this.listening = true;
      await this.refresh();
    } catch (err) {
      lost((err as Error).message);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.reconnect);
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }
}
