import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  CLINICIAN = 'CLINICIAN',
  STAFF = 'STAFF',
}

/** Who writes and curates the library and program templates. */
export const CURATORS = [Role.CLINICIAN, Role.ADMIN];

/** Everyone at the clinic: may read templates and issue handouts, which hold patient names. */
export const CLINIC_TEAM = [Role.STAFF, Role.CLINICIAN, Role.ADMIN];

/** Who is asking: a signed-in account, an app with an API key, or nobody. */
export type Viewer =
  | { kind: 'anonymous' }
  /** `role` is read from the database at each request; `sessionId` is the sign-in it came from. */
  | { kind: 'account'; id: string; role: Role; sessionId?: string }
  | { kind: 'apiKey'; id: string };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/**
 * The service itself reading the library on behalf of the clinic's team (the balance of a
 * template or handout whose exercises were archived since): sees every status, writes nothing.
 */
export const LIBRARY_READER: Viewer = { kind: 'account', id: 'system', role: Role.CLINICIAN };

/** The GraphQL context of every request. */
export interface RequestContext {
  viewer: Viewer;
  /** The caller's address, for rate limits; never logged with a request's content. */
  ip: string;
}

/** Drafts, reviews and archived exercises are for the people who curate the library. */
export function seesUnpublished(viewer: Viewer): boolean {
  return (
    viewer.kind === 'account' && (viewer.role === Role.ADMIN || viewer.role === Role.CLINICIAN)
  );
}

export function hasRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.kind === 'account' && roles.includes(viewer.role);
}

/** The account id behind a change, for revisions and the audit log (null for apps and nobody). */
export function accountId(viewer: Viewer): string | null {
  return viewer.kind === 'account' ? viewer.id : null;
}

/** `@CurrentViewer() viewer: Viewer` in a resolver. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer =>
    GqlExecutionContext.create(context).getContext<RequestContext>().viewer ?? ANONYMOUS,
);
