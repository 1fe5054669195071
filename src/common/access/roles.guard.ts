import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../errors/errors.js';
import type { RequestContext } from '../context/request-context.js';
import { ANONYMOUS, authChallenge, hasRole, type Role, type Viewer } from './viewer.js';

type HttpExtension = { status: number; headers?: Map<string, string> };

const ROLES = 'roles';

/** Only accounts with one of these roles may call the field. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/**
 * Enforces @Roles on GraphQL fields: UNAUTHENTICATED without an account, FORBIDDEN with the
 * wrong role (an API key is never enough: apps only read published content).
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || context.getType<string>() !== 'graphql') return true;
    const viewer =
      GqlExecutionContext.create(context).getContext<RequestContext>().viewer ?? ANONYMOUS;
    assertRoles(viewer, roles);
    return true;
  }
}

/**
 * UNAUTHENTICATED for a caller without an account: why its token or key was refused, if it sent
 * one, then `reason` (what the sign-in is needed for).
 */
export function notSignedIn(viewer: Viewer, reason?: string): GraphQLError {
  const refused = viewer.kind === 'anonymous' ? viewer.refused : undefined;
  const error = unauthenticated([refused, reason].filter(Boolean).join(' ') || undefined);
  const challenge = authChallenge(viewer);
  // The HTTP routes answer 401 with it (http-exception.filter.ts); GraphQL sets it in its context.
  if (challenge)
    (error.extensions.http as HttpExtension).headers = new Map([['www-authenticate', challenge]]);
  return error;
}

/**
 * The one rule behind @Roles and the HTTP routes that need a role: UNAUTHENTICATED without an
 * account, FORBIDDEN with the wrong role, and an API key is never enough (apps only read
 * published content). `what` names the action in the message.
 */
export function assertRoles(
  viewer: Viewer,
  roles: readonly Role[],
  what = 'This',
): asserts viewer is Extract<Viewer, { kind: 'account' }> {
  if (viewer.kind === 'apiKey') throw forbidden('API keys only read published content.');
  if (viewer.kind !== 'account') throw notSignedIn(viewer);
  if (!hasRole(viewer, roles)) {
    throw forbidden(`${what} needs one of the roles ${roles.join(', ')}.`);
  }
}
