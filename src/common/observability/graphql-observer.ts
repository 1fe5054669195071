import type { ApolloServerPlugin } from '@apollo/server';
import { operationName } from './bounded-labels.js';
import { observedRequest } from './request-observer.js';

/** An error code as ours are written; anything else is counted as OTHER, not as itself. */
const CODE = /^[A-Z][A-Z_]{0,39}$/;

/**
 * Tells RequestObserver what Apollo knows about the request: the operation's name (what the
 * client sent until the document is resolved, then the operation's own) and the code of each
 * error answered, after formatError has made them what the client sees.
 */
export function graphqlObserverPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const record = observedRequest();
      if (!record) return;
      record.graphql = true;
      record.operation = operationName(request.operationName);
      return {
        async didResolveOperation({ operationName: resolved }) {
          record.resolved = true;
          record.operation = resolved ?? null;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          record.errorCodes = (response.body.singleResult.errors ?? []).map((error) => {
            const code = error.extensions?.code;
            return typeof code === 'string' && CODE.test(code) ? code : 'OTHER';
          });
        },
      };
    },
  };
}
