/**
 * How every route's search state reads in the address bar: plain `key=value` pairs, lists joined
 * with commas (`planes=FRONTAL,TRANSVERSE`), rather than the router's default JSON, so a shared
 * link stays readable. Each route's validateSearch turns the strings back into its typed state.
 */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) params.set(key, value.join(','));
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function parseSearch(text: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(text));
}
