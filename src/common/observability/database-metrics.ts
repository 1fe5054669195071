import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Metrics } from './metrics.service.js';

/**
 * The pg pool under TypeORM, read at each scrape: clients waiting for a connection while all are
 * in use is the first sign that DB_POOL_SIZE, or a slow query, limits the service.
 */
@Injectable()
export class DatabasePoolMetrics {
  constructor(metrics: Metrics, dataSource: DataSource) {
    // TypeORM's postgres driver keeps its pg.Pool as `master` (absent once destroyed).
    const pool = () => (dataSource.driver as { master?: Pool }).master;
    metrics.watch(
      'db_pool_connections',
      'Connections the pool holds open',
      () => pool()?.totalCount ?? 0,
    );
    metrics.watch(
      'db_pool_idle_connections',
      'Open connections not in use',
      () => pool()?.idleCount ?? 0,
    );
    metrics.watch(
      'db_pool_waiting_clients',
      'Queries waiting for a connection',
      () => pool()?.waitingCount ?? 0,
    );
    metrics.watch(
      'db_pool_max_connections',
      'The most connections the pool opens (DB_POOL_SIZE; 1 on the embedded engine)',
      () => pool()?.options.max ?? 0,
    );
  }
}
