import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { unauthenticated } from '../errors/errors.js';
import { HttpExceptionFilter } from '../errors/http-exception.filter.js';
import { mayScrape, metricsAccess, type MetricsAccess } from './metrics-access.js';
import { Metrics } from './metrics.service.js';

/** Prometheus' scrape target; registered only when someone may read it (see metrics-access.ts). */
@Controller('metrics')
@UseFilters(HttpExceptionFilter)
export class MetricsController {
  private readonly access: MetricsAccess;

  constructor(
    private readonly metrics: Metrics,
    config: AppConfig,
  ) {
    this.access = metricsAccess(config);
  }

  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('cache-control', 'no-store');
    if (!mayScrape(this.access, req.headers.authorization)) {
      res.set('www-authenticate', 'Bearer realm="metrics"');
      throw unauthenticated('Send METRICS_TOKEN as Authorization: Bearer <token>.');
    }
    res.type(this.metrics.contentType).send(await this.metrics.exposition());
  }
}
