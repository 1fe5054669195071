/**
 * A refused GraphQL operation, as the console handles it: the API's `extensions.code` (ErrorCode
 * in schema.gql) and, for BAD_USER_INPUT, every offending field by its path from the operation's
 * arguments (`input.newPassword`), which forms map onto their own fields (fieldErrorsFor).
 */
import type { ENUMS } from '../gql/vocabulary';

/** The API's error codes (ErrorCode in schema.gql). */
export type ErrorCode = (typeof ENUMS.ErrorCode.values)[number]['value'];

export interface FieldProblem {
  field: string;
  message: string;
}

/** What a network failure or an answer that is not GraphQL reads as. */
export type ClientErrorCode = ErrorCode | 'NETWORK';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ClientErrorCode,
    readonly fields: FieldProblem[] = [],
    readonly retryAfterSeconds: number | null = null,
    readonly currentVersion: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromGraphQL(error: GraphQLErrorBody): ApiError {
    const ext = error.extensions ?? {};
    return new ApiError(
      error.message,
      (ext.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR',
      Array.isArray(ext.fields) ? (ext.fields as FieldProblem[]) : [],
      typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null,
      typeof ext.currentVersion === 'number' ? ext.currentVersion : null,
    );
  }
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/**
 * The field errors of `error` keyed by form field: `input.newPassword` becomes `newPassword` when
 * `prefix` is 'input.'. Whatever names no field of the form stays in `rest` for a summary.
 */
export function fieldErrorsFor(
  error: unknown,
  prefix = 'input.',
): { byField: Record<string, string>; rest: string[] } {
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  if (!(error instanceof ApiError)) return { byField, rest: [String(error)] };
  for (const { field, message } of error.fields) {
    if (field.startsWith(prefix)) byField[field.slice(prefix.length)] ??= message;
    else rest.push(message);
  }
  if (error.fields.length === 0) rest.push(error.message);
  return { byField, rest };
}
