import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { BoundedLabels } from './bounded-labels.js';

/**
 * The process's own figures (CPU, memory, event-loop lag, GC), collected once per process: they
 * describe the process, not an app, and prom-client's collectors cannot be stopped, so one set
 * serves every app a process starts (tests start several).
 */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Seconds: from a cached read to a slow PDF. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** What a handout render came to. */
export type PrintOutcome = 'ok' | 'failed' | 'timeout';

/**
 * The service's Prometheus metrics, in a registry of this app's own (two apps in one process
 * would otherwise fight over the global one). Features record into it through the methods below;
 * gauges are read when Prometheus scrapes (`watch`), so nothing runs between scrapes.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  private readonly requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Requests by GraphQL operation name or HTTP route pattern, and status, until answered',
    labelNames: ['operation', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors answered, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly cacheLookups = new Counter({
    name: 'cache_lookups_total',
    help: 'Lookups in an in-process cache, by cache and whether it held the answer',
    labelNames: ['cache', 'result'] as const,
    registers: [this.registry],
  });

  private readonly prints = new Histogram({
    name: 'handout_print_duration_seconds',
    help: 'Handout PDF renders, from queued to done, by outcome',
    labelNames: ['outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly printsRefused = new Counter({
    name: 'handout_print_refused_total',
    help: 'Handout PDFs refused with 503 because every print thread was busy and the queue full',
    registers: [this.registry],
  });

  /** Codes come from our formatError, but a bound costs nothing. */
  private readonly codes = new BoundedLabels(50, 'OTHER');

  constructor() {
    // Started now: event-loop lag and GC are measured between scrapes, not at them.
    processMetrics();
  }

  observeRequest(operation: string, status: number | string, seconds: number): void {
    this.requests.observe({ operation, status: String(status) }, seconds);
  }

  countGraphQLErrors(codes: readonly string[]): void {
    for (const code of codes) this.graphqlErrors.inc({ code: this.codes.label(code) });
  }

  /** For every in-process cache, the response cache to come included. */
  cacheLookup(cache: string, hit: boolean): void {
    this.cacheLookups.inc({ cache, result: hit ? 'hit' : 'miss' });
  }

  observePrint(outcome: PrintOutcome, seconds: number): void {
    this.prints.observe({ outcome }, seconds);
  }

  printRefused(): void {
    this.printsRefused.inc();
  }

  /** A gauge whose value is read from `read` at each scrape. */
  watch(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** The text Prometheus reads: the process's figures, then this app's. */
  async exposition(): Promise<string> {
    return `${await processMetrics().metrics()}\n${await this.registry.metrics()}`;
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
