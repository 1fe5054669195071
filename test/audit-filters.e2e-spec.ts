import { graphql } from './graphql/index.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';

/**
 * The audit log filtered by who acted (actorId) and by time (from, inclusive; to, exclusive),
 * as the admin console's audit page asks for it, with the other filters and paging; a bad
 * filter is refused naming its field.
 */

const ME = graphql(`
  query AuditFiltersMe {
    me {
      id
    }
  }
`);
const NEW_KEY = graphql(`
  mutation AuditFiltersNewKey($name: String!) {
    createApiKey(input: { name: $name }) {
      apiKey {
        id
      }
    }
  }
`);
const ENTRIES = graphql(`
  query AuditFiltersEntries(
    $actorId: ID
    $action: String
    $targetId: ID
    $from: DateTime
    $to: DateTime
    $first: Int
    $after: String
  ) {
    auditEntries(
      actorId: $actorId
      action: $action
      targetId: $targetId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        actorId
        action
        targetId
      }
    }
  }
`);

describe('auditEntries filtered by actor and time', () => {
  let t: TestApp;
  let adminId: string;
  let clinicianId: string;
  /** When the admin's three keys were made: between `before` and `after`. */
  let before: string;
  let after: string;
  const keys: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    adminId = (await t.gql(ME, {}, 'admin')).body.data!.me!.id;
    clinicianId = (await t.gql(ME, {}, 'clinician')).body.data!.me!.id;
    const [{ now: start }] = await t.dataSource.query<{ now: Date }[]>('SELECT now()');
    before = start.toISOString();
    for (const name of ['audit one', 'audit two', 'audit three']) {
      const res = await t.gql(NEW_KEY, { name }, 'admin');
      expect(res.body.errors).toBeUndefined();
      keys.push(res.body.data!.createApiKey.apiKey.id);
    }
    // Each in its own transaction: now() moves on between them and after the last.
    const [{ now: end }] = await t.dataSource.query<{ now: Date }[]>('SELECT now()');
    after = new Date(end.getTime() + 1).toISOString();
  }, 120_000);
  afterAll(() => t.close());

  const entries = async (vars: Record<string, unknown>) => {
    const res = await t.gql(ENTRIES, vars, 'admin');
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.auditEntries;
  };

  it("lists one actor's entries only", async () => {
    const mine = await entries({ actorId: adminId, action: 'API_KEY_CREATED' });
    expect(mine.totalCount).toBe(3);
    expect(mine.nodes.every((n) => n.actorId === adminId)).toBe(true);
    expect(mine.nodes.map((n) => n.targetId)).toEqual([...keys].reverse());
    const theirs = await entries({ actorId: clinicianId, action: 'API_KEY_CREATED' });
    expect(theirs.totalCount).toBe(0);
  });

  it('bounds the time: from is included, to is not', async () => {
    const inside = await entries({ from: before, to: after, action: 'API_KEY_CREATED' });
    expect(inside.totalCount).toBe(3);
    const third = inside.nodes[0];
    const upToThird = await entries({ from: before, to: third.at, action: 'API_KEY_CREATED' });
    expect(upToThird.nodes.map((n) => n.targetId)).toEqual([keys[1], keys[0]]);
    const fromThird = await entries({ from: third.at, action: 'API_KEY_CREATED' });
    expect(fromThird.nodes.map((n) => n.targetId)).toEqual([keys[2]]);
    expect((await entries({ to: before, action: 'API_KEY_CREATED' })).totalCount).toBe(0);
  });

  it('combines every filter, and pages through the result', async () => {
    const one = await entries({
      actorId: adminId,
      action: 'API_KEY_CREATED',
      targetId: keys[1],
      from: before,
      to: after,
    });
    expect(one.nodes.map((n) => n.targetId)).toEqual([keys[1]]);
    const first = await entries({ actorId: adminId, from: before, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await entries({
      actorId: adminId,
      from: before,
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(next.nodes.map((n) => n.targetId)).toEqual([keys[0]]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['an actorId that is not a UUID', { actorId: 'someone' }, 'actorId', 'actorId must be a UUID'],
    [
      'a range that ends before it starts',
      { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      'to',
      'to must not be before from',
    ],
  ])('refuses %s, naming the field', async (_label, vars, field, message) => {
    const error = onlyError(await t.gql(ENTRIES, vars, 'admin'));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([{ field, message }]);
  });

  it('refuses a time that is not one', async () => {
    const res = await t.gql(ENTRIES, { from: 'yesterday' }, 'admin');
    expect(res.body.errors?.[0].message).toMatch(/from|DateTime/);
  });

  it('is for admins only', async () => {
    const error = onlyError(await t.gql(ENTRIES, { actorId: adminId }, 'clinician'));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});
