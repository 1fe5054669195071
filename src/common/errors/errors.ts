import { GraphQLError } from 'graphql';

/**
 * The error codes clients can rely on, in `extensions.code`. Anything else that escapes a
 * resolver is an unexpected failure and is masked (see format-error.ts).
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The service cannot answer now (database down, print queue full): try again later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FieldProblem {
  /** Path of the offending field, e.g. `input.prescription.reps`. */
  field: string;
  message: string;
}

export function badUserInput(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields: problems },
  });
}

/** The key is named only when it is a UUID: a slug, name or path is the client's text, not echoed. */
export function notFound(what: string, key?: string): GraphQLError {
  const shown = key && UUID.test(key) ? `${what} ${key}` : what;
  return new GraphQLError(`${shown} was not found`, {
    extensions: { code: ErrorCode.NOT_FOUND },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
}

export function unauthenticated(
  message = 'Sign in first: send Authorization: Bearer <token>.',
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** 503: a dependency is down or a queue is full; Retry-After says when to try again. */
export function serviceUnavailable(message: string, retryAfterSeconds = 5): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryAfterSeconds,
      http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** Ids are UUIDs: anything else is the client's mistake, not a database error. */
export function assertUuid(id: string, field = 'id'): string {
  if (!UUID.test(id)) {
    throw badUserInput([{ field, message: `${field} must be a UUID` }]);
  }
  return id;
}
