import type { TypedDocumentString } from '../gql/graphql';
import { accessToken, renewAfterRefusal } from './session';
import { firstError, post } from './transport';

/**
 * Runs a typed document from src/gql's `graphql()` and answers its data, or throws ApiError
 * (errors.ts). Signed in, it sends the Bearer token, renewing it as session.ts describes; a
 * request whose token was refused (UNAUTHENTICATED, or a public read answered as to an anonymous
 * reader with WWW-Authenticate: invalid_token) is sent once more with a renewed token.
 */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables?: V,
  signal?: AbortSignal,
): Promise<R> {
  const query = document.toString();
  let token = await accessToken();
  let body = await post<R>(query, variables ?? {}, token, signal);
  let error = firstError(body);
  if (token && (error?.code === 'UNAUTHENTICATED' || body.tokenRefused)) {
    token = await renewAfterRefusal(token);
    if (token) {
      body = await post<R>(query, variables ?? {}, token, signal);
      error = firstError(body);
    }
  }
  if (error) throw error;
  return body.data as R;
}
