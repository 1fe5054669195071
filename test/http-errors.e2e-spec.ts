import { randomUUID } from 'node:crypto';
import { type AnyDocument, startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/**
 * Every error factory carries its HTTP status (errors.ts). The HTTP routes answer with it, through
 * the one HttpExceptionFilter; GraphQL answers as it always has: a query that ran is 200 with its
 * errors, and no `http` extension ever reaches the client.
 */
describe('errors: one status per code, one HTTP error path', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t?.close());

  it('keeps GraphQL answers of a query that ran at 200, with nothing but the code', async () => {
    const missing = randomUUID();
    const exercise = graphql(`
      query HttpErrorsExercise($id: ID!) {
        exercise(by: { id: $id }) {
          id
        }
      }
    `);
    const archive = graphql(`
      mutation HttpErrorsArchive($id: ID!) {
        archiveExercise(input: { id: $id, expectedVersion: 1 }) {
          id
        }
      }
    `);
    const cases: [AnyDocument, Record<string, unknown>, 'clinician' | 'staff', string][] = [
      [archive, { id: missing }, 'clinician', 'NOT_FOUND'],
      [exercise, { id: 'nope' }, 'clinician', 'BAD_USER_INPUT'],
      [
        graphql(`
          mutation HttpErrorsReissue($id: ID!) {
            reissueHandout(input: { id: $id }) {
              id
            }
          }
        `),
        { id: missing },
        'clinician',
        'NOT_FOUND',
      ],
      [archive, { id: missing }, 'staff', 'FORBIDDEN'],
    ];
    for (const [query, variables, as, code] of cases) {
      const res = await t.gql(query, variables, as);
      // A nullable lookup (exercise) answers `{ exercise: null }`, a non-null field `data: null`.
      const data = res.body.data && Object.values(res.body.data).every((v) => v === null);
      expect([
        res.status,
        res.body.data === null || data,
        res.body.errors?.[0]?.extensions?.code,
      ]).toEqual([200, true, code]);
      expect(res.body.errors?.[0]?.extensions).not.toHaveProperty('http');
    }
  });

  it('answers a handout route refusal as JSON with its status and the private headers', async () => {
    const cases: [string, Record<string, string>, number, Record<string, unknown>][] = [
      [`/handouts/${randomUUID()}/pdf`, {}, 401, { code: 'UNAUTHENTICATED' }],
      [
        `/handouts/${randomUUID()}/print`,
        { authorization: 'Bearer forged' },
        401,
        {
          code: 'UNAUTHENTICATED',
        },
      ],
      [
        `/handouts/not-a-uuid/pdf`,
        { authorization: `Bearer ${t.tokens.staff}` },
        400,
        {
          code: 'BAD_USER_INPUT',
          field: 'id',
        },
      ],
      [
        `/handouts/${randomUUID()}/print`,
        { authorization: `Bearer ${t.tokens.staff}` },
        404,
        {
          code: 'NOT_FOUND',
        },
      ],
    ];
    for (const [path, headers, status, body] of cases) {
      const res = await fetch(`${t.url}${path}`, { headers });
      expect([path, res.status]).toEqual([path, status]);
      const json = (await res.json()) as Record<string, unknown>;
      expect(json).toMatchObject(body);
      expect(typeof json.message).toBe('string');
      expect(
        Object.keys(json).every((k) => ['code', 'message', 'field', 'fields'].includes(k)),
      ).toBe(true);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
