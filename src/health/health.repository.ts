import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';

/** The one statement readiness needs: does the database answer at all. */
@Injectable()
export class HealthRepository {
  constructor(private readonly db: TransactionalConnection) {}

  async ping(ctx: RequestContext): Promise<void> {
    await this.db.manager(ctx).query('SELECT 1');
  }
}
