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
  /** HTTP routes only: an upload over the size limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
}

/**
 * The HTTP status of each code, carried by every error in `extensions.http`. The HTTP routes
 * answer with it (http-exception.filter.ts). Over GraphQL, Apollo applies it only to a request
 * that never ran (a refused query, a rate limit): once execution has run, @nestjs/apollo answers
 * 200 with `data` and the errors, as before; Apollo removes `http` from the errors it sends.
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  PAYLOAD_TOO_LARGE: 413,
};

/** The status of a code, with Retry-After when there is a time to wait. */
function http(code: ErrorCode, retryAfterSeconds?: number) {
  return retryAfterSeconds === undefined
    ? { status: HTTP_STATUS[code] }
    : {
        status: HTTP_STATUS[code],
        headers: new Map([['retry-after', String(retryAfterSeconds)]]),
      };
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
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      fields: problems,
      http: http(ErrorCode.BAD_USER_INPUT),
    },
  });
}

/** The key is named only when it is a UUID: a slug, name or path is the client's text, not echoed. */
export function notFound(what: string, key?: string): GraphQLError {
  const shown = key && UUID.test(key) ? `${what} ${key}` : what;
  return new GraphQLError(`${shown} was not found`, {
    extensions: { code: ErrorCode.NOT_FOUND, http: http(ErrorCode.NOT_FOUND) },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.CONFLICT, ...extensions, http: http(ErrorCode.CONFLICT) },
  });
}

export function unauthenticated(
  message = 'Sign in first: send Authorization: Bearer <token>.',
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: http(ErrorCode.UNAUTHENTICATED) },
  });
}

/** `extensions` may add a machine-readable `reason` beside the code. */
export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.FORBIDDEN, ...extensions, http: http(ErrorCode.FORBIDDEN) },
  });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      http: http(ErrorCode.RATE_LIMITED, retryAfterSeconds),
    },
  });
}

/** 503: a dependency is down or a queue is full; Retry-After says when to try again. */
export function serviceUnavailable(message: string, retryAfterSeconds = 5): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryAfterSeconds,
      http: http(ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds),
    },
  });
}

/** 413, over HTTP only: the field that is too large, and the limit in its message. */
export function payloadTooLarge(field: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.PAYLOAD_TOO_LARGE,
      fields: [{ field, message }],
      http: http(ErrorCode.PAYLOAD_TOO_LARGE),
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
