import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';
import { AuditArgs } from './dto/audit-log.args.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => [AuditEntry], { description: 'The audit log, newest first (admins)' })
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditArgs): Promise<AuditEntry[]> {
    return this.audit.list(ctx, args);
  }
}
