import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Lets browsers and CDNs cache what anyone may see: a query sent with GET whose every exercise is
 * PUBLISHED gets `Cache-Control: public, max-age=…`; everything else `no-store`. Express adds an
 * ETag to every response and answers a matching If-None-Match with 304.
 */
export function httpCachePlugin(maxAgeSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      let shareable = request.http?.method === 'GET';
      return {
        async executionDidStart() {
          return {
            willResolveField({ source, info }) {
              if (shareable && info.parentType.name === 'Exercise') {
                shareable = (source as { status?: string }).status === 'PUBLISHED';
              }
            },
          };
        },
        async willSendResponse({ response, operation }) {
          const body = response.body;
          const ok =
            shareable &&
            operation?.operation === 'query' &&
            body.kind === 'single' &&
            !body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            ok ? `public, max-age=${maxAgeSeconds}` : 'no-store',
          );
        },
      };
    },
  };
}
