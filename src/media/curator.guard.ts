import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { assertRoles } from '../common/access/roles.guard.js';
import { CURATORS } from '../common/access/viewer.js';
import { type ContextualRequest, RequestContext } from '../common/context/request-context.js';
import { AuthService } from '../auth/auth.service.js';

/**
 * Lets only clinicians and admins upload, as @Roles does for GraphQL: 401 without a sign-in (or
 * with a bad one), 403 for other roles and API keys. A guard runs before the body is read, so a
 * refused caller's upload is never parsed. The caller's context is left on the request for @Ctx().
 */
@Injectable()
export class CuratorGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & ContextualRequest>();
    const viewer = await this.auth.viewerFor(req.headers);
    assertRoles(viewer, CURATORS, 'Uploading media');
    req.requestContext = RequestContext.of(viewer, req.ip);
    return true;
  }
}
