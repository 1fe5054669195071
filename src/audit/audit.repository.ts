import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditQuery {
  first: number;
  before?: string | null;
  action?: string | null;
  targetId?: string | null;
}

/** Every statement on the audit log; entries are only ever appended. */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** In the context's transaction, so the entry commits (or rolls back) with the change. */
  async append(ctx: RequestContext, entry: Partial<AuditEntry>): Promise<void> {
    const repo = this.db.getRepository(ctx, AuditEntry);
    await repo.save(repo.create(entry));
  }

  /** Newest first; `before` is the id of the last entry of the previous page. */
  list(ctx: RequestContext, query: AuditQuery): Promise<AuditEntry[]> {
    const q = this.db
      .getRepository(ctx, AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(query.first);
    if (query.before) q.andWhere('a.id < :before', { before: query.before });
    if (query.action) q.andWhere('a.action = :action', { action: query.action });
    if (query.targetId) q.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    return q.getMany();
  }
}
