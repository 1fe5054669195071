import type { Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Metrics } from './metrics.service.js';

const logger = new Logger('Shutdown');

export interface DrainOptions {
  /** Readiness answers 503 this long while everything else is served as usual. */
  delayMs: number;
  /** Then the listener closes and requests in flight get this long to finish. */
  timeoutMs: number;
}

/**
 * Stops the service without failing a request it has accepted. On SIGTERM (main.ts): readiness
 * goes 503 at once so a load balancer stops routing here; answers carry `Connection: close` so
 * kept-alive clients reconnect elsewhere; after `delayMs` the listener closes (no new
 * connection); requests in flight, PDF renders among them, finish within `timeoutMs`. Only then
 * are the pools closed (Nest's close() would destroy the print threads first and the HTTP server
 * last, failing every render still running).
 */
@Injectable()
export class GracefulShutdown implements OnApplicationBootstrap {
  private readonly inFlight = new Set<ServerResponse>();
  private stopping = false;
  private hurry: (() => void) | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    metrics: Metrics,
  ) {
    metrics.watch(
      'http_requests_in_flight',
      'Requests received and not yet answered',
      () => this.inFlight.size,
    );
  }

  /** Readiness reads this: true from the signal on. */
  get draining(): boolean {
    return this.stopping;
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  onApplicationBootstrap(): void {
    // Before Express' own listener: every request is counted, even one it answers at once.
    this.server().prependListener('request', (_req, res: ServerResponse) => {
      this.inFlight.add(res);
      res.once('close', () => this.inFlight.delete(res));
      if (this.stopping) res.setHeader('connection', 'close');
    });
  }

  /** True when every request finished in time; false when some were cut at the timeout. */
  async drain({ delayMs, timeoutMs }: DrainOptions): Promise<boolean> {
    this.stopping = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    logger.log(`Draining: readiness answers 503; ${this.inFlight.size} requests in flight`);
    const hurried = new Promise<void>((resolve) => (this.hurry = resolve));
    await Promise.race([sleep(delayMs), hurried]);
    // One turn of the event loop: a request its client has already written is read now, and
    // counts as in flight rather than as an idle connection to close.
    await new Promise((resolve) => setImmediate(resolve));
    const server = this.server();
    // Stops accepting, and closes kept-alive connections that carry no request.
    const closed = new Promise((resolve) => server.close(resolve));
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight.size > 0 && this.hurry && Date.now() < deadline) {
      await Promise.race([sleep(Math.min(50, deadline - Date.now())), hurried]);
    }
    const cut = this.inFlight.size;
    if (cut > 0) logger.warn(`Shutdown: ${cut} requests still running are cut`);
    // What is left holds no finished request's client: idle sockets, or those just cut.
    server.closeAllConnections();
    await closed;
    return cut === 0;
  }

  /** A second signal: stop waiting, cut what is left. */
  stopWaiting(): void {
    this.hurry?.();
    this.hurry = null;
  }

  private server(): Server {
    return this.adapterHost.httpAdapter.getHttpServer() as Server;
  }
}
