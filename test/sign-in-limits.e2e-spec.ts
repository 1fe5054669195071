import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import { accountFor } from './support/factories.js';

// Every sign-in here is a raw string posted by hand on purpose: the tests disguise `login`
// (aliases, fragments, batches) the way an attacker would, so codegen must not see them.

interface Answer {
  status: number;
  retryAfter: number | null;
  codes: string[];
  tokens: number;
}

/** Posts a raw body as a client behind (or pretending to be behind) a proxy. */
async function post(t: TestApp, body: unknown, forwardedFor?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const json = JSON.parse(text) as {
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after') ? Number(res.headers.get('retry-after')) : null,
    codes: (json.errors ?? []).map((e) => e.extensions?.code ?? '?'),
    tokens: (text.match(/"token":"/g) ?? []).length,
  };
}

const creds = (email: string, password: string) =>
  `input: { email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)} }`;

/** Ways of reaching `login` that a rule looking only at top-level field names would miss. */
const DISGUISES: Record<string, (c: string) => string> = {
  plain: (c) => `mutation { login(${c}) { token } }`,
  alias: (c) => `mutation { hello: login(${c}) { token } }`,
  fragment: (c) => `mutation { ...F } fragment F on Mutation { login(${c}) { token } }`,
  inline: (c) => `mutation { ... on Mutation { login(${c}) { token } } }`,
  nested: (c) =>
    `mutation { ...A } fragment A on Mutation { ... on Mutation { ...B } } fragment B on Mutation { x: login(${c}) { token } }`,
  directive: (c) => `mutation { __typename login(${c}) @include(if: true) { token } }`,
};

const LIMIT = 4;

describe('sign-in limits', () => {
  describe('behind a trusted proxy (TRUST_PROXY=loopback), 4 attempts a minute per address', () => {
    let t: TestApp;
    let address = 0;
    /** A fresh client address for each case: the limit is per address. */
    const client = () => `203.0.113.${++address}`;
    const person = (i: number) => `runner-${i}@clinic.test`;

    beforeAll(async () => {
      t = await startTestApp({ TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT: String(LIMIT) });
      for (let i = 1; i <= 3; i++) {
        await accountFor(t, { email: person(i), displayName: `Runner ${i}`, role: 'STAFF' });
      }
    });
    afterAll(() => t.close());

    it.each(Object.keys(DISGUISES))(
      'counts a login reached as %s: the attempt past the limit from one address is refused',
      async (disguise) => {
        const from = client();
        for (let i = 0; i < LIMIT; i++) {
          const answer = await post(
            t,
            {
              query: DISGUISES[disguise](
                creds(`nobody-${disguise}-${i}@clinic.test`, 'wrong guess'),
              ),
            },
            from,
          );
          expect(answer.codes).toEqual(['UNAUTHENTICATED']);
        }
        const last = await post(
          t,
          { query: DISGUISES[disguise](creds(person(1), ADMIN.password)) },
          from,
        );
        expect(last).toMatchObject({ status: 429, codes: ['RATE_LIMITED'], tokens: 0 });
        expect(last.retryAfter).toBeGreaterThan(0);
      },
    );

    it('counts each of 30 aliased logins in one request, and runs none of them', async () => {
      const guesses = Array.from(
        { length: 30 },
        (_, i) =>
          `g${i}: login(${creds(person(2), i === 29 ? ADMIN.password : `guess ${i}`)}) { token }`,
      );
      for (const query of [
        `mutation { ${guesses.join(' ')} }`,
        `mutation { ...G } fragment G on Mutation { ${guesses.join(' ')} }`,
        `mutation { ... on Mutation { ${guesses.slice(0, 15).join(' ')} } ...H } fragment H on Mutation { ${guesses.slice(15).join(' ')} }`,
      ]) {
        const answer = await post(t, { query }, client());
        expect(answer).toMatchObject({ status: 429, codes: ['RATE_LIMITED'], tokens: 0 });
      }
    });

    it('does not run a batch of logins (batching is off)', async () => {
      const batch = Array.from({ length: 30 }, () => ({
        query: DISGUISES.plain(creds(person(2), ADMIN.password)),
      }));
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client() },
        body: JSON.stringify(batch),
      });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain('"token"');
    });

    it('backs off per account across addresses, then lets the owner in', async () => {
      const email = person(3);
      // Six wrong guesses, each from a new address: every one is checked. The sixth starts a
      // 1 s wait; the seventh, after it, a 2 s one (the window the checks below run in).
      for (let i = 0; i < 7; i++) {
        if (i === 6) await new Promise((resolve) => setTimeout(resolve, 1100));
        const answer = await post(
          t,
          { query: DISGUISES.plain(creds(email, `guess ${i}`)) },
          client(),
        );
        expect(answer.codes).toEqual(['UNAUTHENTICATED']);
      }
      // The right password, from yet another address, must wait: it is not even checked.
      let retryAfter = 0;
      for (const variant of [` ${email.toUpperCase()} `, email]) {
        const waiting = await post(
          t,
          { query: DISGUISES.plain(creds(variant, ADMIN.password)) },
          client(),
        );
        expect(waiting).toMatchObject({ status: 429, codes: ['RATE_LIMITED'], tokens: 0 });
        expect(waiting.retryAfter).toBeGreaterThanOrEqual(1);
        expect(waiting.retryAfter).toBeLessThanOrEqual(2);
        retryAfter = waiting.retryAfter!;
      }
      // Parallel guesses from many addresses do not slip through while it backs off.
      const burst = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          post(t, { query: DISGUISES.alias(creds(email, `burst ${i}`)) }, client()),
        ),
      );
      expect(burst.map((a) => a.status)).toEqual(Array(10).fill(429));
      // A backoff, not a lockout: after the wait the owner gets in, and the count starts afresh.
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
      const owner = await post(
        t,
        { query: DISGUISES.plain(creds(email, ADMIN.password)) },
        client(),
      );
      expect(owner).toMatchObject({ status: 200, codes: [], tokens: 1 });
      const again = await post(t, { query: DISGUISES.plain(creds(email, 'one slip')) }, client());
      expect(again.codes).toEqual(['UNAUTHENTICATED']);
    });

    it('keeps the rest of the clinic signing in while one address is limited', async () => {
      const noisy = client();
      for (let i = 0; i <= LIMIT; i++) {
        await post(t, { query: DISGUISES.plain(creds(`x${i}@clinic.test`, 'wrong guess')) }, noisy);
      }
      expect(
        (await post(t, { query: DISGUISES.plain(creds(person(1), ADMIN.password)) }, noisy)).status,
      ).toBe(429);
      const colleague = await post(
        t,
        { query: DISGUISES.plain(creds(person(1), ADMIN.password)) },
        client(),
      );
      expect(colleague).toMatchObject({ status: 200, tokens: 1 });
    });
  });

  describe('X-Forwarded-For', () => {
    it('is ignored without TRUST_PROXY: a client cannot pick a new address per attempt', async () => {
      const t = await startTestApp({ LOGIN_RATE_LIMIT: '5' });
      try {
        // The helper's three sign-ins used 3 of the 5.
        const codes: number[] = [];
        for (let i = 0; i < 4; i++) {
          const answer = await post(
            t,
            { query: DISGUISES.plain(creds(`spoof-${i}@clinic.test`, 'wrong guess')) },
            `198.51.100.${i}`,
          );
          codes.push(answer.status);
        }
        expect(codes).toEqual([200, 200, 429, 429]);
      } finally {
        await t.close();
      }
    });

    it('with TRUST_PROXY=1, only the address the proxy added counts, not what the client wrote', async () => {
      const t = await startTestApp({ TRUST_PROXY: '1', LOGIN_RATE_LIMIT: '3' });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 4; i++) {
          // The client prepends a fresh fake address each time; the proxy appends the real one.
          const answer = await post(
            t,
            { query: DISGUISES.plain(creds(`spoof-${i}@clinic.test`, 'wrong guess')) },
            `10.9.8.${i}, 192.0.2.7`,
          );
          codes.push(answer.status);
        }
        expect(codes).toEqual([200, 200, 200, 429]);
        const other = await post(
          t,
          { query: DISGUISES.plain(creds('spoof@clinic.test', 'wrong guess')) },
          '192.0.2.8',
        );
        expect(other.status).toBe(200);
      } finally {
        await t.close();
      }
    });
  });
});
