import { jest } from '@jest/globals';
import { graphql } from './graphql/index.js';
import type { ConnectionsPageInfoFragment, TypedDocumentString } from './graphql/graphql.js';
import { accountFor, apiKeyFor } from './support/factories.js';
import { exerciseInput } from './support/fixtures.js';
import {
  type AnyDocument,
  type Caller,
  onlyError,
  startTestApp,
  type TestApp,
} from './support/test-app.js';
import { ownStatements } from './support/statements.js';

/**
 * Issue 13: every list that grows is a Relay connection that pages forward (first/after) and
 * back (last/before), with hasNextPage/hasPreviousPage true to the whole list at both ends.
 */

graphql(`
  fragment ConnectionsPageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: ConnectionsPageInfoFragment;
  totalCount: number;
}
interface PageArgs {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}
type Fetch = (args: PageArgs) => Promise<Page>;

const EXERCISES = graphql(`
  query ConnectionsExercises($first: Int, $after: String, $last: Int, $before: String) {
    exercises(first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
`);
const SEARCH = graphql(`
  query ConnectionsSearch($first: Int, $after: String, $last: Int, $before: String) {
    searchExercises(query: "squat", first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
`);
const TEMPLATES = graphql(`
  query ConnectionsTemplates($first: Int, $after: String, $last: Int, $before: String) {
    programTemplates(first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
`);
const HANDOUTS = graphql(`
  query ConnectionsHandouts($first: Int, $after: String, $last: Int, $before: String) {
    handouts(first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
`);
const AUDIT = graphql(`
  query ConnectionsAudit(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $action: String
  ) {
    auditEntries(first: $first, after: $after, last: $last, before: $before, action: $action) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
`);
const ACCOUNTS = graphql(`
  query ConnectionsAccounts(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $role: [Role!]
    $active: Boolean
  ) {
    accountsConnection(
      first: $first
      after: $after
      last: $last
      before: $before
      role: $role
      active: $active
    ) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
`);
const API_KEYS = graphql(`
  query ConnectionsApiKeys($first: Int, $after: String, $last: Int, $before: String) {
    apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
`);
const REVISIONS = graphql(`
  query ConnectionsRevisions($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    exercise(by: { id: $id }) {
      revisions(first: $first, after: $after, last: $last, before: $before) {
        edges {
          cursor
          node {
            id
            version
          }
        }
        pageInfo {
          ...ConnectionsPageInfo
        }
        totalCount
      }
    }
  }
`);
const ACCESS_LOG = graphql(`
  query ConnectionsAccessLog($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    handout(id: $id) {
      accessLog(first: $first, after: $after, last: $last, before: $before) {
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          ...ConnectionsPageInfo
        }
        totalCount
      }
    }
  }
`);

const CREATE = graphql(`
  mutation ConnectionsCreateExercise($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      id
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation ConnectionsUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {
    updateExercise(id: $id, version: $version, input: $input) {
      version
    }
  }
`);
const ISSUE = graphql(`
  mutation ConnectionsIssueHandout($input: IssueHandoutInput!) {
    issueHandout(input: $input) {
      id
      links {
        url
      }
    }
  }
`);

const ids = (page: Page) => page.edges.map((e) => e.node.id);

/**
 * Pages through a whole list forward and back by `size`, checking what a Relay client relies on:
 * both directions give the same items in the same order (edges in list order when paging back),
 * each item once, startCursor/endCursor the ends of the page, and hasPreviousPage/hasNextPage
 * true exactly when items lie beyond the page, at both ends. Answers the items in order.
 */
async function expectPaging(fetch: Fetch, size: number): Promise<string[]> {
  const forward: Page[] = [];
  for (let after: string | null = null; ;) {
    const page = await fetch({ first: size, after });
    forward.push(page);
    expect(page.pageInfo.hasPreviousPage).toBe(forward.length > 1);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor;
    if (forward.length > 50) throw new Error('the list never ends');
  }
  const items = forward.flatMap(ids);
  const total = forward[0].totalCount;
  expect(total).toBeGreaterThan(size);
  expect(items).toHaveLength(total);
  expect(new Set(items).size).toBe(total);

  const backward: Page[] = [];
  for (let before: string | null = null; ;) {
    const page = await fetch({ last: size, before });
    backward.unshift(page);
    expect(page.pageInfo.hasNextPage).toBe(backward.length > 1);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    if (!page.pageInfo.hasPreviousPage) break;
    expect(page.edges).toHaveLength(size);
    before = page.pageInfo.startCursor;
    if (backward.length > 50) throw new Error('the list never starts');
  }
  expect(backward.flatMap(ids)).toEqual(items);
  // An item's cursor is the same whichever way it was reached.
  expect(backward.flatMap((p) => p.edges.map((e) => e.cursor))).toEqual(
    forward.flatMap((p) => p.edges.map((e) => e.cursor)),
  );

  // Back and forth from the second page, as a console's "previous" and "next" buttons do.
  const back = await fetch({ last: size, before: forward[1].pageInfo.startCursor });
  expect(ids(back)).toEqual(ids(forward[0]));
  expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  const on = await fetch({ first: size, after: back.pageInfo.endCursor });
  expect(ids(on)).toEqual(ids(forward[1]));
  expect(on.pageInfo.hasPreviousPage).toBe(true);

  // Both cursors at once: only what lies between them, whichever end the page counts from.
  const between = ids(forward[0]).slice(1).concat(ids(forward[1]).slice(0, -1));
  for (const count of [{ first: 2 * size }, { last: 2 * size }]) {
    const page = await fetch({
      ...count,
      after: forward[0].pageInfo.startCursor,
      before: forward[1].pageInfo.endCursor,
    });
    expect(ids(page)).toEqual(between);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  }
  return items;
}

describe('Relay connections', () => {
  let t: TestApp;
  /** An exercise with 7 revisions, made by the clinician. */
  let edited: string;
  let handoutId: string;
  let shareUrl: string;

  /** A page of a connection, failing the test on any error. */
  const pageOf =
    <R, V>(
      document: TypedDocumentString<R, V>,
      pick: (data: R) => Page,
      as: Caller,
      variables: Record<string, unknown> = {},
    ): Fetch =>
    async (args) => {
      const res = await t.gql(document, { ...variables, ...args }, as);
      expect(res.body.errors).toBeUndefined();
      return pick(res.body.data!);
    };

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    const made = await t.gql(CREATE, {
      input: exerciseInput({ slug: 'connections-step-down', name: 'Connections step-down' }),
    });
    expect(made.body.errors).toBeUndefined();
    edited = made.body.data!.createExercise.id;
    let version = made.body.data!.createExercise.version;
    for (let i = 1; i <= 6; i++) {
      const res = await t.gql(UPDATE, {
        id: edited,
        version,
        input: { summary: `Revision ${i + 1}: lower one heel beside a step, slowly.` },
      });
      expect(res.body.errors).toBeUndefined();
      version = res.body.data!.updateExercise.version;
    }
    const templates = await t.gql(TEMPLATES, { first: 1 }, 'staff');
    const templateId = templates.body.data!.programTemplates.edges[0].node.id;
    for (let i = 0; i < 5; i++) {
      const res = await t.gql(ISSUE, {
        input: { templateId, patientName: `Connections Patient ${i}` },
      });
      expect(res.body.errors).toBeUndefined();
      handoutId = res.body.data!.issueHandout.id;
      shareUrl = res.body.data!.issueHandout.links[0].url;
    }
    // Seeding the library takes most of it; slow when the machine is shared.
  }, 180_000);
  afterAll(() => t.close());

  describe('page forward and back through every connection', () => {
    it('exercises', async () => {
      const items = await expectPaging(
        pageOf(EXERCISES, (d) => d.exercises, 'anonymous'),
        25,
      );
      expect(items.length).toBeGreaterThan(3 * 25);
    });

    it('searchExercises (by position in the ranking)', async () => {
      await expectPaging(
        pageOf(SEARCH, (d) => d.searchExercises, 'anonymous'),
        2,
      );
    });

    it('programTemplates', async () => {
      await expectPaging(
        pageOf(TEMPLATES, (d) => d.programTemplates, 'staff'),
        1,
      );
    });

    it('handouts', async () => {
      await expectPaging(
        pageOf(HANDOUTS, (d) => d.handouts, 'staff'),
        2,
      );
    });

    it('auditEntries', async () => {
      await expectPaging(
        pageOf(AUDIT, (d) => d.auditEntries, 'admin'),
        // Seeding the library (130 exercises, their edges and templates) writes hundreds of
        // entries: pages of 25 keep this a few dozen requests each way.
        25,
      );
    });

    it('accountsConnection, and its filters', async () => {
      for (let i = 0; i < 4; i++) {
        await accountFor(t, { email: `connections-${i}@clinic.test`, role: 'STAFF' });
      }
      const all = await expectPaging(
        pageOf(ACCOUNTS, (d) => d.accountsConnection, 'admin'),
        2,
      );
      expect(all.length).toBeGreaterThanOrEqual(7);
      const staff = await expectPaging(
        pageOf(ACCOUNTS, (d) => d.accountsConnection, 'admin', { role: ['STAFF'] }),
        2,
      );
      expect(staff).toHaveLength(5);
      const inactive = await t.gql(ACCOUNTS, { active: false }, 'admin');
      expect(inactive.body.data!.accountsConnection.totalCount).toBe(0);
    });

    it('apiKeysConnection', async () => {
      for (let i = 0; i < 5; i++) await apiKeyFor(t, `connections app ${i}`);
      await expectPaging(
        pageOf(API_KEYS, (d) => d.apiKeysConnection, 'admin'),
        2,
      );
    });

    it('Exercise.revisions, newest first', async () => {
      const fetch = pageOf(REVISIONS, (d) => d.exercise!.revisions!, 'clinician', { id: edited });
      await expectPaging(fetch, 3);
      const res = await t.gql(REVISIONS, { id: edited, first: 7 });
      const versions = res.body.data!.exercise!.revisions!.edges.map((e) => e.node.version);
      expect(versions).toEqual([7, 6, 5, 4, 3, 2, 1]);
    });

    it('Handout.accessLog', async () => {
      for (let i = 0; i < 7; i++) expect((await fetch(shareUrl)).status).toBe(200);
      const fetchLog = pageOf(ACCESS_LOG, (d) => d.handout!.accessLog!, 'staff', {
        id: handoutId,
      });
      // The access is recorded as the page is served: wait for the last one to land.
      for (let i = 0; (await fetchLog({ first: 1 })).totalCount < 7; i++) {
        if (i > 50) throw new Error('the accesses were not recorded');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await expectPaging(fetchLog, 3);
    });
  });

  it('keeps rows within one millisecond apart: cursors carry microseconds', async () => {
    // Five entries in one millisecond and two at the very same instant (ties broken by id): a
    // cursor rounded to milliseconds, as a JS Date is, would skip the rest of its millisecond.
    await t.dataSource.query(
      `INSERT INTO audit_entry (at, actor_kind, action)
       SELECT '2026-01-01T00:00:00.000Z'::timestamptz + make_interval(secs => us / 1e6),
              'system', 'CONNECTIONS_TIES'
       FROM unnest(ARRAY[100, 200, 300, 300, 400, 999]) AS us`,
    );
    const items = await expectPaging(
      pageOf(AUDIT, (d) => d.auditEntries, 'admin', { action: 'CONNECTIONS_TIES' }),
      1,
    );
    expect(items).toHaveLength(6);
    // Newest first: ids grow with insertion, so the tie keeps the later id first.
    expect(items.map(Number)).toEqual([...items.map(Number)].sort((a, b) => b - a));
  });

  describe('page sizes and caps', () => {
    it('takes each list’s default size when neither first nor last is given', async () => {
      const exercises = await t.gql(EXERCISES, {}, 'anonymous');
      expect(exercises.body.data!.exercises.edges).toHaveLength(20);
      const audit = (await t.gql(AUDIT, {}, 'admin')).body.data!.auditEntries;
      expect(audit.edges).toHaveLength(Math.min(50, audit.totalCount));
      const log = (await t.gql(ACCESS_LOG, { id: handoutId }, 'staff')).body.data!.handout!;
      expect(log.accessLog!.edges).toHaveLength(Math.min(50, log.accessLog!.totalCount));
    });

    it.each([
      ['exercises first', EXERCISES, { first: 101 }, 'first', 'anonymous'],
      ['exercises last', EXERCISES, { last: 101 }, 'last', 'anonymous'],
      ['exercises first 0', EXERCISES, { first: 0 }, 'first', 'anonymous'],
      ['exercises last -1', EXERCISES, { last: -1 }, 'last', 'anonymous'],
      ['search last', SEARCH, { last: 101 }, 'last', 'anonymous'],
      ['auditEntries first', AUDIT, { first: 201 }, 'first', 'admin'],
      ['accountsConnection last', ACCOUNTS, { last: 101 }, 'last', 'admin'],
      ['apiKeysConnection first', API_KEYS, { first: 101 }, 'first', 'admin'],
    ] as const)('caps %s, naming the argument', async (_name, document, args, field, as) => {
      const error = onlyError(await t.gql(document as never, args, as));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((f) => f.field)).toEqual([field]);
    });

    it('takes the audit log up to 200 and an access log up to 500, refusing 501', async () => {
      const audit = await t.gql(AUDIT, { first: 200 }, 'admin');
      expect(audit.body.errors).toBeUndefined();
      const log = await t.gql(ACCESS_LOG, { id: handoutId, last: 501 }, 'staff');
      expect(onlyError(log).extensions?.fields).toEqual([
        { field: 'last', message: expect.stringContaining('500') as string },
      ]);
    });

    it('a refused nested page is null with its error; the parent and its other fields stay', async () => {
      const log = await t.gql(
        graphql(`
          query ConnectionsAccessLogRefused($id: ID!) {
            handout(id: $id) {
              id
              accessLog(last: 501) {
                totalCount
              }
            }
          }
        `),
        { id: handoutId },
        'staff',
      );
      expect(onlyError(log)).toMatchObject({
        path: ['handout', 'accessLog'],
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(log.body.data).toEqual({ handout: { id: handoutId, accessLog: null } });
      const revisions = await t.gql(
        graphql(`
          query ConnectionsRevisionsRefused($id: ID!) {
            exercise(by: { id: $id }) {
              id
              revisions(after: "!!!") {
                totalCount
              }
            }
          }
        `),
        { id: edited },
        'clinician',
      );
      expect(onlyError(revisions)).toMatchObject({
        path: ['exercise', 'revisions'],
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] },
      });
      expect(revisions.body.data).toEqual({ exercise: { id: edited, revisions: null } });
    });

    it('refuses first and last together, naming both', async () => {
      for (const [document, as] of [
        [EXERCISES, 'anonymous'],
        [SEARCH, 'anonymous'],
        [AUDIT, 'admin'],
      ] as const) {
        const error = onlyError(await t.gql(document as never, { first: 2, last: 2 }, as));
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.extensions?.fields?.map((f) => f.field)).toEqual(['first', 'last']);
      }
      const revisions = await t.gql(REVISIONS, { id: edited, first: 2, last: 2 });
      expect(onlyError(revisions).extensions?.fields?.map((f) => f.field)).toEqual([
        'first',
        'last',
      ]);
    });

    it('counts last like first in the cost of an operation', async () => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${t.tokens.clinician}`,
        },
        body: JSON.stringify({
          query:
            '{ exercises(last: 100) { nodes { revisions(last: 100) { nodes { id message version createdAt } } } } }',
        }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    });
  });

  describe('cursors of another list, or tampered with', () => {
    const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    let exerciseCursor: string;
    let revisionCursor: string;

    beforeAll(async () => {
      const page = await t.gql(EXERCISES, { first: 1 }, 'anonymous');
      exerciseCursor = page.body.data!.exercises.pageInfo.endCursor!;
      const revisions = await t.gql(REVISIONS, { id: edited, first: 1 });
      revisionCursor = revisions.body.data!.exercise!.revisions!.pageInfo.endCursor!;
    });

    const refused = async (
      document: AnyDocument,
      variables: Record<string, unknown>,
      field: 'after' | 'before',
      as: Caller,
    ) => {
      const error = onlyError(await t.gql(document as never, variables, as));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      const what = document === (SEARCH as AnyDocument) ? 'search' : 'list';
      expect(error.extensions?.fields).toEqual([
        { field, message: `${field} is not a cursor returned by this ${what}` },
      ]);
    };

    it('refuses a cursor of another list, naming after or before', async () => {
      // Templates sort by name too: without the list's name in the cursor it would be taken.
      await refused(TEMPLATES, { after: exerciseCursor }, 'after', 'staff');
      await refused(TEMPLATES, { last: 2, before: exerciseCursor }, 'before', 'staff');
      await refused(ACCOUNTS, { after: exerciseCursor }, 'after', 'admin');
      await refused(SEARCH, { before: exerciseCursor, last: 2 }, 'before', 'anonymous');
      await refused(EXERCISES, { before: revisionCursor, last: 2 }, 'before', 'anonymous');
    });

    it("refuses one exercise's revision cursor on another exercise", async () => {
      const other = await t.gql(CREATE, {
        input: exerciseInput({ slug: 'connections-other', name: 'Connections other' }),
      });
      const otherId = other.body.data!.createExercise.id;
      await refused(REVISIONS, { id: otherId, after: revisionCursor }, 'after', 'clinician');
      await refused(
        REVISIONS,
        { id: otherId, last: 1, before: revisionCursor },
        'before',
        'clinician',
      );
      // Its own exercise still takes it.
      const own = await t.gql(REVISIONS, { id: edited, first: 1, after: revisionCursor });
      expect(own.body.data!.exercise!.revisions!.edges.map((e) => e.node.version)).toEqual([6]);
    });

    it.each([
      ['without the list name', cursor(['Zzz', '00000000-0000-4000-8000-000000000000'])],
      ['a non-UUID id', cursor(['exercises', 'Zzz', 'not-a-uuid'])],
      ['a non-string value', cursor(['exercises', 5, '00000000-0000-4000-8000-000000000000'])],
      ['two parts', cursor(['exercises', 'Zzz'])],
      ['not base64 JSON', '!!!'],
    ])('refuses a tampered cursor: %s', async (_name, tampered) => {
      await refused(EXERCISES, { after: tampered }, 'after', 'anonymous');
      await refused(EXERCISES, { last: 2, before: tampered }, 'before', 'anonymous');
    });

    it.each([
      ['a negative version', '-1'],
      ['version 0', '0'],
      ['a fraction', '1.5'],
      ['a huge version', '9'.repeat(10)],
    ])('refuses a tampered revision cursor: %s', async (_name, version) => {
      const [list, , id] = JSON.parse(Buffer.from(revisionCursor, 'base64url').toString()) as [
        string,
        string,
        string,
      ];
      const tampered = cursor([list, version, id]);
      await refused(REVISIONS, { id: edited, after: tampered }, 'after', 'clinician');
      await refused(REVISIONS, { id: edited, last: 1, before: tampered }, 'before', 'clinician');
    });

    it.each([
      ['a millisecond time', cursor(['auditEntries', '2026-01-01T00:00:00.000Z', '1'])],
      ['an impossible time', cursor(['auditEntries', '2026-13-45T99:00:00.000000Z', '1'])],
      ['a uuid id', cursor(['auditEntries', '2026-01-01T00:00:00.000000Z', 'x'])],
      ['a huge id', cursor(['auditEntries', '2026-01-01T00:00:00.000000Z', '9'.repeat(19)])],
    ])('refuses a tampered audit cursor: %s', async (_name, tampered) => {
      await refused(AUDIT, { after: tampered }, 'after', 'admin');
    });

    it.each([
      ['a negative position', cursor(['search', -1])],
      ['position 0', cursor(['search', 0])],
      ['a fraction', cursor(['search', 1.5])],
      ['a keyset cursor', cursor(['exercises', 'Zzz', '00000000-0000-4000-8000-000000000000'])],
    ])('refuses a tampered search cursor: %s', async (_name, tampered) => {
      await refused(SEARCH, { after: tampered }, 'after', 'anonymous');
      await refused(SEARCH, { last: 1, before: tampered }, 'before', 'anonymous');
    });
  });

  describe('who may read which connection', () => {
    it.each([
      ['auditEntries', AUDIT],
      ['accountsConnection', ACCOUNTS],
      ['apiKeysConnection', API_KEYS],
    ] as const)('%s: admins only', async (_name, document) => {
      for (const [as, code] of [
        ['anonymous', 'UNAUTHENTICATED'],
        ['staff', 'FORBIDDEN'],
        ['clinician', 'FORBIDDEN'],
      ] as const) {
        expect(onlyError(await t.gql(document as never, {}, as)).extensions?.code).toBe(code);
      }
      const key = await apiKeyFor(t, 'connections reader');
      expect(onlyError(await t.gql(document as never, {}, key.caller)).extensions?.code).toBe(
        'FORBIDDEN',
      );
    });

    it('Exercise.revisions: clinicians and admins, not staff, apps or anonymous', async () => {
      const published = await t.gql(EXERCISES, { first: 1 }, 'anonymous');
      const id = published.body.data!.exercises.edges[0].node.id;
      const key = await apiKeyFor(t, 'connections revisions');
      for (const [as, code] of [
        ['anonymous', 'UNAUTHENTICATED'],
        ['staff', 'FORBIDDEN'],
        [key.caller, 'FORBIDDEN'],
      ] as const) {
        const res = await t.gql(REVISIONS, { id }, as);
        expect(onlyError(res).extensions?.code).toBe(code);
        // The published exercise stays readable; only its history is withheld.
        expect(res.body.data).toEqual({ exercise: { revisions: null } });
      }
      for (const as of ['clinician', 'admin'] as const) {
        const res = await t.gql(REVISIONS, { id }, as);
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data!.exercise!.revisions!.totalCount).toBeGreaterThanOrEqual(1);
      }
    });

    it('Handout.accessLog: the clinic team, staff included', async () => {
      const res = await t.gql(ACCESS_LOG, { id: handoutId }, 'staff');
      expect(res.body.errors).toBeUndefined();
      expect(
        onlyError(await t.gql(ACCESS_LOG, { id: handoutId }, 'anonymous')).extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });
  });

  it('still answers the deprecated lists', async () => {
    const res = await t.gql(
      graphql(`
        query ConnectionsDeprecated($id: ID!, $handout: ID!) {
          exerciseRevisions(id: $id) {
            version
          }
          auditLog(first: 3) {
            id
          }
          accounts {
            id
          }
          apiKeys {
            id
          }
          handout(id: $handout) {
            accesses(first: 2) {
              id
            }
          }
        }
      `),
      { id: edited, handout: handoutId },
      'admin',
    );
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data!;
    expect(data.exerciseRevisions.map((r) => r.version)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(data.auditLog).toHaveLength(3);
    expect(data.accounts.length).toBeGreaterThanOrEqual(7);
    expect(data.apiKeys.length).toBeGreaterThanOrEqual(5);
    expect(data.handout!.accesses).toHaveLength(2);
  });

  describe('nested connections cost a fixed number of statements', () => {
    const statements = async (
      document: AnyDocument,
      variables: Record<string, unknown>,
      as: Caller,
      check: (data: unknown) => void,
    ) => {
      const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
      try {
        const res = await t.gql(document as never, variables, as);
        expect(res.body.errors).toBeUndefined();
        check(res.body.data);
        // A share link's access row may land late; it does not depend on the page.
        return ownStatements(spy.mock.calls, /INSERT INTO "handout_access"/).length;
      } finally {
        spy.mockRestore();
      }
    };

    it('a page of exercises with their revisions: the same for 5 or 40', async () => {
      const document = graphql(`
        query ConnectionsExercisesRevisions($first: Int!) {
          exercises(first: $first) {
            nodes {
              id
              revisions(first: 2) {
                nodes {
                  version
                }
                totalCount
                pageInfo {
                  hasNextPage
                  hasPreviousPage
                }
              }
            }
          }
        }
      `);
      const count = (first: number) =>
        statements(document, { first }, 'clinician', (data) => {
          const nodes = (data as { exercises: { nodes: { revisions: Page }[] } }).exercises.nodes;
          expect(nodes).toHaveLength(first);
          for (const n of nodes) expect(n.revisions.totalCount).toBeGreaterThanOrEqual(1);
        });
      const five = await count(5);
      const forty = await count(40);
      // the page, the revisions of all its exercises, their counts
      expect(forty).toBe(five);
      expect(forty).toBeLessThanOrEqual(3);
    });

    it('a page of handouts with their access logs: the same for 2 or 5', async () => {
      const document = graphql(`
        query ConnectionsHandoutsAccessLog($first: Int!) {
          handouts(first: $first) {
            nodes {
              accessLog(first: 2) {
                nodes {
                  id
                  outcome
                }
                totalCount
              }
            }
          }
        }
      `);
      const count = (first: number) =>
        statements(document, { first }, 'staff', (data) => {
          const nodes = (data as { handouts: { nodes: unknown[] } }).handouts.nodes;
          expect(nodes).toHaveLength(first);
        });
      expect(await count(5)).toBe(await count(2));
    });
  });
});
