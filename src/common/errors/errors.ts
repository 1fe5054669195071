import { GraphQLError } from 'graphql';

/**
 * The error codes clients can rely on, in `extensions.code`. Anything else that escapes a
 * resolver is an unexpected failure and is masked (see format-error.ts).
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
}

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

export function notFound(what: string, key: string): GraphQLError {
  return new GraphQLError(`${what} ${key} was not found`, {
    extensions: { code: ErrorCode.NOT_FOUND },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
}
