import { type DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config.js';
import { DatabasePoolMetrics } from './database-metrics.js';
import { GracefulShutdown } from './graceful-shutdown.js';
import { loggerParams } from './log-output.js';
import { metricsAccess } from './metrics-access.js';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.service.js';
import { RequestObserver } from './request-observer.js';

/**
 * Logs (pino, JSON lines with a request id), metrics (/metrics for Prometheus) and graceful
 * shutdown. Global: any feature may record into Metrics, and readiness asks GracefulShutdown.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(config))],
      // Not even a route in production without a token (metrics-access.ts).
      controllers: metricsAccess(config).kind === 'hidden' ? [] : [MetricsController],
      providers: [Metrics, DatabasePoolMetrics, RequestObserver, GracefulShutdown],
      exports: [Metrics, RequestObserver, GracefulShutdown],
    };
  }
}
