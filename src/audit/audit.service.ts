import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../common/access/viewer.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Keys whose values never enter the log, however a caller builds its details. */
const SECRET = /password|token|secret|apikey|key_?hash|patient/i;

export interface AuditTarget {
  type: string;
  id: string;
}

export interface AuditQuery {
  first: number;
  before?: string | null;
  action?: string | null;
  targetId?: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Records an action; pass the transaction's manager so the entry commits with the change. */
  async record(
    actor: Viewer | 'system',
    action: string,
    target: AuditTarget | null,
    details: Record<string, unknown> = {},
    manager: EntityManager = this.entries.manager,
  ): Promise<void> {
    const who = actor === 'system' ? { kind: 'system' as const } : actor;
    const repo = manager.getRepository(AuditEntry);
    await repo.save(
      repo.create({
        actorKind: who.kind,
        actorId: 'id' in who ? who.id : null,
        action,
        targetType: target?.type ?? null,
        targetId: target?.id ?? null,
        details: scrub(details),
      }),
    );
  }

  /** Newest first; `before` is the id of the last entry of the previous page. */
  list(query: AuditQuery): Promise<AuditEntry[]> {
    const q = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC').limit(query.first);
    if (query.before) q.andWhere('a.id < :before', { before: query.before });
    if (query.action) q.andWhere('a.action = :action', { action: query.action });
    if (query.targetId) q.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    return q.getMany();
  }
}

function scrub(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET.test(key)));
}
