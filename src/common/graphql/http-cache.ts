import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context/request-context.js';

/**
 * Lets browsers and CDNs cache what anyone may see: a successful query sent with GET without a
 * sign-in (anonymous or an app's key, who only ever see PUBLISHED content) gets
 * `Cache-Control: public, max-age=…`; everything else `no-store`. Express adds an ETag to every
 * response and answers a matching If-None-Match with 304.
 */
export function httpCachePlugin(maxAgeSeconds: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      // What a signed-in account sees is its own; apps and anonymous callers see the same thing.
      // A refused token's answer carries WWW-Authenticate for that caller alone.
      const { viewer } = contextValue;
      const shareable =
        request.http?.method === 'GET' &&
        viewer.kind !== 'account' &&
        !(viewer.kind === 'anonymous' && viewer.refused);
      return {
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
