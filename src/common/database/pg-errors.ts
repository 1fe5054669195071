/** PostgreSQL error codes the services turn into client errors. */
export const UNIQUE_VIOLATION = '23505';
export const CHECK_VIOLATION = '23514';

/** The SQLSTATE of a failed query (TypeORM wraps the driver's error), or null. */
export function pgErrorCode(error: unknown): string | null {
  const driver = (error as { driverError?: { code?: unknown } } | null)?.driverError;
  const code = driver?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** The constraint a failed write broke (from the driver's error), or null. */
export function pgConstraint(error: unknown): string | null {
  const driver = (error as { driverError?: { constraint?: unknown } } | null)?.driverError;
  const name = driver?.constraint ?? (error as { constraint?: unknown } | null)?.constraint;
  return typeof name === 'string' ? name : null;
}

/**
 * SQLSTATEs and socket errors that mean the database cannot be reached (not that a query was
 * wrong): class 08 (connection exception), 57P01-57P03 (shut down, crashed, starting), 53300 (too
 * many connections), 55000 raised at connect time (ALLOW_CONNECTIONS false), 3D000 (database gone).
 */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '3D000']);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/** node-postgres and its pool say these in words, with no code. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
  /^Connection ended unexpectedly/,
  /is not currently accepting connections/,
  /^Cannot use a pool after calling end/,
  /^Client was closed and is not queryable/,
];

/**
 * True when an error (or one it wraps: TypeORM's driverError, a GraphQLError's originalError, a
 * cause) says the database is unreachable: an outage, the client's error is not the cause.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (code.startsWith('08') || UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code)) {
        return true;
      }
      if (code === '55000' && /accepting connections/.test(String(message))) return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) {
      return true;
    }
    const next = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}

/**
 * What may be logged about a failed query: its SQLSTATE and the statement's first words
 * (`SELECT … FROM "exercise"`). Never PostgreSQL's message or detail: they quote the values
 * (`Key (email)=(x) already exists`, `invalid input syntax for type uuid: "…"`), and never the
 * parameters, which can hold a patient's name.
 */
export function describeQueryError(error: unknown, query?: string): string {
  const code = pgErrorCode(error) ?? (error instanceof Error ? error.name : 'unknown');
  return query ? `${code} in ${statementName(query)}` : code;
}

/** The verb and the first table a statement names, without any literal it may hold. */
export function statementName(query: string): string {
  const verb = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? 'statement';
  const table = /\b(?:FROM|INTO|UPDATE|JOIN)\s+("?[\w.]+"?)/i.exec(query)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/** A stack for the log: a failed query's first line (its message, which quotes values) replaced. */
export function loggableStack(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (pgErrorCode(error) === null) return error.stack;
  const frames = error.stack?.split('\n').slice(1) ?? [];
  return [`${error.name} ${describeQueryError(error)}`, ...frames].join('\n');
}
