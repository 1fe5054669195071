import type { ApolloServerPlugin } from '@apollo/server';
import { getStaticFile, type StaticFile } from 'ruru/static';
import { type RuruClientConfig, ruruHTML } from 'ruru/server';

/** Where the IDE page and its assets are served: all from this service, nothing from a CDN. */
export const GRAPHIQL_PATH = '/graphiql';
export const GRAPHIQL_ASSETS = '/graphiql/static/';

/** What the IDE shows on a first visit: the README's first query, shortened. */
const FIRST_QUERY = `# Published single-leg, frontal-plane exercises
# a runner can do with body weight.
# Ctrl-Enter runs it; the book icon (top left)
# opens the schema's documentation. Signed in?
# Headers: {"Authorization": "Bearer <token>"}
{
  exercises(
    first: 5
    filter: {
      status: [PUBLISHED]
      stance: [SINGLE_LEG]
      planesAny: [FRONTAL]
      loadKind: [BODYWEIGHT]
    }
  ) {
    totalCount
    nodes {
      slug
      name
      tempo {
        notation
        intent
      }
    }
  }
}
`;

/**
 * The page allows scripts, styles, workers and requests from this origin only: the IDE cannot
 * reach a CDN even by accident, so it works the same with no network. Inline code is ruru's
 * start-up script and the editor's styles.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let page: string | undefined;

/**
 * GraphiQL as distributed by ruru (GraphiQL 5 with its editor, prebuilt in the npm package),
 * pointed at /graphql, with every asset from GRAPHIQL_ASSETS on this origin.
 */
export function graphiqlPage(): string {
  page ??= ruruHTML({
    staticPath: GRAPHIQL_ASSETS,
    endpoint: '/graphql',
    // ruru types these as a Pick of GraphiQL's React props, which resolve to `any` in a build
    // without the DOM library, so every key reads as required: these two are all it needs.
    clientConfig: { debugTools: [], defaultQuery: FIRST_QUERY } as unknown as RuruClientConfig,
    htmlParts: {
      titleTag: '<title>GraphiQL · Runner exercise library</title>',
      metaTags: (original) =>
        `${original}\n<meta http-equiv="Content-Security-Policy" content="${GRAPHIQL_CSP}" />`,
    },
  });
  return page;
}

/**
 * One of the IDE's files (`ruru.js`, `ruru.css`, the editor's workers, ...), compressed with
 * brotli when the browser accepts it; null when there is no such file. Source maps are not served.
 */
export async function graphiqlAsset(
  urlPath: string,
  acceptEncoding: string | string[] | undefined,
): Promise<StaticFile | null> {
  if (!urlPath.startsWith(GRAPHIQL_ASSETS)) return null;
  return getStaticFile({
    staticPath: GRAPHIQL_ASSETS,
    urlPath,
    acceptEncoding,
    disallowDevAssets: true,
  });
}

/** A browser opening /graphql itself gets the same IDE (Apollo's landing-page hook). */
export function graphiqlLandingPage(): ApolloServerPlugin {
  return {
    serverWillStart() {
      return Promise.resolve({
        renderLandingPage: () => Promise.resolve({ html: graphiqlPage() }),
      });
    },
  };
}
