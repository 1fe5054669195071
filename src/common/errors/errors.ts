import { registerEnumType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Every code a client can meet in `errors[].extensions.code` (GraphQL) or `code` (the JSON body
 * of an HTTP route), in the schema as the enum ErrorCode (see error-extensions.model.ts).
 * formatError shows a GraphQLError whose code is one of these as it is and masks any other as
 * INTERNAL_SERVER_ERROR, so nothing else can reach a client. The order is the schema's: the
 * client's mistakes, then a document refused before it ran, then the service's own failures.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_FRAGMENTS = 'TOO_MANY_FRAGMENTS',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  BAD_REQUEST = 'BAD_REQUEST',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  PRINT_FAILED = 'PRINT_FAILED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** What each code means and what to do about it: the enum values' descriptions in the schema. */
export const ERROR_CODE_MEANINGS: Record<ErrorCode, string> = {
  BAD_USER_INPUT:
    'A value sent is wrong: `extensions.fields` names every offending field (`input.prescription.reps`) and why. HTTP 400 on the HTTP routes',
  UNAUTHENTICATED:
    'A sign-in is needed or failed: send `Authorization: Bearer <token>` (sign in again when it has ended); also a wrong email or password, or a refresh token refused. HTTP 401 on the HTTP routes',
  FORBIDDEN:
    'The caller’s role (or API key) may not do this; `extensions.reason` may say why in a word. HTTP 403 on the HTTP routes',
  NOT_FOUND:
    'What the id or slug points at does not exist, or is a draft the caller may not see. HTTP 404 on the HTTP routes',
  CONFLICT:
    'Someone changed it first: the `version` (or `expectedVersion`) sent is stale, or the translation to add exists already. `extensions.currentVersion` is the version to reload (and `latestId` the newest handout). HTTP 409 on the HTTP routes',
  RATE_LIMITED:
    'Too many requests (sign-ins, mutations): wait `extensions.retryAfterSeconds` (also the Retry-After header), then try again. HTTP 429',
  PAYLOAD_TOO_LARGE:
    'An upload over the size limit (`extensions.fields` names the file field), or a request body over 100 kB. HTTP 413',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax. HTTP 400',
  GRAPHQL_VALIDATION_FAILED:
    'The document does not fit the schema (an unknown field, a wrong argument type). HTTP 400',
  OPERATION_RESOLUTION_FAILURE:
    'The document holds several operations and `operationName` names none of them (or is missing). HTTP 400',
  QUERY_TOO_DEEP: 'The operation nests deeper than the limit. HTTP 400',
  TOO_MANY_ALIASES: 'The operation has more aliases than the limit. HTTP 400',
  TOO_MANY_FRAGMENTS:
    'The document defines, or the operation spreads, more fragments than the limit. HTTP 400',
  QUERY_TOO_COMPLEX:
    'The operation would cost more than the limit (selections, directives, list sizes). HTTP 400',
  PERSISTED_QUERY_NOT_FOUND:
    'An automatic persisted query this service does not know yet: send it again with its full text',
  BAD_REQUEST:
    'The HTTP request itself is malformed (no query, a persisted query whose hash does not match). HTTP 400',
  SERVICE_UNAVAILABLE:
    'The service cannot answer now (the database is down, the print queue is full): try again after `extensions.retryAfterSeconds`. HTTP 503 with Retry-After',
  PRINT_FAILED: 'HTTP routes only: a handout PDF could not be made. HTTP 500',
  INTERNAL_SERVER_ERROR:
    'Something unexpected failed; it is logged on the server and the answer says nothing more. HTTP 500 on the HTTP routes',
};

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'Every value of `errors[].extensions.code` (and of `code` in the JSON error of an HTTP route); no other code is ever sent',
  valuesMap: Object.fromEntries(
    Object.values(ErrorCode).map((code) => [code, { description: ERROR_CODE_MEANINGS[code] }]),
  ),
});

/** A machine-readable cause beside some codes, in `extensions.reason`. */
export enum ErrorReason {
  SECOND_REVIEWER_REQUIRED = 'SECOND_REVIEWER_REQUIRED',
}

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description: 'Why a request was refused, in a word, beside its code (`extensions.reason`)',
  valuesMap: {
    SECOND_REVIEWER_REQUIRED: {
      description:
        'FORBIDDEN: REQUIRE_SECOND_REVIEWER is on and you submitted or changed this exercise in review: another clinician or admin must publish it',
    },
  },
});

/**
 * The HTTP status each of our own helpers' codes carries in `extensions.http`. The HTTP routes
 * answer with it (http-exception.filter.ts). Over GraphQL, Apollo applies it only to a request
 * that never ran (a refused query, a rate limit): once execution has run, @nestjs/apollo answers
 * 200 with `data` and the errors, as before; Apollo removes `http` from the errors it sends.
 */
export const HTTP_STATUS = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
} as const satisfies Partial<Record<ErrorCode, number>>;

export type StatusCode = keyof typeof HTTP_STATUS;

/** The status of a code, with Retry-After when there is a time to wait. */
function http(code: StatusCode, retryAfterSeconds?: number) {
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

/** What a CONFLICT may carry beside its code (ErrorExtensions in the schema says the same). */
export interface ConflictDetails {
  /** The version now stored, to reload; null when the thing is gone. */
  currentVersion?: number | null;
  /** The id of the newest version, when versions have ids of their own (handouts). */
  latestId?: string;
}

export function conflict(message: string, extensions: ConflictDetails = {}): GraphQLError {
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
export function forbidden(
  message: string,
  extensions: { reason?: ErrorReason } = {},
): GraphQLError {
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
