import { createHash } from 'node:crypto';
import { Agent, get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { serverAudits } from 'graphql-http';
import { LIMITS } from '../src/common/graphql/limits.js';
import { exerciseInput } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

// The documents posted by hand below stay raw strings on purpose: these tests are about the HTTP
// exchange itself (GET, caching, persisted-query hashes of the exact text, malformed bodies), and
// several documents are invalid or over the limits. Only the setup goes through a typed document.

const post = (t: TestApp, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

interface Body {
  data?: Record<string, unknown> | null;
  errors: { message: string; extensions: Record<string, unknown> & { code?: string } }[];
}
const json = async (res: Response): Promise<Body> => (await res.json()) as Body;

const get = (t: TestApp, params: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql?${new URLSearchParams(params)}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });

describe('GraphQL over HTTP: limits, caching, persisted queries, the spec', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
  });
  afterAll(() => t.close());

  describe('limits answer 400 with a code, before any work', () => {
    it('depth', async () => {
      let selection = 'name';
      for (let i = 0; i < 6; i++) selection = `progressions { to { ${selection} } }`;
      const res = await post(t, {
        query: `{ exercise(by: { slug: "glute-bridge" }) { ${selection} } }`,
      });
      expect(res.status).toBe(400);
      const body = await json(res);
      expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP' });
      expect(body.errors[0].message).toBe(
        `The operation is 14 levels deep; the limit is ${LIMITS.depth}.`,
      );
    });

    it('depth through fragments', async () => {
      const query = `{ exercise(by: { slug: "glute-bridge" }) { ...a } }
        fragment a on Exercise { progressions { to { ...b } } }
        fragment b on Exercise { progressions { to { ...c } } }
        fragment c on Exercise { progressions { to { ...d } } }
        fragment d on Exercise { progressions { to { ...e } } }
        fragment e on Exercise { progressions { to { ...f } } }
        fragment f on Exercise { progressions { to { name } } }`;
      const res = await post(t, { query });
      expect(res.status).toBe(400);
      expect((await json(res)).errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    });

    it('aliases', async () => {
      const fields = Array.from(
        { length: LIMITS.aliases + 1 },
        (_, i) => `a${i}: exercises(first: 1) { totalCount }`,
      );
      const res = await post(t, { query: `{ ${fields.join(' ')} }` });
      expect(res.status).toBe(400);
      expect((await json(res)).errors[0].extensions.code).toBe('TOO_MANY_ALIASES');
    });

    it('cost, counting `first`', async () => {
      const query =
        '{ exercises(first: 100) { nodes { ladder { exercise { progressions { to { name slug } } } } } } }';
      const res = await post(t, { query });
      expect(res.status).toBe(400);
      const error = (await json(res)).errors[0];
      expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(error.message).toMatch(new RegExp(`the limit is ${LIMITS.cost}`));
      const cheap = await post(t, {
        query:
          '{ exercises(first: 2) { nodes { ladder { exercise { progressions { to { name } } } } } } }',
      });
      expect(cheap.status).toBe(200);
    });

    it('tokens', async () => {
      const res = await post(t, { query: `{ ${'__typename '.repeat(LIMITS.tokens)} }` });
      expect(res.status).toBe(400);
      const error = (await json(res)).errors[0];
      expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(error.message).toMatch(/Document contains more th\w+ 5000 tokens/);
    });

    it('lets a normal app page through, including introspection for tools', async () => {
      const page = await post(t, {
        query: `{ exercises(first: 50, filter: { planesAny: [FRONTAL] }) { nodes { name planes stance equipment
          progressions { criterion changes to { slug name } } regressions { from { slug name } } } } }`,
      });
      expect(page.status).toBe(200);
      const introspection = await post(t, {
        query:
          '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
      });
      expect(introspection.status).toBe(200);
    });
  });

  it('never answers a malformed or hostile request with a 5xx', async () => {
    const bodies: string[] = [
      '',
      '{',
      'null',
      '[]',
      '"query"',
      '{"query": 1}',
      '{"query": "{"}',
      '{"query": "{ exercise(by: { slug: 1 }) { name } }"}',
      '{"query": "{ exercise { nope } }"}',
      '{"query": "query ($f: Int) { exercises(first: $f) { totalCount } }", "variables": {"f": "many"}}',
      '{"query": "{ exercises { totalCount } }", "variables": "x"}',
      '{"query": "{ exercises { totalCount } }", "operationName": 7}',
      '{"query": "mutation { createExercise(input: {}) { id } }"}',
      '{"query": "{ exercise(by: { id: \\"../../etc\\" }) { name } }"}',
      JSON.stringify({
        query: `{ ${'exercise(by: { slug: "x" }) { '.repeat(200)}name${' }'.repeat(200)} }`,
      }),
      JSON.stringify({
        query: '{ a: __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } },
      }),
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = '{}()[]:$!@#,."\\ \nqueryexercisesfirst0123456789mutation...on';
    for (let i = 0; i < 150; i++) {
      const length = 1 + Math.floor(random() * 120);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      bodies.push(i % 2 ? JSON.stringify({ query: text }) : text);
    }
    const statuses = await Promise.all(bodies.map(async (body) => (await post(t, body)).status));
    const failures = bodies.filter((_, i) => statuses[i] >= 500);
    expect(failures).toEqual([]);
    const wrongType = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(wrongType.status).toBeLessThan(500);
  });

  it('keeps an idle connection open longer than clients and balancers do, and says so', async () => {
    // Node's 5 s default closed sockets as clients reused them (ECONNRESET under load); the
    // header is what a client reads to close first (HTTP_KEEP_ALIVE_MS).
    const agent = new Agent({ keepAlive: true });
    try {
      const headers = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
        httpGet(`${t.url}/health`, { agent }, (res) => {
          res.resume();
          resolve(res.headers);
        }).on('error', reject);
      });
      expect(headers.connection).toBe('keep-alive');
      expect(headers['keep-alive']).toBe('timeout=65');
    } finally {
      agent.destroy();
    }
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  describe('CORS: browser apps on the origins in CORS_ORIGINS (any localhost port outside production)', () => {
    const app = 'http://localhost:5173';
    const preflight = (path: string, origin: string, method = 'GET') =>
      fetch(`${t.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': method,
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const routes: [string, string][] = [
      ['/graphql', 'POST'],
      ['/graphql', 'GET'],
      ['/handouts/00000000-0000-4000-8000-000000000000/pdf', 'GET'],
      ['/h/some-token', 'GET'],
      ['/media/some-file.jpg', 'GET'],
      ['/media/exercises/00000000-0000-4000-8000-000000000000/images', 'POST'],
      ['/health', 'GET'],
    ];

    it('answers a listed origin’s preflight for GraphQL and every HTTP route', async () => {
      for (const [path, method] of routes) {
        const res = await preflight(path, app, method);
        expect({
          path,
          status: res.status,
          origin: res.headers.get('access-control-allow-origin'),
          headers: res.headers.get('access-control-allow-headers'),
        }).toEqual({ path, status: 204, origin: app, headers: 'content-type,authorization' });
      }
    });

    it('gives any other origin no CORS headers, so its pages cannot read an answer', async () => {
      for (const [path, method] of routes) {
        const res = await preflight(path, 'https://evil.example', method);
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
      }
      const res = await post(t, { query: '{ __typename }' }, { origin: 'https://evil.example' });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets a listed origin read answers and the headers it needs', async () => {
      const res = await post(
        t,
        { query: '{ exercises(first: 1) { totalCount } }' },
        { origin: app, authorization: 'Bearer stale.token.here' },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(app);
      expect(res.headers.get('vary')).toMatch(/Origin/);
      expect(res.headers.get('access-control-expose-headers')).toBe(
        'Retry-After,Content-Disposition,WWW-Authenticate,X-Request-Id',
      );
      // CSRF prevention still applies to a listed origin: a simple GET is refused.
      const simple = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { origin: app },
      });
      expect(simple.status).toBe(400);
    });
  });

  it('answers public reads sent with a stale token as anonymous, never cached publicly', async () => {
    const stale = { authorization: 'Bearer stale.token.here' };
    const res = await get(t, { query: '{ exercises(first: 1) { totalCount } }' }, stale);
    expect(res.status).toBe(200);
    expect((await json(res)).errors).toBeUndefined();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    // The public HTTP routes never read a token: a stale one changes nothing.
    expect((await fetch(`${t.url}/health`, { headers: stale })).status).toBe(200);
    expect((await fetch(`${t.url}/h/no-such-link`, { headers: stale })).status).toBe(404);
    expect((await fetch(`${t.url}/media/no-such-file.jpg`, { headers: stale })).status).toBe(404);
  });

  describe('GET queries are cacheable when everything in them is published', () => {
    const query = '{ exercise(by: { slug: "side-plank" }) { name status } }';

    it('sends Cache-Control and an ETag, and 304 when unchanged', async () => {
      const first = await get(t, { query });
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const etag = first.headers.get('etag')!;
      expect(etag).toBeTruthy();
      // fetch adds `cache-control: no-cache` to a conditional request unless one is given, and
      // a no-cache request is never answered from cache; a browser revalidating sends max-age=0.
      const again = await get(
        t,
        { query },
        { 'if-none-match': etag, 'cache-control': 'max-age=0' },
      );
      expect(again.status).toBe(304);
    });

    it('keeps drafts, errors and POSTs out of shared caches', async () => {
      await t.gql(
        graphql(`
          mutation HttpCacheDraft($input: CreateExerciseInput!) {
            createExercise(input: $input) {
              id
            }
          }
        `),
        { input: exerciseInput({ slug: 'cache-draft' }) },
      );
      // Only an account sees the draft, and what an account sees is never shared.
      const draft = await get(
        t,
        { query: '{ exercise(by: { slug: "cache-draft" }) { name } }' },
        { authorization: `Bearer ${t.tokens.clinician}` },
      );
      expect((await json(draft)).data?.exercise).not.toBeNull();
      expect(draft.headers.get('cache-control')).toBe('no-store');
      const failed = await get(t, { query: '{ exercise(by: { id: "no-such" }) { name } }' });
      expect((await json(failed)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(failed.headers.get('cache-control')).toBe('no-store');
      const viaPost = await post(t, { query });
      expect(viaPost.headers.get('cache-control')).toBe('no-store');
    });

    it('refuses a mutation over GET', async () => {
      const res = await get(t, {
        query: 'mutation { archiveExercise(input: { id: "x", expectedVersion: 1 }) { id } }',
      });
      expect(res.status).toBe(405);
    });
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ exercise(by: { slug: "glute-bridge" }) { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const unknown = await get(t, { extensions });
    expect((await json(unknown)).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await get(t, { query, extensions });
    expect(register.status).toBe(200);
    const byHash = await get(t, { extensions });
    expect(await json(byHash)).toEqual({ data: { exercise: { name: 'Glute bridge' } } });
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('passes the GraphQL over HTTP spec audits with no errors', async () => {
    const results = await Promise.all(
      serverAudits({ url: `${t.url}/graphql`, fetchFn: fetch }).map((audit) => audit.fn()),
    );
    const errors = results
      .filter((r) => r.status === 'error')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(50);
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://exercises.clinic.example',
    });
  });
  afterAll(() => t.close());

  it('turns introspection, the landing page and field suggestions off', async () => {
    const introspection = await post(t, { query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    const typo = await json(await post(t, { query: '{ exercisse { totalCount } }' }));
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
    const landing = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).not.toMatch(/html/);
  });
});
