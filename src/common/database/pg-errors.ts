/** PostgreSQL error codes the services turn into client errors. */
export const UNIQUE_VIOLATION = '23505';
export const CHECK_VIOLATION = '23514';

/** The SQLSTATE of a failed query (TypeORM wraps the driver's error), or null. */
export function pgErrorCode(error: unknown): string | null {
  const driver = (error as { driverError?: { code?: unknown } } | null)?.driverError;
  const code = driver?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}
