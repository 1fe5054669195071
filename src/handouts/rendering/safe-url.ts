/** An absolute http(s) URL: the only kind worth a QR code or a link on paper. */
export function isWebUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * A URL that may go in an href or src: http(s), or a path on this site. Escaping keeps a URL
 * inside its attribute; this keeps `javascript:` and `data:` out of it.
 */
export function isSafeHref(url: string): boolean {
  return isWebUrl(url) || (url.startsWith('/') && !url.startsWith('//'));
}
