import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { badUserInput } from '../common/errors/errors.js';
import type { AuditEntry } from './audit-entry.entity.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest } from '../common/pagination/page.args.js';
import { type AuditFilter, type AuditQuery, AuditRepository } from './audit.repository.js';
import { AUDIT_PAGE } from './dto/audit-entries.args.js';

/** Keys whose values never enter the log, however a caller builds its details. */
const SECRET = /password|token|secret|apikey|key_?hash|patient/i;

export interface AuditTarget {
  type: string;
  id: string;
}

@Injectable()
export class AuditService {
  constructor(private readonly entries: AuditRepository) {}

  /** Records what the context's viewer did, in the context's transaction when it is in one. */
  async record(
    ctx: RequestContext,
    action: string,
    target: AuditTarget | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const who = ctx.viewer;
    await this.entries.append(ctx, {
      actorKind: who.kind,
      actorId: 'id' in who ? who.id : null,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      details: scrub(details),
    });
  }

  /** A page of the log, newest first; a time range must not end before it starts. */
  page(
    ctx: RequestContext,
    filter: AuditFilter,
    page: PageRequest,
  ): Promise<Connection<AuditEntry>> {
    if (filter.from && filter.to && filter.to < filter.from) {
      throw badUserInput([{ field: 'to', message: 'to must not be before from' }]);
    }
    return this.entries.page(ctx, filter, page, AUDIT_PAGE);
  }

  list(ctx: RequestContext, query: AuditQuery): Promise<AuditEntry[]> {
    return this.entries.list(ctx, query);
  }
}

function scrub(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET.test(key)));
}
