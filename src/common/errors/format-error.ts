import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, Kind } from 'graphql';
import { databaseOutage, RETRY_AFTER_SECONDS, UNAVAILABLE_BODY } from '../database/outage.js';
import { describeQueryError, loggableStack, pgErrorCode } from '../database/pg-errors.js';
import { ErrorCode, serviceUnavailable } from './errors.js';

/**
 * Codes produced by us or by Apollo that are safe to show as they are: every code of the enum
 * (the schema's ErrorCode) but the one a masked failure gets. A GraphQLError with any other code
 * is an unexpected failure, so no code outside the enum ever reaches a client.
 */
export const SHOWN_CODES: ReadonlySet<string> = new Set<string>(
  Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
);

const logger = new Logger('GraphQL');
const UNAVAILABLE = UNAVAILABLE_BODY.message;

/**
 * The one place errors leave the service. Apollo passes a resolver's raw message to the client
 * even in production (a driver error can carry SQL or a connection string), so anything that is
 * not a known client error is logged here and replaced by a generic message. A database outage
 * is SERVICE_UNAVAILABLE (logged once per outage by the tracker, not per request), and graphql-js's
 * own complaints about a value lose the value they quote (it may be a patient's name).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (databaseOutage.noteFailure(original) || databaseOutage.noteFailure(error)) {
    return {
      message: UNAVAILABLE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      },
    };
  }
  if (original instanceof GraphQLError && typeof code === 'string' && SHOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, ...withoutValues(original, formatted.message, extensions) };
  }
  if (original instanceof GraphQLError && isClientStatus(original) && !original.path) {
    // Apollo's own refusals of a malformed request (a persisted query whose hash does not match,
    // an unsupported version) carry a 400 but no code.
    return { message: original.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  }
  const [summary, stack] = describe(original);
  logger.error(`Unexpected error at ${formatted.path?.join('.') ?? 'request'}: ${summary}`, stack);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * Answers 503 with Retry-After when the database is down: for errors met while executing, and
 * for the request context (the viewer is looked up in the database before any resolver runs).
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async contextCreationDidFail({ error }) {
      if (!databaseOutage.noteFailure(error)) return;
      // Apollo turns this error into a GraphQLError that takes its extensions (and so its status).
      (error as Error & { extensions?: unknown }).extensions = serviceUnavailable(
        UNAVAILABLE,
        RETRY_AFTER_SECONDS,
      ).extensions;
    },
    async requestDidStart() {
      let down = false;
      return {
        async didEncounterErrors({ errors }) {
          down = errors.some((e) => databaseOutage.noteFailure(e));
        },
        async willSendResponse({ response }) {
          if (!down) return;
          // @nestjs/apollo's own plugin (registered after ours) resets the status of a response
          // with data to 200 in this same hook, synchronously: ours speaks after it.
          await Promise.resolve();
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

function isClientStatus(error: GraphQLError): boolean {
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * graphql-js quotes the value it refused (`Variable "$input" got invalid value "María" at
 * "input.locale"; Value "María" does not exist in "Locale" enum.`); our own errors never do. The
 * message keeps the variable, the path and the reason; a variable's error also lists the field.
 */
function withoutValues(
  error: GraphQLError,
  message: string,
  extensions: Record<string, unknown>,
): Pick<GraphQLFormattedError, 'message' | 'extensions'> {
  const node = error.nodes?.[0];
  const inner = error.originalError;
  const reason = inner && inner !== error ? scrubReason(inner.message) : null;
  if (
    node?.kind === Kind.VARIABLE_DEFINITION &&
    /^Variable "\$\w+" got invalid value /.test(message)
  ) {
    const name = node.variable.name.value;
    const at = reason !== null ? message.slice(0, message.lastIndexOf('; ')) : message;
    const path = / at "([\w.[\]]+)"$/.exec(at)?.[1] ?? name;
    const why = reason ?? 'is not a valid value';
    return {
      message: `Variable "$${name}" got an invalid value at "${path}": ${why}`,
      extensions: { ...extensions, fields: [{ field: path, message: why }] },
    };
  }
  const literal = /^Expected value of type "([^"]+)", found /.exec(message);
  if (literal) {
    return {
      message: `Expected value of type "${literal[1]}"${reason ? `: ${reason}` : ''}`,
      extensions,
    };
  }
  return { message: knownReason(message) ?? message, extensions };
}

/** The reason graphql-js or a scalar gives, without the value it quotes. */
function scrubReason(reason: string): string {
  // Anything else: keep the words, drop whatever is quoted.
  return knownReason(reason) ?? reason.replace(/"[^"]*"/g, '"…"');
}

/** graphql-js's complaints that quote a value, rewritten without it; null for any other. */
function knownReason(reason: string): string | null {
  const represent = /^(\w+(?: "\w+")?) cannot represent (.*?): /s.exec(reason);
  if (represent) return `${represent[1]} cannot represent ${represent[2]}`;
  const enumValue = /^Value .* does not exist in "(\w+)" enum\./s.exec(reason);
  if (enumValue) return `not a value of the enum "${enumValue[1]}"`;
  const unknownField = /^Field "(.*)" is not defined by type "(\w+)"\./s.exec(reason);
  if (unknownField) {
    const name = /^\w{1,64}$/.test(unknownField[1]) ? `"${unknownField[1]}" ` : '';
    return `field ${name}is not defined by type "${unknownField[2]}"`;
  }
  // Names from the schema, not values: kept as they are.
  if (/^Field "\w+" of required type "[\w[\]!]+" was not provided\.$/.test(reason)) return reason;
  if (/^Expected type "\w+" to be an object\.$/.test(reason)) return reason;
  if (/^Expected non-nullable type "[\w[\]!]+" not to be null\.$/.test(reason)) return reason;
  return null;
}

/**
 * What the log says about an unexpected error. A failed query is its SQLSTATE and statement only:
 * PostgreSQL's message quotes values (and so does the first line of its stack).
 */
function describe(error: unknown): [string, string | undefined] {
  if (!(error instanceof Error)) return [typeof error, undefined];
  if (pgErrorCode(error) === null) return [`${error.name}: ${error.message}`, error.stack];
  const query = (error as { query?: unknown }).query;
  const what = describeQueryError(error, typeof query === 'string' ? query : undefined);
  return [`${error.name} ${what}`, loggableStack(error)];
}
