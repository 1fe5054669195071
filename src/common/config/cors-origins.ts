/** Origins allowed to call the API from a browser: exact origins, or every localhost port. */
export type CorsOrigins = (string | RegExp)[];

/** http(s)://localhost, 127.0.0.1 or [::1], on any port: a developer's own front-end. */
export const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * Reads CORS_ORIGINS, comma-separated origins (`https://app.clinic.example, http://localhost:5173`).
 * Unset: none in production, any localhost port otherwise. `none` allows no other origin. `*` is
 * refused: a listed origin is a decision, a wildcard is not one.
 */
export function parseCorsOrigins(
  raw: string | undefined,
  production: boolean,
): { value?: CorsOrigins; problem?: string } {
  const text = raw?.trim();
  if (!text) return { value: production ? [] : [LOCALHOST_ORIGIN] };
  if (text.toLowerCase() === 'none') return { value: [] };
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.includes('*')) {
    return {
      problem: '* would let every site call the API from its visitors’ browsers; list the origins',
    };
  }
  const bad = entries.filter((entry) => originOf(entry) !== entry.toLowerCase());
  if (bad.length > 0) {
    return {
      problem: `not an origin (scheme://host[:port], no path or trailing slash): ${bad.join(', ')}`,
    };
  }
  return { value: entries.map((entry) => entry.toLowerCase()) };
}

function originOf(entry: string): string | undefined {
  try {
    const url = new URL(entry);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}
