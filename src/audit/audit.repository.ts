import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { keysetPage } from '../common/database/keyset-page.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest, PageSize } from '../common/pagination/page.args.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditFilter {
  action?: string | null;
  targetId?: string | null;
  actorId?: string | null;
  /** At or after. */
  from?: Date | null;
  /** Before (not included). */
  to?: Date | null;
}

/** The deprecated auditLog's query: `before` is an entry id, not a cursor. */
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

  /**
   * Newest first, by keyset on (at, id): the index audit_entry_at_idx serves it, and
   * audit_entry_actor_idx (actor_id, at, id) one actor's entries; a time range bounds `at`.
   */
  page(
    ctx: RequestContext,
    filter: AuditFilter,
    page: PageRequest,
    size: PageSize,
  ): Promise<Connection<AuditEntry>> {
    const query = this.db.getRepository(ctx, AuditEntry).createQueryBuilder('a');
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.targetId) query.andWhere('a.target_id = :targetId', { targetId: filter.targetId });
    if (filter.actorId) query.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    return keysetPage(
      query,
      {
        list: 'auditEntries',
        sort: 'a.at',
        id: 'a.id',
        direction: 'DESC',
        sortValue: 'timestamp',
        idValue: 'bigint',
      },
      page,
      size,
    );
  }

  /** Newest first; `before` is the id of the last entry of the previous page (auditLog). */
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
