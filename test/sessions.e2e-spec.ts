import { createHmac } from 'node:crypto';
import { exerciseInput } from './support/fixtures.js';
import {
  ADMIN,
  type GraphQLResponse,
  onlyError,
  startTestApp,
  type TestApp,
} from './support/test-app.js';
import { accountFor, apiKeyFor } from './support/factories.js';
import { graphql } from './graphql/index.js';
import type { Role } from './graphql/graphql.js';

const PATIENT = 'Ingrid Søndergaard-Okafor';
const SECRET = 'test-secret-that-is-at-least-32-characters';
const LOGIN = graphql(`
  mutation SessionsLogin($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      refreshToken
      refreshExpiresAt
      account {
        id
        role
      }
    }
  }
`);
const REFRESH = graphql(`
  mutation SessionsRefresh($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      token
      refreshToken
      account {
        email
      }
    }
  }
`);
const SIGN_OUT = graphql(`
  mutation SessionsSignOut($input: SignOutInput!) {
    signOut(input: $input) {
      sessionsEnded
    }
  }
`);
const CHANGE = graphql(`
  mutation SessionsChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
      refreshToken
    }
  }
`);
const UPDATE = graphql(`
  mutation SessionsUpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      role
      active
    }
  }
`);
const ISSUE = graphql(`
  mutation SessionsIssueHandout($input: IssueHandoutInput!) {
    issueHandout(input: $input) {
      id
      patientName
      pdfUrl
    }
  }
`);
const ACCOUNT_IDS = graphql(`
  query SessionsAccountIds {
    accounts {
      id
    }
  }
`);
const COUNT = graphql(`
  query SessionsExerciseCount {
    exercises(first: 1) {
      totalCount
    }
  }
`);
const DRAFT_COUNT = graphql(`
  query SessionsDraftCount {
    exercises(first: 1, filter: { status: DRAFT }) {
      totalCount
    }
  }
`);

interface Pair {
  token: string;
  refreshToken: string;
  id: string;
}

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const code = (res: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
  res.body.errors?.[0]?.extensions?.code ?? 'OK';

/**
 * How a request with a dead token or key is answered: as anonymous (public fields answer, a field
 * that needs a sign-in is UNAUTHENTICATED), with WWW-Authenticate telling the client why.
 */
const dead = (res: GraphQLResponse<unknown>) => ({
  code: code(res),
  challenged: /^Bearer error="invalid_token"/.test(res.headers?.get('www-authenticate') ?? ''),
});
const DEAD = { code: 'UNAUTHENTICATED', challenged: true };

/** A JWT signed by hand, to forge what the service would never issue. */
function jwt(header: object, payload: object, secret = SECRET): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part(header)}.${part(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('sessions: rights follow the database at the next request', () => {
  let t: TestApp;
  let n = 0;
  let exerciseId: string;
  let clinicianId: string;
  const password = 'quiet lagoon trellis marathon';

  async function account(role: Role): Promise<Pair & { email: string }> {
    const email = `person-${++n}@clinic.test`;
    await accountFor(t, { email, displayName: `Person ${n}`, role }, password);
    return { ...(await signIn(email)), email };
  }

  async function signIn(email: string, pw = password): Promise<Pair> {
    const res = await t.gql(LOGIN, { input: { email, password: pw } }, 'anonymous');
    expect(res.body.errors).toBeUndefined();
    const { token, refreshToken, account: a } = res.body.data!.login;
    return { token, refreshToken, id: a.id };
  }

  const readNames = (token: string) =>
    t.gql(
      graphql(`
        query SessionsPatientNames {
          handouts(first: 5) {
            nodes {
              patientName
            }
          }
        }
      `),
      {},
      bearer(token),
    );
  const issue = (token: string) =>
    t.gql(
      ISSUE,
      {
        input: {
          patientName: PATIENT,
          clinicianId,
          items: [{ exerciseId, sets: 3, reps: 10, sessionsPerWeek: 3 }],
        },
      },
      bearer(token),
    );
  const pdf = (path: string, token: string) =>
    fetch(`${t.url}${new URL(path, t.url).pathname}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  const refresh = (refreshToken: string) =>
    t.gql(REFRESH, { input: { refreshToken } }, 'anonymous');

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    const [row] = (await t.dataSource.query(
      `SELECT id FROM exercise WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`,
    )) as { id: string }[];
    exerciseId = row.id;
    const accounts = await t.gql(
      graphql(`
        query SessionsAccounts {
          accounts {
            id
            role
          }
        }
      `),
      {},
      'admin',
    );
    clinicianId = accounts.body.data!.accounts.find((a) => a.role === 'CLINICIAN')!.id;
  });
  afterAll(() => t.close());

  it('signs in with a short access token and a refresh token, stored only as a hash', async () => {
    const res = await t.gql(
      LOGIN,
      { input: { email: ADMIN.email, password: ADMIN.password } },
      'anonymous',
    );
    const session = res.body.data!.login;
    expect(new Date(session.refreshExpiresAt).getTime()).toBeGreaterThan(
      new Date(session.expiresAt).getTime(),
    );
    const rows = (await t.dataSource.query('SELECT refresh_hash FROM account_session')) as {
      refresh_hash: string;
    }[];
    const secret = session.refreshToken.split('.')[1];
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('refuses a deactivated account at once: reads, issuing, the PDF route, refresh', async () => {
    const staff = await account('STAFF');
    const issued = await issue(staff.token);
    expect(code(issued)).toBe('OK');
    const { pdfUrl } = issued.body.data!.issueHandout;
    expect((await pdf(pdfUrl, staff.token)).status).toBe(200);
    expect((await readNames(staff.token)).body.data!.handouts.nodes[0].patientName).toBe(PATIENT);
    // The cache is warm: the deactivation must still apply at the very next request.
    expect(code(await t.gql(UPDATE, { input: { id: staff.id, active: false } }, 'admin'))).toBe(
      'OK',
    );

    const read = await readNames(staff.token);
    expect(dead(read)).toEqual(DEAD);
    expect(onlyError(read).message).toBe('This sign-in has ended: sign in again.');
    expect(JSON.stringify(read.body)).not.toContain(PATIENT);
    expect(dead(await issue(staff.token))).toEqual(DEAD);
    const file = await pdf(pdfUrl, staff.token);
    expect(file.status).toBe(401);
    expect(await file.text()).not.toContain(PATIENT);
    expect(code(await refresh(staff.refreshToken))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(LOGIN, { input: { email: staff.email, password } }, 'anonymous'))).toBe(
      'UNAUTHENTICATED',
    );
    // Reactivated: the old sessions stay ended, a new sign-in works.
    await t.gql(UPDATE, { input: { id: staff.id, active: true } }, 'admin');
    expect(dead(await readNames(staff.token))).toEqual(DEAD);
    expect(code(await refresh(staff.refreshToken))).toBe('UNAUTHENTICATED');
    expect(code(await readNames((await signIn(staff.email)).token))).toBe('OK');
  });

  it('applies a demotion at the next request, to the token already in hand', async () => {
    const clinician = await account('CLINICIAN');
    const draft = (token: string) =>
      t.gql(
        graphql(`
          mutation SessionsDraft($input: CreateExerciseInput!) {
            createExercise(input: $input) {
              id
            }
          }
        `),
        { input: exerciseInput({ slug: `demoted-${n}` }) },
        bearer(token),
      );
    const before = await t.gql(DRAFT_COUNT, {}, bearer(clinician.token));
    expect(code(before)).toBe('OK');
    await t.gql(UPDATE, { input: { id: clinician.id, role: 'STAFF' } }, 'admin');
    const after = await t.gql(DRAFT_COUNT, {}, bearer(clinician.token));
    expect(code(after)).toBe('FORBIDDEN');
    expect(code(await draft(clinician.token))).toBe('FORBIDDEN');
    const me = await t.gql(
      graphql(`
        query SessionsMyRole {
          me {
            role
          }
        }
      `),
      {},
      bearer(clinician.token),
    );
    expect(me.body.data!.me!.role).toBe('STAFF');
    // Promoted again: at once too, without a new sign-in.
    await t.gql(UPDATE, { input: { id: clinician.id, role: 'CLINICIAN' } }, 'admin');
    expect(code(await t.gql(DRAFT_COUNT, {}, bearer(clinician.token)))).toBe('OK');
  });

  it('rotates refresh tokens and ends the session when a used one comes back', async () => {
    const staff = await account('STAFF');
    const first = await refresh(staff.refreshToken);
    expect(code(first)).toBe('OK');
    const next = first.body.data!.refreshSession;
    expect(next.refreshToken).not.toBe(staff.refreshToken);
    expect(code(await readNames(next.token))).toBe('OK');
    // The old refresh token again: someone copied it. The whole session ends, thief and owner.
    expect(code(await refresh(staff.refreshToken))).toBe('UNAUTHENTICATED');
    expect(code(await refresh(next.refreshToken))).toBe('UNAUTHENTICATED');
    expect(dead(await readNames(next.token))).toEqual(DEAD);
    expect(dead(await readNames(staff.token))).toEqual(DEAD);
    // Other sessions of the account are untouched.
    const other = await signIn(staff.email);
    expect(code(await readNames(other.token))).toBe('OK');
  });

  it('refuses malformed, forged and foreign refresh tokens without a 500', async () => {
    const staff = await account('STAFF');
    const [sid] = staff.refreshToken.split('.');
    for (const bad of [
      '',
      'x',
      `${sid}.`,
      `${sid}.${'A'.repeat(43)}`,
      `${sid}.${'A'.repeat(43)}.extra`,
      `00000000-0000-0000-0000-000000000000.${'A'.repeat(43)}`,
      `not-a-uuid.${'A'.repeat(43)}`,
      staff.token,
      `${staff.refreshToken}\u0000`,
      'é'.repeat(150),
    ]) {
      const res = await refresh(bad);
      expect({ bad, status: res.status < 500, code: code(res) }).toEqual({
        bad,
        status: true,
        code: expect.stringMatching(/^(UNAUTHENTICATED|BAD_USER_INPUT)$/),
      });
    }
    // A guess at the secret of a known session id is a reuse: that session ends.
    expect(dead(await readNames(staff.token))).toEqual(DEAD);
  });

  it('signs out: this session, one refresh token, or everywhere', async () => {
    const staff = await account('STAFF');
    const second = await signIn(staff.email);
    const third = await signIn(staff.email);
    const out = await t.gql(SIGN_OUT, { input: {} }, bearer(staff.token));
    expect(out.body.data!.signOut.sessionsEnded).toBe(1);
    expect(dead(await readNames(staff.token))).toEqual(DEAD);
    expect(code(await refresh(staff.refreshToken))).toBe('UNAUTHENTICATED');
    expect(code(await readNames(second.token))).toBe('OK');
    // Without an access token, by its refresh token.
    const byRefresh = await t.gql(
      SIGN_OUT,
      { input: { refreshToken: second.refreshToken } },
      'anonymous',
    );
    expect(byRefresh.body.data!.signOut.sessionsEnded).toBe(1);
    expect(dead(await readNames(second.token))).toEqual(DEAD);
    // Someone else's refresh token does not sign them out.
    const other = await account('STAFF');
    const foreign = await t.gql(
      SIGN_OUT,
      { input: { refreshToken: other.refreshToken } },
      bearer(third.token),
    );
    expect(foreign.body.data!.signOut.sessionsEnded).toBe(1);
    expect(code(await readNames(other.token))).toBe('OK');
    expect(dead(await readNames(third.token))).toEqual(DEAD);
    // Everywhere.
    const a = await signIn(other.email);
    const all = await t.gql(SIGN_OUT, { input: { everywhere: true } }, bearer(a.token));
    expect(all.body.data!.signOut.sessionsEnded).toBe(2);
    expect(dead(await readNames(other.token))).toEqual(DEAD);
    expect(code(await refresh(other.refreshToken))).toBe('UNAUTHENTICATED');
    // Nothing to end: 0, not an error.
    const nothing = await t.gql(SIGN_OUT, { input: {} }, 'anonymous');
    expect(nothing.body.data!.signOut.sessionsEnded).toBe(0);
  });

  it('changes a password: every old token and refresh token stops, the new pair works', async () => {
    const staff = await account('STAFF');
    const elsewhere = await signIn(staff.email);
    const wrong = onlyError(
      await t.gql(
        CHANGE,
        {
          input: {
            currentPassword: 'not the password at all',
            newPassword: 'amber quarry violin lantern',
          },
        },
        bearer(staff.token),
      ),
    );
    expect(wrong.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.currentPassword' }],
    });
    for (const weak of ['passwordpass', ' '.repeat(12), `${staff.email}1`, 'short']) {
      const res = onlyError(
        await t.gql(
          CHANGE,
          { input: { currentPassword: password, newPassword: weak } },
          bearer(staff.token),
        ),
      );
      expect(res.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.extensions?.fields?.[0]?.field).toBe('input.newPassword');
      expect(res.message).not.toContain(weak.trim() || '            ');
    }
    const changed = await t.gql(
      CHANGE,
      { input: { currentPassword: password, newPassword: 'amber quarry violin lantern' } },
      bearer(staff.token),
    );
    expect(code(changed)).toBe('OK');
    const fresh = changed.body.data!.changePassword;
    for (const old of [staff.token, elsewhere.token]) {
      expect(dead(await readNames(old))).toEqual(DEAD);
    }
    for (const old of [staff.refreshToken, elsewhere.refreshToken]) {
      expect(code(await refresh(old))).toBe('UNAUTHENTICATED');
    }
    expect(code(await readNames(fresh.token))).toBe('OK');
    expect(code(await refresh(fresh.refreshToken))).toBe('OK');
    expect(code(await t.gql(LOGIN, { input: { email: staff.email, password } }, 'anonymous'))).toBe(
      'UNAUTHENTICATED',
    );
    await signIn(staff.email, 'amber quarry violin lantern');
    const log = JSON.stringify(
      (
        await t.gql(
          graphql(`
            query SessionsAudit {
              auditLog(first: 200) {
                action
                details
              }
            }
          `),
          {},
          'admin',
        )
      ).body,
    );
    expect(log).toContain('PASSWORD_CHANGED');
    expect(log).not.toMatch(/amber quarry|quiet lagoon|passwordpass/);
  });

  it('resets a password with a one-time token an admin issued: once, until it expires', async () => {
    const ISSUE_RESET = graphql(`
      mutation SessionsIssueReset($input: IssuePasswordResetInput!) {
        issuePasswordReset(input: $input) {
          token
          expiresAt
          account {
            email
          }
        }
      }
    `);
    const RESET = graphql(`
      mutation SessionsResetPassword($input: ResetPasswordInput!) {
        resetPassword(input: $input) {
          token
          refreshToken
          account {
            email
          }
        }
      }
    `);
    const staff = await account('STAFF');
    const elsewhere = await signIn(staff.email);
    const issueFor = async (as: 'admin' | 'clinician' = 'admin') =>
      t.gql(ISSUE_RESET, { input: { accountId: staff.id } }, as);
    const reset = (token: string, newPassword: string) =>
      t.gql(RESET, { input: { token, newPassword } }, 'anonymous');
    const refusedToken = (res: Awaited<ReturnType<typeof reset>>) =>
      expect(onlyError(res).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.token',
            message: 'token is invalid, expired or already used: ask an admin for a new one',
          },
        ],
      });

    expect(code(await issueFor('clinician'))).toBe('FORBIDDEN');
    const first = (await issueFor()).body.data!.issuePasswordReset;
    const issued = await issueFor();
    const { token, expiresAt, account: whose } = issued.body.data!.issuePasswordReset;
    expect(whose.email).toBe(staff.email);
    expect(token).toMatch(/^prs_[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const [stored] = await t.dataSource.query(
      'SELECT token_hash FROM password_reset WHERE account_id = $1',
      [staff.id],
    );
    expect(stored.token_hash).not.toContain(token.slice(4));

    // The earlier token was replaced; a made-up one is refused the same way.
    refusedToken(await reset(first.token, 'amber quarry violin lantern'));
    refusedToken(await reset('prs_not-a-token', 'amber quarry violin lantern'));
    // A weak password is refused by the policy, and does not use the token up.
    const weak = onlyError(await reset(token, 'passwordpass'));
    expect(weak.extensions?.fields?.[0]?.field).toBe('input.newPassword');

    const done = await reset(token, 'amber quarry violin lantern');
    expect(code(done)).toBe('OK');
    const fresh = done.body.data!.resetPassword;
    expect(fresh.account.email).toBe(staff.email);
    for (const old of [staff.token, elsewhere.token]) {
      expect(dead(await readNames(old))).toEqual(DEAD);
    }
    for (const old of [staff.refreshToken, elsewhere.refreshToken]) {
      expect(code(await refresh(old))).toBe('UNAUTHENTICATED');
    }
    expect(code(await readNames(fresh.token))).toBe('OK');
    await signIn(staff.email, 'amber quarry violin lantern');
    refusedToken(await reset(token, 'cobalt meadow tin whistle'));

    // An expired token is refused.
    const late = (await issueFor()).body.data!.issuePasswordReset;
    await t.dataSource.query(
      "UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE account_id = $1",
      [staff.id],
    );
    refusedToken(await reset(late.token, 'cobalt meadow tin whistle'));

    const log = JSON.stringify(
      (
        await t.gql(
          graphql(`
            query SessionsResetAudit {
              auditLog(first: 200) {
                action
                details
              }
            }
          `),
          {},
          'admin',
        )
      ).body,
    );
    expect(log).toContain('PASSWORD_RESET_ISSUED');
    expect(log).toContain('"PASSWORD_RESET"');
    for (const secret of [token, first.token, late.token, 'amber quarry']) {
      expect(log).not.toContain(secret);
    }
  });

  it('refuses forged, expired, alg-none and tampered tokens, saying why; public reads still answer', async () => {
    const staff = await account('STAFF');
    const [, payload] = staff.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const now = Math.floor(Date.now() / 1000);
    const forged = [
      jwt({ alg: 'none', typ: 'JWT' }, claims).replace(/\.[^.]+$/, '.'),
      jwt({ alg: 'HS256' }, claims, 'some-other-secret-that-is-long-enough!!'),
      jwt({ alg: 'HS256' }, { ...claims, exp: now - 10 }),
      jwt({ alg: 'HS256' }, { ...claims, exp: undefined }),
      jwt({ alg: 'HS256' }, { ...claims, sid: undefined, role: 'ADMIN' }),
      jwt({ alg: 'HS256' }, { ...claims, sid: '00000000-0000-0000-0000-000000000000' }),
      jwt({ alg: 'HS256' }, { ...claims, sub: clinicianId }),
      jwt({ alg: 'HS384' }, claims),
      staff.token.slice(0, -2),
      `${staff.token} ${staff.token}`,
      staff.refreshToken,
      'x'.repeat(5000),
    ];
    for (const token of forged) {
      const res = await t.gql(ACCOUNT_IDS, {}, bearer(token));
      expect({ token: token.slice(0, 60), ...dead(res) }).toEqual({
        token: token.slice(0, 60),
        ...DEAD,
      });
      expect(onlyError(res).message).toMatch(/sign in again/);
      // A stale token in a browser's store must not break the public catalogue.
      const pub = await t.gql(COUNT, {}, bearer(token));
      expect({ token: token.slice(0, 60), ...dead(pub) }).toEqual({
        token: token.slice(0, 60),
        code: 'OK',
        challenged: true,
      });
    }
    // A token signed with our key, naming a live session, but claiming ADMIN: the role is the
    // database's, not the token's.
    const claimsAdmin = jwt({ alg: 'HS256' }, { ...claims, role: 'ADMIN' });
    expect(code(await t.gql(ACCOUNT_IDS, {}, bearer(claimsAdmin)))).toBe('FORBIDDEN');
  });

  it('stops a revoked API key at the next request', async () => {
    const { id, caller: headers } = await apiKeyFor(t, 'app');
    expect(code(await t.gql(COUNT, {}, headers))).toBe('OK');
    await t.gql(
      graphql(`
        mutation SessionsRevokeKey($id: ID!) {
          revokeApiKey(input: { id: $id }) {
            id
          }
        }
      `),
      { id },
      'admin',
    );
    // Apps only read published content, which anyone may: the key is refused, the read answers.
    const refused = await t.gql(COUNT, {}, headers);
    expect(dead(refused)).toEqual({ code: 'OK', challenged: true });
    expect(refused.headers?.get('www-authenticate')).toContain('The API key is unknown');
  });

  it('sees a change made by another instance within CREDENTIAL_CACHE_MS', async () => {
    const staff = await account('STAFF');
    const key = (await apiKeyFor(t, 'other instance')).caller;
    expect(code(await readNames(staff.token))).toBe('OK');
    expect(code(await t.gql(COUNT, {}, key))).toBe('OK');
    // Written straight to the database, as another instance would: no local revocation.
    await t.dataSource.query('UPDATE account SET active = false WHERE id = $1', [staff.id]);
    await t.dataSource.query('UPDATE api_key SET revoked_at = now() WHERE revoked_at IS NULL');
    const started = Date.now();
    let person = false;
    let apiKey = false;
    while ((!person || !apiKey) && Date.now() - started < 6000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      person = dead(await readNames(staff.token)).challenged;
      apiKey = dead(await t.gql(COUNT, {}, key)).challenged;
    }
    expect({ person, apiKey }).toEqual({ person: true, apiKey: true });
    // 2 s cache; generous for a loaded machine, far below the old 30 s.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses weak passwords for a new account, naming the field', async () => {
    for (const weak of [
      ' '.repeat(12),
      ' '.repeat(40),
      'passwordpass',
      'Password1234',
      'newcomer@clinic.test',
      'qwertyuiop12',
      'short',
    ]) {
      const res = await t.gql(
        graphql(`
          mutation SessionsCreateAccount($input: CreateAccountInput!) {
            createAccount(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            email: 'newcomer@clinic.test',
            displayName: 'New',
            role: 'STAFF',
            password: weak,
          },
        },
        'admin',
      );
      const error = onlyError(res);
      expect({
        weak,
        code: error.extensions?.code,
        fields: error.extensions?.fields?.map((f) => f.field),
      }).toEqual({
        weak,
        code: 'BAD_USER_INPUT',
        fields: ['input.password'],
      });
      if (weak.trim()) expect(error.message).not.toContain(weak);
    }
    const none = await t.dataSource.query(
      `SELECT 1 FROM account WHERE email = 'newcomer@clinic.test'`,
    );
    expect(none).toHaveLength(0);
  });

  it('audits failed sign-ins without the typed email or the password', async () => {
    const staff = await account('STAFF');
    const typed = ['hunter2 my secret phrase', staff.email.toUpperCase(), 'Ingrid Søndergaard'];
    for (const email of typed) {
      await t.gql(LOGIN, { input: { email, password: 'typed-secret-guess-123' } }, 'anonymous');
    }
    const log = await t.gql(
      graphql(`
        query SessionsFailedSignIns {
          auditLog(first: 200, action: "LOGIN_FAILED") {
            action
            targetId
            details
          }
        }
      `),
      {},
      'admin',
    );
    const entries = log.body.data!.auditLog;
    expect(entries.find((e) => e.targetId === staff.id)).toMatchObject({
      details: { reason: 'WRONG_PASSWORD' },
    });
    const text = JSON.stringify(entries);
    for (const secret of [...typed, staff.email, 'typed-secret-guess-123', 'hunter2']) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE, not signed out nor 500, when sessions cannot be read', async () => {
    const staff = await account('STAFF');
    await t.dataSource.query('ALTER TABLE account_session RENAME TO account_session_away');
    try {
      const res = await readNames(staff.token);
      expect({ status: res.status, code: code(res) }).toEqual({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
    } finally {
      await t.dataSource.query('ALTER TABLE account_session_away RENAME TO account_session');
    }
    expect(code(await readNames(staff.token))).toBe('OK');
  });
});
