import { ApiError, type GraphQLErrorBody } from './errors';

/** The service's GraphQL endpoint: same origin as the console (no CORS), under Vite's proxy in dev. */
export const GRAPHQL_URL = '/graphql';

export interface GraphQLBody<R> {
  data?: R | null;
  errors?: GraphQLErrorBody[];
  /**
   * The token sent was refused (expired, signed out, deactivated). The API then answers public
   * reads as to an anonymous reader, with no error, and says so only in WWW-Authenticate.
   */
  tokenRefused?: boolean;
}

/**
 * One POST of a GraphQL document as JSON, with the Bearer token when there is one. Answers the
 * body whatever the HTTP status (the API sends GraphQL errors with 4xx too); throws ApiError
 * NETWORK when nothing or something else than JSON came back.
 */
export async function post<R>(
  query: string,
  variables: unknown,
  token: string | null,
  signal?: AbortSignal,
): Promise<GraphQLBody<R>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('The service cannot be reached', 'NETWORK');
  }
  const tokenRefused = /error="invalid_token"/.test(response.headers.get('www-authenticate') ?? '');
  try {
    return { ...((await response.json()) as GraphQLBody<R>), tokenRefused };
  } catch {
    throw new ApiError(`The service answered ${response.status}`, 'NETWORK');
  }
}

export function firstError<R>(body: GraphQLBody<R>): ApiError | null {
  const error = body.errors?.[0];
  return error ? ApiError.fromGraphQL(error) : null;
}
