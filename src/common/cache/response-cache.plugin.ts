import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { RequestContext } from '../context/request-context.js';
import { cacheKey } from './cache-key.js';
import type { ResponseCache } from './response-cache.js';

/**
 * Serves repeated public queries from ResponseCache. The answer is looked up in
 * `responseForOperation`, which Apollo calls after every plugin's `didResolveOperation`: the
 * document limits and rate limits have run on a hit as on a miss. Only anonymous callers and
 * app keys share answers (what http-cache.ts calls shareable): a signed-in account's answer is
 * its own, and a refused token's carries WWW-Authenticate for that caller. Only queries whose
 * answer had no error are stored. `X-Cache: hit|miss` says which, on the answers that could be.
 *
 * After a mutation, the version is read again before the answer is sent, so this instance's
 * next read already misses the entries the mutation made stale.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!cache.enabled) return;
      const { viewer } = contextValue;
      const role =
        viewer.kind === 'apiKey' || (viewer.kind === 'anonymous' && !viewer.refused)
          ? viewer.kind
          : null;
      let key: string | null = null;
      let hit = false;
      return {
        async responseForOperation({ operation, queryHash, request }) {
          const version = cache.version.current;
          if (!role || !queryHash || operation.operation !== 'query' || !version) return null;
          // The name as sent (not as resolved), as the fast path sees it (cached-answer.middleware.ts).
          key = cacheKey({
            version,
            role,
            queryHash,
            operationName: request.operationName,
            variables: request.variables,
          });
          const answer = await cache.get(key);
          if (!answer) return null;
          hit = true;
          const headers = new HeaderMap([['x-cache', 'hit']]);
          return {
            http: { status: undefined, headers },
            body: { kind: 'single', singleResult: { ...answer } },
          };
        },
        async willSendResponse({ response, operation }) {
          if (operation?.operation === 'mutation') return cache.version.refresh();
          if (!key || hit) return;
          response.http.headers.set('x-cache', 'miss');
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.errors) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          const { data, extensions } = body.singleResult;
          cache.set(key, extensions ? { data, extensions } : { data });
        },
      };
    },
  };
}
