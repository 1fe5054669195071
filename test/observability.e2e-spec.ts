import { captureLogs } from './support/logs.js';
import { verifySeedPictures } from './support/factories.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { TypedDocumentString } from './graphql/graphql.js';

// The service's logs and metrics, as an operator reads them: JSON lines from the real service
// (captured from stdout), and /metrics scraped the way Prometheus does.

const PATIENT = 'Quillon Marchetti-Abernathy';
const NEW_PASSWORD = 'violet harbour lantern 42';
const METRICS_TOKEN = 'scrape-me-0123456789abcdef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const LOGIN = graphql(`
  mutation ObserveLogin($input: LoginInput!) {
    login(input: $input) {
      token
      refreshToken
    }
  }
`);
const REFRESH = graphql(`
  mutation ObserveRefresh($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      token
      refreshToken
    }
  }
`);
const ISSUE_RESET = graphql(`
  mutation ObserveIssueReset($input: IssuePasswordResetInput!) {
    issuePasswordReset(input: $input) {
      token
    }
  }
`);
const RESET = graphql(`
  mutation ObserveResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      token
    }
  }
`);
const ACCOUNTS = graphql(`
  query ObserveAccounts {
    accounts {
      id
      email
    }
  }
`);
const TEMPLATE = graphql(`
  query ObserveTemplate {
    programTemplate(by: { slug: "runners-knee-phase-1" }) {
      id
    }
  }
`);
const ISSUE = graphql(`
  mutation ObserveIssueHandout($input: IssueHandoutInput!) {
    issueHandout(input: $input) {
      id
      pdfUrl
      links {
        url
      }
    }
  }
`);
const EXERCISES = graphql(`
  query ObserveExercises {
    exercises(first: 3) {
      totalCount
    }
  }
`);

interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  operation?: string;
  route?: string | null;
  url?: string;
  status?: number | string;
  durationMs?: number;
  errors?: string[];
}

describe('logs and metrics', () => {
  const logs = captureLogs();
  let t: TestApp;
  const secrets: string[] = [PATIENT, ADMIN.password, NEW_PASSWORD, METRICS_TOKEN];
  /** Every request this test sends, by the X-Request-Id it sends. */
  const sent: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      METRICS_TOKEN,
      SEED_ON_EMPTY: 'true',
    });
    secrets.push(...Object.values(t.tokens));
    await verifySeedPictures(t);
  });
  afterAll(async () => {
    await t.close();
    logs.restore();
  });

  /** A GraphQL POST as the apps send it, under a request id of our own. */
  async function gql<R>(
    document: TypedDocumentString<R, never>,
    variables: Record<string, unknown>,
    token: string | null,
    requestId: string,
  ) {
    sent.push(requestId);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: String(document), variables }),
    });
    expect(res.headers.get('x-request-id')).toBe(requestId);
    return (await res.json()) as { data?: R; errors?: { extensions?: { code?: string } }[] };
  }

  async function get(url: string, requestId: string, headers: Record<string, string> = {}) {
    sent.push(requestId);
    const res = await fetch(url, { headers: { 'x-request-id': requestId, ...headers } });
    await res.arrayBuffer();
    return res;
  }

  const lines = (): LogLine[] =>
    logs.stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          throw new Error(`not a JSON line: ${line.slice(0, 200)}`);
        }
      });
  const requestLines = () => lines().filter((line) => line.durationMs !== undefined);

  it('writes one JSON line per request with its id, operation, status and duration, and no secret', async () => {
    const staff = (await gql(ACCOUNTS, {}, t.tokens.admin, 'obs-accounts')).data!.accounts.find(
      (a) => a.email === 'staff@clinic.test',
    )!;
    const login = (
      await gql(
        LOGIN,
        { input: { email: 'clinician@clinic.test', password: ADMIN.password } },
        null,
        'obs-login',
      )
    ).data!.login;
    const refreshed = (
      await gql(REFRESH, { input: { refreshToken: login.refreshToken } }, null, 'obs-refresh')
    ).data!.refreshSession;
    const reset = (
      await gql(ISSUE_RESET, { input: { accountId: staff.id } }, t.tokens.admin, 'obs-reset')
    ).data!.issuePasswordReset;
    const afterReset = (
      await gql(
        RESET,
        { input: { token: reset.token, newPassword: NEW_PASSWORD } },
        null,
        'obs-reset-done',
      )
    ).data!.resetPassword;
    const templateId = (await gql(TEMPLATE, {}, login.token, 'obs-template')).data!.programTemplate!
      .id;
    const handout = (
      await gql(
        ISSUE,
        { input: { templateId, patientName: PATIENT, locale: 'EN' } },
        refreshed.token,
        'obs-issue',
      )
    ).data!.issueHandout;
    // A refused one: the patient's name in a request that fails, and the error's code logged.
    const refused = await gql(
      ISSUE,
      { input: { templateId, patientName: PATIENT, locale: 'EN', linkExpiresInDays: 9999 } },
      refreshed.token,
      'obs-refused',
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const shareUrl = handout.links[0].url;
    secrets.push(
      login.token,
      login.refreshToken,
      refreshed.token,
      refreshed.refreshToken,
      reset.token,
      afterReset.token,
      new URL(handout.pdfUrl).searchParams.get('signature')!,
      shareUrl.slice(shareUrl.lastIndexOf('/') + 1),
    );
    expect((await get(handout.pdfUrl, 'obs-pdf')).status).toBe(200);
    expect((await get(shareUrl, 'obs-share')).status).toBe(200);
    // A GET query carries its variables in the URL: the patient's name, here.
    const getQuery = new URL(`${t.url}/graphql`);
    getQuery.searchParams.set(
      'query',
      'query ObserveGet($n: String) { exercises(first: 1, filter: { text: $n }) { totalCount } }',
    );
    getQuery.searchParams.set('variables', JSON.stringify({ n: PATIENT }));
    expect(
      (await get(getQuery.href, 'obs-get', { 'apollo-require-preflight': 'true' })).status,
    ).toBe(200);
    await gql(EXERCISES, {}, null, 'obs-exercises');

    // Refused ids are replaced, and the answer says by what.
    for (const bad of ['has spaces', 'x'.repeat(200), PATIENT]) {
      const res = await fetch(`${t.url}/health`, { headers: { 'x-request-id': bad } });
      expect(res.headers.get('x-request-id')).toMatch(UUID);
    }

    const byId = new Map<string, LogLine[]>();
    for (const line of requestLines()) {
      if (!line.requestId || !sent.includes(line.requestId)) continue;
      byId.set(line.requestId, [...(byId.get(line.requestId) ?? []), line]);
    }
    for (const id of sent) expect({ id, lines: byId.get(id)?.length }).toEqual({ id, lines: 1 });
    const one = (id: string) => byId.get(id)![0];

    expect(one('obs-exercises')).toMatchObject({
      level: 'info',
      operation: 'ObserveExercises',
      route: '/graphql',
      status: 200,
      msg: expect.stringMatching(/^POST \/graphql ObserveExercises 200 \d+ ms$/),
    });
    expect(one('obs-exercises').durationMs).toBeGreaterThan(0);
    expect(one('obs-refused')).toMatchObject({
      operation: 'ObserveIssueHandout',
      errors: ['BAD_USER_INPUT'],
    });
    expect(one('obs-pdf')).toMatchObject({
      route: '/handouts/:id/pdf',
      status: 200,
      url: expect.stringMatching(/^\/handouts\/[0-9a-f-]{36}\/pdf\?expires&account&signature$/),
    });
    expect(one('obs-share')).toMatchObject({ route: '/h/:token', url: '/h/[Redacted]' });
    expect(one('obs-get')).toMatchObject({
      operation: 'ObserveGet',
      url: '/graphql?query&variables',
    });

    const text = logs.text;
    for (const secret of secrets) {
      expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
    }
    // Every line (start-up, Nest's, ours) is JSON: lines() throws on any other.
    expect(lines().length).toBeGreaterThan(sent.length);
  });

  it('answers /metrics with the token only, with counters that moved', async () => {
    const refused = await fetch(`${t.url}/metrics`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await refused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const wrong = await fetch(`${t.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}x` },
    });
    expect(wrong.status).toBe(401);

    await t.gql(
      graphql(`
        query ObserveCounted {
          __typename
        }
      `),
      {},
      'anonymous',
    );
    await t.gql('{ __typename }', {}, 'anonymous');
    await t.gql('query { nope }', {}, 'anonymous');
    const scrape = await fetch(`${t.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await scrape.text();
    const value = (series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    expect(
      value('http_request_duration_seconds_count{operation="ObserveCounted",status="200"}'),
    ).toBe(1);
    expect(
      value('http_request_duration_seconds_count{operation="(anonymous)",status="200"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value('http_request_duration_seconds_count{operation="(invalid)",status="400"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      value('http_request_duration_seconds_count{operation="GET /handouts/:id/pdf",status="200"}'),
    ).toBe(1);
    expect(value('graphql_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(1);
    expect(value('graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(value('handout_print_duration_seconds_count{outcome="ok"}')).toBe(1);
    expect(value('cache_lookups_total{cache="print_pictures",result="miss"}')).toBeGreaterThan(0);
    expect(value('db_pool_connections')).toBeGreaterThan(0);
    // DB_POOL_SIZE on a server; the embedded engine serves one connection.
    expect(value('db_pool_max_connections')).toBe(process.env.DATABASE_URL ? 10 : 1);
    expect(value('db_pool_waiting_clients')).toBe(0);
    expect(value('handout_print_queue_length')).toBe(0);
    expect(value('http_requests_in_flight')).toBe(1);
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    // No raw path, no share token, no patient in a label.
    expect(text).not.toMatch(/\/h\/[A-Za-z0-9_-]{8,}|Quillon/);
  });
});

describe('/metrics in production without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://x.clinic.example',
      LOG_LEVEL: 'warn',
    });
  });
  afterAll(() => t.close());

  it('does not exist', async () => {
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('http_request');
  });
});
