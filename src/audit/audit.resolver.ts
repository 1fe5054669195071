import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { pageCost } from '../common/graphql/limits.js';
import type { Connection } from '../common/pagination/connection.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';
import { AUDIT_PAGE, AuditEntriesArgs } from './dto/audit-entries.args.js';
import { AuditArgs } from './dto/audit-log.args.js';
import { AuditEntryConnection } from './models/audit-entry-connection.model.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description:
      'The audit log, newest first (admins); pages forward (first, after) and back (last, before)',
    ...pageCost(AUDIT_PAGE),
  })
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Args() args: AuditEntriesArgs,
  ): Promise<Connection<AuditEntry>> {
    return this.audit.page(ctx, args, args);
  }

  @Roles(Role.ADMIN)
  @Query(() => [AuditEntry], {
    description: 'The audit log, newest first (admins)',
    deprecationReason: 'Use auditEntries, a connection (first, after, action, targetId)',
  })
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditArgs): Promise<AuditEntry[]> {
    return this.audit.list(ctx, args);
  }
}
