import { registerEnumType } from '@nestjs/graphql';
import { describeValues } from '../graphql/enum-values.js';

export enum Role {
  ADMIN = 'ADMIN',
  CLINICIAN = 'CLINICIAN',
  STAFF = 'STAFF',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do (the README’s “Who may do what” has the whole matrix)',
  valuesMap: describeValues<typeof Role>({
    ADMIN: 'A clinician who also manages accounts, roles and API keys and reads the audit log',
    CLINICIAN:
      'A physical therapist: writes, tags, reviews and publishes exercises, translates, builds templates, issues handouts',
    STAFF:
      'Front desk: issues, prints and shares handouts from published exercises and templates; never changes the library',
  }),
});

/** Who writes and curates the library and program templates. */
export const CURATORS = [Role.CLINICIAN, Role.ADMIN];

/** Everyone at the clinic: may read templates and issue handouts, which hold patient names. */
export const CLINIC_TEAM = [Role.STAFF, Role.CLINICIAN, Role.ADMIN];

/** Who is asking: a signed-in account, an app with an API key, or nobody. */
export type Viewer =
  /**
   * Nobody signed in. `refused` says why when the request carried a token or key that is no
   * longer good (expired, signed out, revoked): public fields still answer, and a field that
   * needs a sign-in says why in its UNAUTHENTICATED error.
   */
  | { kind: 'anonymous'; refused?: string }
  /** `role` is read from the database at each request; `sessionId` is the sign-in it came from. */
  | { kind: 'account'; id: string; role: Role; sessionId?: string }
  | { kind: 'apiKey'; id: string }
  /**
   * The service itself: seeding, imports from the command line, and reading the library on the
   * clinic's behalf (the balance of a template whose exercises were archived since). Sees every
   * status; its changes are recorded with no author.
   */
  | { kind: 'system' };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** The one system actor (`RequestContext.system()` carries it). */
export const SYSTEM: Viewer = { kind: 'system' };

/** Drafts, reviews and archived exercises are for the people who curate the library. */
export function seesUnpublished(viewer: Viewer): boolean {
  if (viewer.kind === 'system') return true;
  return (
    viewer.kind === 'account' && (viewer.role === Role.ADMIN || viewer.role === Role.CLINICIAN)
  );
}

export function hasRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.kind === 'account' && roles.includes(viewer.role);
}

/** The account id behind a change, for revisions and the audit log (null for apps, nobody and the system). */
export function accountId(viewer: Viewer): string | null {
  return viewer.kind === 'account' ? viewer.id : null;
}

/**
 * The WWW-Authenticate header (RFC 6750) of an answer to a caller whose token or key was refused,
 * so a client learns to sign in again (or refresh) even when every field it asked for was public.
 */
export function authChallenge(viewer: Viewer): string | undefined {
  if (viewer.kind !== 'anonymous' || !viewer.refused) return undefined;
  return `Bearer error="invalid_token", error_description="${viewer.refused.replaceAll('"', "'")}"`;
}
