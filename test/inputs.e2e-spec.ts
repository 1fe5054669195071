import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from './graphql/index.js';
import type { CreateExerciseInput } from './graphql/graphql.js';
import { exerciseInput } from './support/fixtures.js';
import { captureLogs } from './support/logs.js';
import {
  type AnyDocument,
  type Caller,
  type GraphQLResponse,
  onlyError,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

// Documents built around a hostile literal (a NUL, an over-long or unknown value, a bad enum)
// stay raw strings on purpose: they are what an attacker sends, and codegen must not see them.

/** A string that looks like a patient's name: it must never come back in a message or a log. */
const MARKER = 'Zelinda Quarrington';
const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
const UUID = '6f1c2c7e-7d0b-4a55-9d0e-2f6c1d7c9a11';

/** The answer is the client's error, naming the field, with no value echoed back. */
function expectRefused(res: GraphQLResponse<unknown>, field: string, code = 'BAD_USER_INPUT') {
  const error = onlyError(res);
  expect(error.extensions?.code).toBe(code);
  if (code === 'BAD_USER_INPUT') {
    expect(error.extensions?.fields?.map((f) => f.field)).toContain(field);
  }
  expect(res.status).toBeLessThan(500);
  expect(JSON.stringify(res.body)).not.toContain(MARKER);
  return error;
}

const ME = graphql(`
  query InputsMe {
    me {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation InputsUpdateExercise($input: UpdateExerciseInput!) {
    updateExercise(input: $input) {
      id
    }
  }
`);
const ISSUE = graphql(`
  mutation InputsIssueHandout($i: IssueHandoutInput!) {
    issueHandout(input: $i) {
      id
    }
  }
`);

describe('inputs: every class of hostile value is the client’s error, never a 500', () => {
  let t: TestApp;
  let importDir: string;
  const logs = captureLogs();

  beforeAll(async () => {
    importDir = mkdtempSync(join(tmpdir(), 'import-'));
    mkdirSync(join(importDir, 'folder'));
    writeFileSync(join(importDir, 'object.json'), '{"not": "a list"}');
    symlinkSync('/etc/hostname', join(importDir, 'outside.json'));
    t = await startTestApp({ IMPORT_DIR: importDir });
  });
  afterAll(async () => {
    await t.close();
    logs.restore();
  });
  afterEach(() => {
    expect(logs.text).not.toContain(MARKER);
    expect(logs.text).not.toMatch(/Unexpected error|INTERNAL/);
    logs.clear();
  });

  async function exercise(overrides: Partial<CreateExerciseInput> = {}) {
    const res = await t.gql(
      graphql(`
        mutation InputsCreateExercise($input: CreateExerciseInput!) {
          createExercise(input: $input) {
            id
            version
          }
        }
      `),
      {
        input: exerciseInput({
          slug: `inputs-${Math.random().toString(36).slice(2)}`,
          ...overrides,
        }),
      },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise;
  }

  describe('NUL characters and over-long strings, in any argument', () => {
    const nul = `${MARKER}\u0000`;
    const long = MARKER.repeat(400);
    const byId = graphql(`
      query InputsExerciseById($v: ID!) {
        exercise(by: { id: $v }) {
          id
        }
      }
    `);
    const bySlug = graphql(`
      query InputsExerciseBySlug($v: String!) {
        exercise(by: { slug: $v }) {
          id
        }
      }
    `);
    const cases: [string, AnyDocument, Record<string, unknown>, string, Caller?][] = [
      ['a bare ID variable', byId, { v: nul }, 'v'],
      ['a bare String variable', bySlug, { v: nul }, 'v'],
      [
        'a search query',
        graphql(`
          query InputsSearch($v: String!) {
            searchExercises(query: $v) {
              totalCount
            }
          }
        `),
        { v: nul },
        'v',
      ],
      [
        'an input field',
        graphql(`
          mutation InputsLogin($v: LoginInput!) {
            login(input: $v) {
              token
            }
          }
        `),
        { v: { email: nul, password: 'x' } },
        'v.email',
        'anonymous',
      ],
      [
        'a nested list item',
        graphql(`
          mutation InputsCreateWithCues($v: CreateExerciseInput!) {
            createExercise(input: $v) {
              id
            }
          }
        `),
        { v: exerciseInput({ cues: ['fine', nul] }) },
        'v.cues[1]',
      ],
      [
        'a patient name',
        graphql(`
          query InputsHandoutsByPatient($v: String) {
            handouts(patientName: $v) {
              totalCount
            }
          }
        `),
        { v: nul },
        'v',
        'staff',
      ],
      [
        'a revision message',
        graphql(`
          mutation InputsRevisionMessage($v: String) {
            createExercise(
              input: {
                slug: "x"
                name: "x"
                summary: "x"
                loadKind: BODYWEIGHT
                regions: [KNEE]
                primaryMuscles: [QUADRICEPS]
                focus: [STRENGTH]
                difficulty: 1
                prescription: { sets: 1, reps: 1 }
                message: $v
              }
            ) {
              id
            }
          }
        `),
        { v: nul },
        'v',
      ],
      ['an over-long slug', bySlug, { v: long }, 'v'],
      [
        'an over-long id',
        graphql(`
          query InputsHandoutById($v: ID!) {
            handout(id: $v) {
              id
            }
          }
        `),
        { v: long },
        'v',
        'staff',
      ],
      [
        'an over-long cursor',
        graphql(`
          query InputsExercisesAfterLong($v: String) {
            exercises(after: $v) {
              totalCount
            }
          }
        `),
        { v: long },
        'v',
      ],
      ['an undeclared variable', ME, { v: nul }, 'v', 'anonymous'],
    ];
    // A default, not a fifth column: jest would take a fifth parameter for `done`.
    it.each(cases)('%s', async (_name, query, variables, field, as: Caller = 'clinician') => {
      expectRefused(await t.gql(query, variables, as), field);
    });

    it.each([
      ['a literal argument', `{ exercise(by: { slug: "${MARKER}\\u0000" }) { id } }`, 'by.slug'],
      [
        'a literal input field',
        `mutation { login(input: {email: "a\\u0000", password: "x"}) { token } }`,
        'input.email',
      ],
      [
        'an over-long literal',
        `{ searchExercises(query: "${'a'.repeat(6000)}") { totalCount } }`,
        'query',
      ],
    ])('%s', async (_name, query, field) => {
      expectRefused(await t.gql(query, {}, 'anonymous'), field);
    });
  });

  describe('cursors are checked after decoding', () => {
    const lists: [string, AnyDocument, Caller][] = [
      [
        'exercises',
        graphql(`
          query InputsExercisesAfter($a: String) {
            exercises(after: $a) {
              totalCount
            }
          }
        `),
        'anonymous',
      ],
      [
        'templates',
        graphql(`
          query InputsTemplatesAfter($a: String) {
            programTemplates(after: $a) {
              totalCount
            }
          }
        `),
        'staff',
      ],
      [
        'handouts',
        graphql(`
          query InputsHandoutsAfter($a: String) {
            handouts(after: $a) {
              totalCount
            }
          }
        `),
        'staff',
      ],
      [
        'search',
        graphql(`
          query InputsSearchAfter($a: String) {
            searchExercises(query: "squat", after: $a) {
              totalCount
            }
          }
        `),
        'anonymous',
      ],
    ];
    const cursors: [string, string][] = [
      ['a name and a non-UUID', cursor([MARKER, MARKER])],
      ['a non-date and a UUID', cursor([MARKER, UUID])],
      ['an impossible date', cursor(['2026-13-45T99:00:00.000Z', UUID])],
      ['an offset beyond int8', cursor(['search', 9223372036854775808])],
      ['a huge offset', cursor(['search', 1e300])],
      ['a negative offset', cursor(['search', -1])],
      ['a fractional offset', cursor(['search', 1.5])],
      ['an object', cursor({ 0: MARKER, 1: UUID })],
      ['three parts', cursor([MARKER, UUID, 1])],
      ['not base64 JSON', `${MARKER}!!`],
      ['a NUL in the sort value', cursor([`${MARKER}\u0000`, UUID])],
    ];
    // A cursor names its list, so none of these is taken, even by a list sorted by name (whose
    // sort value is any text): test/connections.e2e-spec.ts has each list's own tampered cursors.
    for (const [list, query, as] of lists) {
      it.each(cursors)(`${list}: %s`, async (_name, after) => {
        expectRefused(await t.gql(query, { a: after }, as), 'after');
      });
    }

    it('a cursor the list made still pages', async () => {
      await exercise();
      await exercise();
      const first = await t.gql(
        graphql(`
          query InputsFirstPage {
            exercises(first: 1) {
              pageInfo {
                endCursor
              }
            }
          }
        `),
      );
      const next = await t.gql(
        graphql(`
          query InputsNextPage($a: String) {
            exercises(first: 1, after: $a) {
              nodes {
                id
              }
            }
          }
        `),
        { a: first.body.data!.exercises.pageInfo.endCursor },
      );
      expect(next.body.errors).toBeUndefined();
    });
  });

  it.each(['99999999999999999999', '9223372036854775808', '-1', '1e5', '0', MARKER, '１２'])(
    'auditLog before %s',
    async (before) => {
      expectRefused(
        await t.gql(
          graphql(`
            query InputsAuditBefore($b: ID) {
              auditLog(before: $b) {
                id
              }
            }
          `),
          { b: before },
          'admin',
        ),
        'before',
      );
    },
  );

  describe('explicit null on an optional field with no "none"', () => {
    it.each([
      ['role', { role: null }],
      ['active', { active: null }],
    ])('updateAccount %s', async (field, input) => {
      const me = await t.gql(ME, {}, 'staff');
      const res = await t.gql(
        graphql(`
          mutation InputsUpdateAccount($input: UpdateAccountInput!) {
            updateAccount(input: $input) {
              id
            }
          }
        `),
        { input: { id: me.body.data!.me!.id, ...input } },
        'admin',
      );
      expectRefused(res, `input.${field}`);
    });

    it.each([
      ['kind', { kind: null }],
      ['changes', { changes: null }],
      ['criterion', { criterion: null }],
      ['order', { order: null }],
    ])('updateProgression %s', async (field, input) => {
      const [a, b] = [await exercise(), await exercise()];
      const link = await t.gql(
        graphql(`
          mutation InputsLink($input: LinkExercisesInput!) {
            linkExercises(input: $input) {
              id
            }
          }
        `),
        { input: { fromId: a.id, toId: b.id, kind: 'PROGRESSION', changes: ['LOAD'] } },
      );
      expect(link.body.errors).toBeUndefined();
      const res = await t.gql(
        graphql(`
          mutation InputsUpdateProgression($input: UpdateProgressionInput!) {
            updateProgression(input: $input) {
              id
            }
          }
        `),
        { input: { id: link.body.data!.linkExercises.id, ...input } },
      );
      expectRefused(res, `input.${field}`);
    });

    it.each(['name', 'summary', 'slug', 'loadKind', 'difficulty', 'regions'])(
      'updateExercise %s',
      async (field) => {
        const ex = await exercise();
        const res = await t.gql(UPDATE, {
          input: { id: ex.id, expectedVersion: ex.version, [field]: null },
        });
        expectRefused(res, `input.${field}`);
      },
    );

    it('steps sent as null on a draft means none yet', async () => {
      const ex = await exercise();
      const res = await t.gql(
        graphql(`
          mutation InputsClearSteps($id: ID!, $v: Int!) {
            updateExercise(input: { id: $id, expectedVersion: $v, steps: null }) {
              steps
            }
          }
        `),
        { id: ex.id, v: ex.version },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.updateExercise.steps).toEqual([]);
    });
  });

  describe('a published exercise stays tagged', () => {
    async function published() {
      const first = await exercise({ stance: null });
      const tagged = await t.gql(
        graphql(`
          mutation InputsTagStance($id: ID!, $v: Int!) {
            updateExercise(input: { id: $id, expectedVersion: $v, stance: SINGLE_LEG }) {
              version
            }
          }
        `),
        { id: first.id, v: first.version },
      );
      let version = tagged.body.data!.updateExercise.version;
      for (const status of ['IN_REVIEW', 'PUBLISHED']) {
        const res = await t.gql(
          graphql(`
            mutation InputsChangeStatus($input: ChangeStatusInput!) {
              changeExerciseStatus(input: $input) {
                version
              }
            }
          `),
          { input: { id: first.id, expectedVersion: version, status } },
        );
        expect(res.body.errors).toBeUndefined();
        version = res.body.data!.changeExerciseStatus.version;
      }
      return { id: first.id, version };
    }

    it('restoring the untagged first revision says what is missing', async () => {
      const ex = await published();
      const res = await t.gql(
        graphql(`
          mutation InputsRestoreRevision($input: RestoreRevisionInput!) {
            restoreExerciseRevision(input: $input) {
              id
            }
          }
        `),
        { input: { id: ex.id, expectedVersion: ex.version, revision: 1 } },
      );
      const error = expectRefused(res, 'input.revision');
      expect(error.message).toMatch(/has no stance, .* asDraft: true/);
    });

    it.each([
      ['stance', { stance: null }],
      ['planes', { planes: null }],
      ['steps', { steps: null }],
      ['tempoIntent', { tempoIntent: null }],
    ])('clearing %s names the input field', async (name, input) => {
      const ex = await published();
      const res = await t.gql(UPDATE, {
        input: { id: ex.id, expectedVersion: ex.version, ...input },
      });
      expectRefused(res, `input.${name}`);
    });
  });

  describe('import paths are resolved and checked inside IMPORT_DIR', () => {
    it.each([
      ['a folder', 'folder'],
      ['the folder itself', '.'],
      ['a parent', '../etc/passwd'],
      ['an absolute path', '/etc/passwd'],
      ['a link leading out', 'outside.json'],
      ['a missing file', `${MARKER}.json`],
      ['a NUL', `exercises.json\u0000${MARKER}`],
      ['an over-long name', `${MARKER}/`.repeat(200)],
      ['an empty path', ''],
      ['not a list', 'object.json'],
    ])('%s', async (_name, path) => {
      const res = await t.gql(
        graphql(`
          mutation InputsImportPath($p: String!) {
            importFreeExerciseDb(input: { path: $p }) {
              total
            }
          }
        `),
        { p: path },
        'admin',
      );
      expectRefused(res, path.includes('\u0000') || path.length > 5000 ? 'p' : 'input.path');
    });
  });

  describe('messages echo no value the client sent', () => {
    it.each([
      ['a malformed id', `{ exercise(by: { id: "${MARKER}" }) { id } }`, 'BAD_USER_INPUT'],
      [
        'a malformed template id',
        `{ programTemplate(by: { id: "${MARKER}" }) { id } }`,
        'BAD_USER_INPUT',
      ],
      ['a bad enum in a variable', 'BAD_ENUM', 'BAD_USER_INPUT'],
      [
        'a bad enum literal',
        `mutation { issueHandout(input: {patientName: "x", locale: ${MARKER.split(' ')[0]}}) { id } }`,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'a string for an int literal',
        `{ exercises(first: "${MARKER}") { totalCount } }`,
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ])('%s', async (_name, query, code) => {
      const res =
        query === 'BAD_ENUM'
          ? await t.gql(ISSUE, { i: { patientName: MARKER, locale: MARKER } }, 'staff')
          : await t.gql(query, {}, 'staff');
      const error = onlyError(res);
      expect(error.extensions?.code).toBe(code);
      expect(JSON.stringify(res.body)).not.toContain(MARKER);
      expect(JSON.stringify(res.body)).not.toContain(MARKER.split(' ')[0]);
    });

    it('a variable of the wrong type names the field', async () => {
      const res = await t.gql(ISSUE, { i: { patientName: MARKER, largePrint: MARKER } }, 'staff');
      const error = expectRefused(res, 'i.largePrint');
      expect(error.message).toMatch(/Boolean/);
    });

    it('a taken e-mail address is a conflict that does not quote it', async () => {
      const input = {
        email: 'quarrington@clinic.test',
        displayName: 'x',
        role: 'STAFF',
        password: 'a long enough passphrase',
      };
      const create = graphql(`
        mutation InputsCreateAccount($i: CreateAccountInput!) {
          createAccount(input: $i) {
            id
          }
        }
      `);
      await t.gql(create, { i: input }, 'admin');
      const res = await t.gql(create, { i: input }, 'admin');
      expect(onlyError(res).extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.body)).not.toContain('quarrington');
      expect(logs.text).not.toContain('quarrington');
    });
  });

  describe('automatic persisted queries: malformed ones are the client’s error', () => {
    const post = (body: unknown) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    it.each([
      [
        'a hash that does not match',
        {
          query: '{ me { id } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
        },
      ],
      [
        'a wrong version',
        {
          query: '{ me { id } }',
          extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } },
        },
      ],
      [
        'a numeric hash',
        { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 12 } } },
      ],
      ['a numeric hash alone', { extensions: { persistedQuery: { version: 1, sha256Hash: 12 } } }],
      [
        'a string for the extension',
        { query: '{ me { id } }', extensions: { persistedQuery: 'x' } },
      ],
      [
        'an unknown hash',
        { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } },
      ],
    ])('%s', async (_name, body) => {
      const res = await post(body);
      const json = (await res.json()) as GraphQLResponse['body'];
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(500);
      expect(json.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    });
  });
});
