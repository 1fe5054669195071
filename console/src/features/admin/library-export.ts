import { accessToken, renewAfterRefusal } from '../../lib/session';

/**
 * Downloads GET /library/export with the session's Bearer token (a link could not send it), then
 * hands the zip to the browser as a file; a refused token is renewed once, as GraphQL requests
 * are. Answers the size in bytes.
 */
export async function downloadExport(): Promise<number> {
  const get = (token: string | null) =>
    fetch('/library/export', { headers: token ? { authorization: `Bearer ${token}` } : {} });
  let token = await accessToken();
  let res = await get(token);
  if (res.status === 401 && token) {
    token = await renewAfterRefusal(token);
    if (token) res = await get(token);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `HTTP ${res.status}`);
  }
  const name =
    /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'library.zip';
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // After the click has been handled: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob.size;
}
