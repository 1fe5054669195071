import { exerciseInput } from './support/fixtures.js';
import {
  ADMIN,
  type Caller,
  login,
  onlyError,
  startTestApp,
  type TestApp,
} from './support/test-app.js';
import { accountFor, apiKeyFor } from './support/factories.js';
import { graphql } from './graphql/index.js';
import type { CurationCreateExerciseMutation, ExerciseStatus } from './graphql/graphql.js';

// The rate-limit test below posts one sign-in by hand (a raw string), to read the bare HTTP answer.

const CREATE = graphql(`
  mutation CurationCreateExercise($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      id
      version
      status
    }
  }
`);
const UPDATE = graphql(`
  mutation CurationUpdateExercise($input: UpdateExerciseInput!) {
    updateExercise(input: $input) {
      id
      version
      name
      status
    }
  }
`);
const STATUS = graphql(`
  mutation CurationChangeStatus($input: ChangeStatusInput!) {
    changeExerciseStatus(input: $input) {
      id
      version
      status
    }
  }
`);
const LINK = graphql(`
  mutation CurationLink($input: LinkExercisesInput!) {
    linkExercises(input: $input) {
      id
    }
  }
`);
const STATUS_OF = graphql(`
  query CurationStatusOf($id: ID!) {
    exercise(by: { id: $id }) {
      status
    }
  }
`);
const REVISION_VERSIONS = graphql(`
  query CurationRevisionVersions($id: ID!) {
    exerciseRevisions(id: $id) {
      version
    }
  }
`);
const FIRST_EXERCISE = graphql(`
  query CurationFirstExercise {
    exercises(first: 1) {
      nodes {
        id
      }
    }
  }
`);
const ME_EMAIL = graphql(`
  query CurationMeEmail {
    me {
      email
    }
  }
`);
const LOGIN = graphql(`
  mutation CurationLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);

type Ref = CurationCreateExerciseMutation['createExercise'];

describe('curation: roles, workflow, revisions, no lost updates, audit', () => {
  let t: TestApp;
  let apiKey: { headers: Record<string, string> };
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    apiKey = (await apiKeyFor(t)).caller;
  });
  afterAll(() => t.close());

  async function draft(as: Caller = 'clinician'): Promise<Ref> {
    const res = await t.gql(CREATE, { input: exerciseInput({ slug: `curation-${++n}` }) }, as);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise;
  }

  async function moveTo(ref: Ref, status: ExerciseStatus, as: Caller = 'clinician'): Promise<Ref> {
    const res = await t.gql(
      STATUS,
      { input: { id: ref.id, expectedVersion: ref.version, status } },
      as,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.changeExerciseStatus;
  }

  const outcome = (res: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
    res.body.errors?.[0]?.extensions?.code ?? 'OK';
  /** exercise(by:) answers null, no error, for an exercise the caller may not see. */
  const lookedUp = (
    res: Parameters<typeof outcome>[0] & { body: { data?: { exercise?: unknown } | null } },
  ) => (outcome(res) === 'OK' ? (res.body.data?.exercise ? 'SEEN' : 'ABSENT') : outcome(res));

  describe('the role matrix', () => {
    const callers = ['anonymous', 'apiKey', 'staff', 'clinician', 'admin'] as const;
    const as = (c: (typeof callers)[number]): Caller => (c === 'apiKey' ? apiKey : c);
    const CURATE = {
      anonymous: 'UNAUTHENTICATED',
      apiKey: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      clinician: 'OK',
      admin: 'OK',
    };
    const ADMINISTER = { ...CURATE, clinician: 'FORBIDDEN' };

    const operations: [string, Record<string, string>, (c: Caller) => Promise<unknown>][] = [
      [
        'createExercise',
        CURATE,
        (c) => t.gql(CREATE, { input: exerciseInput({ slug: `matrix-${++n}` }) }, c),
      ],
      [
        'updateExercise',
        CURATE,
        async (c) => {
          const ref = await draft();
          return t.gql(
            UPDATE,
            { input: { id: ref.id, expectedVersion: ref.version, name: 'Renamed' } },
            c,
          );
        },
      ],
      [
        'submit for review',
        CURATE,
        async (c) => {
          const ref = await draft();
          return t.gql(
            STATUS,
            { input: { id: ref.id, expectedVersion: 1, status: 'IN_REVIEW' } },
            c,
          );
        },
      ],
      [
        'publish',
        CURATE,
        async (c) => {
          const ref = await moveTo(await draft(), 'IN_REVIEW');
          return t.gql(
            STATUS,
            { input: { id: ref.id, expectedVersion: ref.version, status: 'PUBLISHED' } },
            c,
          );
        },
      ],
      [
        'archiveExercise',
        CURATE,
        async (c) => {
          const ref = await draft();
          return t.gql(
            graphql(`
              mutation CurationArchive($id: ID!) {
                archiveExercise(input: { id: $id, expectedVersion: 1 }) {
                  id
                }
              }
            `),
            { id: ref.id },
            c,
          );
        },
      ],
      [
        'linkExercises',
        CURATE,
        async (c) => {
          const [a, b] = [await draft(), await draft()];
          return t.gql(
            LINK,
            { input: { fromId: a.id, toId: b.id, kind: 'VARIATION', changes: ['STANCE'] } },
            c,
          );
        },
      ],
      [
        'exerciseRevisions',
        CURATE,
        async (c) => {
          const ref = await draft();
          return t.gql(REVISION_VERSIONS, { id: ref.id }, c);
        },
      ],
      [
        'read drafts in a list',
        CURATE,
        (c) =>
          t.gql(
            graphql(`
              query CurationDrafts {
                exercises(filter: { status: [DRAFT] }) {
                  nodes {
                    id
                  }
                }
              }
            `),
            {},
            c,
          ),
      ],
      [
        'createAccount',
        ADMINISTER,
        (c) =>
          t.gql(
            graphql(`
              mutation CurationCreateAccount($input: CreateAccountInput!) {
                createAccount(input: $input) {
                  id
                }
              }
            `),
            {
              input: {
                email: `new-${++n}@clinic.test`,
                displayName: 'New',
                role: 'STAFF',
                password: ADMIN.password,
              },
            },
            c,
          ),
      ],
      [
        'updateAccount',
        ADMINISTER,
        async (c) => {
          const res = await t.gql(
            graphql(`
              query CurationAccounts {
                accounts {
                  id
                  email
                }
              }
            `),
            {},
            'admin',
          );
          const staff = res.body.data!.accounts.find((a) => a.email === 'staff@clinic.test')!;
          return t.gql(
            graphql(`
              mutation CurationMakeStaff($id: ID!) {
                updateAccount(input: { id: $id, role: STAFF }) {
                  id
                }
              }
            `),
            { id: staff.id },
            c,
          );
        },
      ],
      [
        'createApiKey',
        ADMINISTER,
        (c) =>
          t.gql(
            graphql(`
              mutation CurationKioskKey {
                createApiKey(input: { name: "kiosk" }) {
                  secret
                }
              }
            `),
            {},
            c,
          ),
      ],
      [
        'apiKeys',
        ADMINISTER,
        (c) =>
          t.gql(
            graphql(`
              query CurationApiKeys {
                apiKeys {
                  id
                }
              }
            `),
            {},
            c,
          ),
      ],
      [
        'auditLog',
        ADMINISTER,
        (c) =>
          t.gql(
            graphql(`
              query CurationAuditActions {
                auditLog(first: 5) {
                  action
                }
              }
            `),
            {},
            c,
          ),
      ],
    ];

    it.each(operations)('%s', async (_name, expected, run) => {
      for (const caller of callers) {
        const res = (await run(as(caller))) as Parameters<typeof outcome>[0];
        expect({ caller, outcome: outcome(res) }).toEqual({ caller, outcome: expected[caller] });
      }
    });

    it('shows drafts only to clinicians and admins; everyone reads published content', async () => {
      const ref = await draft();
      for (const caller of callers) {
        const res = await t.gql(STATUS_OF, { id: ref.id }, as(caller));
        const seen = ['clinician', 'admin'].includes(caller) ? 'SEEN' : 'ABSENT';
        expect({ caller, outcome: lookedUp(res) }).toEqual({ caller, outcome: seen });
        const published = await t.gql(
          graphql(`
            query CurationStatuses {
              exercises(first: 100) {
                nodes {
                  status
                }
              }
            }
          `),
          {},
          as(caller),
        );
        const statuses = new Set(published.body.data!.exercises.nodes.map((e) => e.status));
        if (seen === 'ABSENT') expect([...statuses]).toEqual(['PUBLISHED']);
      }
    });

    it('hides unpublished exercises from the progression graph of apps', async () => {
      const bridge = await t.gql(
        graphql(`
          query CurationBridge {
            exercise(by: { slug: "glute-bridge" }) {
              id
              progressions {
                to {
                  slug
                }
              }
            }
          }
        `),
      );
      const hidden = await draft();
      await t.gql(LINK, {
        input: {
          fromId: bridge.body.data!.exercise!.id,
          toId: hidden.id,
          kind: 'PROGRESSION',
          changes: ['LOAD'],
          order: 9,
        },
      });
      const query = graphql(`
        query CurationBridgeProgressions {
          exercise(by: { slug: "glute-bridge" }) {
            progressions {
              to {
                slug
              }
            }
          }
        }
      `);
      const forClinician = await t.gql(query);
      const forApp = await t.gql(query, {}, apiKey);
      expect(forClinician.body.data!.exercise!.progressions).toHaveLength(
        bridge.body.data!.exercise!.progressions.length + 1,
      );
      expect(forApp.body.data!.exercise!.progressions).toEqual(
        bridge.body.data!.exercise!.progressions,
      );
    });
  });

  describe('the workflow', () => {
    it('goes DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED, visible to apps only while published', async () => {
      // REQUIRE_SECOND_REVIEWER is off by default: the author may publish their own draft.
      const created = await draft();
      expect(lookedUp(await t.gql(STATUS_OF, { id: created.id }, apiKey))).toBe('ABSENT');
      const inReview = await moveTo(created, 'IN_REVIEW');
      const published = await moveTo(inReview, 'PUBLISHED');
      expect(published).toMatchObject({ status: 'PUBLISHED', version: 3 });
      expect((await t.gql(STATUS_OF, { id: created.id }, apiKey)).body.data).toEqual({
        exercise: { status: 'PUBLISHED' },
      });
      await moveTo(published, 'ARCHIVED');
      expect(lookedUp(await t.gql(STATUS_OF, { id: created.id }, apiKey))).toBe('ABSENT');
    });

    it('publishes only when every picture is described, credited and licensed', async () => {
      const ref = await moveTo(await draft(), 'IN_REVIEW');
      const form = new FormData();
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      );
      form.append('file', new Blob([png], { type: 'image/png' }), 'dot.png');
      form.append('altText', 'A dot');
      const uploaded = await fetch(`${t.url}/media/exercises/${ref.id}/images`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.tokens.clinician}` },
        body: form,
      });
      expect(uploaded.status).toBe(201);
      const refused = onlyError(
        await t.gql(STATUS, {
          input: { id: ref.id, expectedVersion: ref.version, status: 'PUBLISHED' },
        }),
      );
      expect(refused.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.id', message: 'media 1 needs a credit and a licence' }],
      });
    });

    it('refuses a transition the workflow does not allow, saying which are', async () => {
      const created = await draft();
      const error = onlyError(
        await t.gql(STATUS, { input: { id: created.id, expectedVersion: 1, status: 'PUBLISHED' } }),
      );
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.status',
            message:
              'a DRAFT exercise cannot become PUBLISHED; it can become IN_REVIEW or ARCHIVED',
          },
        ],
      });
    });
  });

  describe('revisions', () => {
    it('keeps every change with who, when and why; diffs and restores', async () => {
      const created = await draft();
      const edited = await t.gql(UPDATE, {
        input: {
          id: created.id,
          expectedVersion: 1,
          message: 'Slower lowering for week 3',
          name: 'Step-down, slower',
          tempo: '4-1-1-0',
          difficulty: 4,
        },
      });
      const v2 = edited.body.data!.updateExercise;
      const v3 = await moveTo(v2, 'IN_REVIEW');
      const history = await t.gql(
        graphql(`
          query CurationRevisions($id: ID!) {
            exerciseRevisions(id: $id) {
              version
              message
              createdAt
              author {
                email
              }
              snapshot
            }
          }
        `),
        { id: created.id },
      );
      expect(
        history.body.data!.exerciseRevisions.map(({ version, message, author }) => ({
          version,
          message,
          author,
        })),
      ).toEqual([
        { version: 3, message: 'Now IN_REVIEW', author: { email: 'clinician@clinic.test' } },
        {
          version: 2,
          message: 'Slower lowering for week 3',
          author: { email: 'clinician@clinic.test' },
        },
        { version: 1, message: 'Created', author: { email: 'clinician@clinic.test' } },
      ]);

      const diff = await t.gql(
        graphql(`
          query CurationDiff($id: ID!) {
            exerciseRevisionDiff(id: $id, from: 1, to: 2) {
              field
              before
              after
            }
          }
        `),
        { id: created.id },
      );
      expect(diff.body.data!.exerciseRevisionDiff).toEqual([
        { field: 'difficulty', before: 3, after: 4 },
        { field: 'name', before: 'Test lateral step-down', after: 'Step-down, slower' },
        { field: 'tempoNotation', before: '3-1-1-0', after: '4-1-1-0' },
      ]);

      const restored = await t.gql(
        graphql(`
          mutation CurationRestore($input: RestoreRevisionInput!) {
            restoreExerciseRevision(input: $input) {
              version
              name
              status
            }
          }
        `),
        { input: { id: created.id, expectedVersion: v3.version, revision: 1 } },
      );
      expect(restored.body.data!.restoreExerciseRevision).toEqual({
        version: 4,
        name: 'Test lateral step-down',
        status: 'IN_REVIEW',
      });
      const DIFF_TO = graphql(`
        query CurationDiffTo($id: ID!, $to: Int!) {
          exerciseRevisionDiff(id: $id, from: 1, to: $to) {
            field
          }
        }
      `);
      const sinceOne = await t.gql(DIFF_TO, { id: created.id, to: 4 });
      expect(sinceOne.body.data!.exerciseRevisionDiff).toEqual([{ field: 'status' }]);
      const unknown = onlyError(await t.gql(DIFF_TO, { id: created.id, to: 9 }));
      expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('tags a published exercise keeps', () => {
    const RESTORE = graphql(`
      mutation CurationRestoreAs($input: RestoreRevisionInput!) {
        restoreExerciseRevision(input: $input) {
          id
          version
          status
          needsTagging
        }
      }
    `);
    const HISTORY = graphql(`
      query CurationRestoredHistory($id: ID!) {
        exerciseRevisions(id: $id) {
          version
          message
          snapshot
        }
      }
    `);

    /** Created untagged (no planes, no tempo intent), then tagged, submitted and published. */
    async function publishedFromUntagged(): Promise<Ref> {
      const created = await t.gql(CREATE, {
        input: exerciseInput({
          slug: `untagged-${++n}`,
          planes: null,
          tempoIntent: null,
          tempo: null,
        }),
      });
      const ref = created.body.data!.createExercise;
      // An untagged draft can be edited before it is tagged (no tempo needed without an intent).
      const renamed = await t.gql(UPDATE, {
        input: { id: ref.id, expectedVersion: 1, name: 'Renamed' },
      });
      expect(renamed.body.errors).toBeUndefined();
      const tagged = await t.gql(UPDATE, {
        input: {
          id: ref.id,
          expectedVersion: 2,
          planes: ['FRONTAL'],
          tempoIntent: 'SLOW_CONTROLLED',
          tempo: '3-1-1-0',
        },
      });
      expect(tagged.body.errors).toBeUndefined();
      return moveTo(await moveTo(tagged.body.data!.updateExercise, 'IN_REVIEW'), 'PUBLISHED');
    }

    it('names the fields an untagged draft lacks when it is submitted', async () => {
      const created = await t.gql(CREATE, {
        input: exerciseInput({ slug: `no-tempo-${++n}`, tempoIntent: null, tempo: null }),
      });
      const ref = created.body.data!.createExercise;
      const error = onlyError(
        await t.gql(STATUS, {
          input: { id: ref.id, expectedVersion: ref.version, status: 'IN_REVIEW' },
        }),
      );
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.status',
            message:
              'the exercise has no tempoIntent yet: set it with updateExercise before it goes to IN_REVIEW',
          },
        ],
      });
    });

    it('refuses to restore an untagged revision onto it, naming the fields, and restores it as a DRAFT', async () => {
      const published = await publishedFromUntagged();
      expect(published.version).toBe(5);
      const refused = onlyError(
        await t.gql(RESTORE, { input: { id: published.id, expectedVersion: 5, revision: 1 } }),
      );
      expect(refused.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.revision',
            message:
              'revision 1 has no planes and tempoIntent, which a PUBLISHED exercise must keep: restore it with asDraft: true (the exercise becomes a DRAFT), then tag it and submit it again',
          },
        ],
      });

      const restored = await t.gql(RESTORE, {
        input: { id: published.id, expectedVersion: 5, revision: 1, asDraft: true },
      });
      expect(restored.body.errors).toBeUndefined();
      expect(restored.body.data!.restoreExerciseRevision).toEqual({
        id: published.id,
        version: 6,
        status: 'DRAFT',
        needsTagging: ['PLANES', 'TEMPO'],
      });
      const history = await t.gql(HISTORY, { id: published.id });
      const [latest] = history.body.data!.exerciseRevisions;
      expect(latest).toMatchObject({
        version: 6,
        message: 'Restored version 1 as a DRAFT (was PUBLISHED)',
        snapshot: { status: 'DRAFT', name: 'Test lateral step-down', planes: [] },
      });
      // Apps see it no more; the clinician tags it again and it goes back through review.
      const listed = await t.gql(STATUS_OF, { id: published.id }, apiKey);
      expect(listed.body.data?.exercise ?? null).toBeNull();
      const retagged = await t.gql(UPDATE, {
        input: {
          id: published.id,
          expectedVersion: 6,
          planes: ['SAGITTAL'],
          tempoIntent: 'SLOW_CONTROLLED',
          tempo: '3-1-1-0',
        },
      });
      await moveTo(retagged.body.data!.updateExercise, 'IN_REVIEW');
    });

    it('restores a tagged revision keeping the status, and as a DRAFT when asked', async () => {
      const published = await publishedFromUntagged();
      const kept = await t.gql(RESTORE, {
        input: { id: published.id, expectedVersion: 5, revision: 3 },
      });
      expect(kept.body.data!.restoreExerciseRevision).toMatchObject({
        version: 6,
        status: 'PUBLISHED',
      });
      const drafted = await t.gql(RESTORE, {
        input: {
          id: published.id,
          expectedVersion: 6,
          revision: 3,
          asDraft: true,
          message: 'Rework',
        },
      });
      expect(drafted.body.data!.restoreExerciseRevision).toMatchObject({
        version: 7,
        status: 'DRAFT',
        needsTagging: [],
      });
      const history = await t.gql(HISTORY, { id: published.id });
      expect(history.body.data!.exerciseRevisions[0]).toMatchObject({
        version: 7,
        message: 'Rework',
      });
    });

    it('refuses an edit that clears a tag, naming each field and the way out', async () => {
      const published = await publishedFromUntagged();
      const error = onlyError(
        await t.gql(UPDATE, {
          input: {
            id: published.id,
            expectedVersion: published.version,
            tempoIntent: null,
            tempo: '3-1-1-0',
            steps: null,
          },
        }),
      );
      const wayOut = 'restore a revision with asDraft: true to make it a DRAFT first';
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.tempoIntent',
            message: `tempoIntent cannot be cleared while the exercise is PUBLISHED: ${wayOut}`,
          },
          {
            field: 'input.steps',
            message: `steps cannot be cleared while the exercise is PUBLISHED: ${wayOut}`,
          },
        ],
      });
    });

    it("names the revision when its slug is now another exercise's", async () => {
      const slug = `renamed-away-${++n}`;
      const made = await t.gql(CREATE, { input: exerciseInput({ slug }) });
      const created = made.body.data!.createExercise;
      const moved = await t.gql(UPDATE, {
        input: { id: created.id, expectedVersion: 1, slug: `${slug}-b` },
      });
      expect(moved.body.errors).toBeUndefined();
      await t.gql(CREATE, { input: exerciseInput({ slug }) });
      const error = onlyError(
        await t.gql(RESTORE, { input: { id: created.id, expectedVersion: 2, revision: 1 } }),
      );
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.revision',
            message: 'its slug is now used by another exercise: change that slug first',
          },
        ],
      });
    });
  });

  describe('slugs', () => {
    const CREATE_NAMED = graphql(`
      mutation CurationCreateNamed($input: CreateExerciseInput!) {
        createExercise(input: $input) {
          id
          slug
        }
      }
    `);

    it('makes one from the name when left out, numbered when taken', async () => {
      const slugs: string[] = [];
      for (const slug of [undefined, null, undefined]) {
        const input = { ...exerciseInput({ name: "Copenhagen plank (short lever), coach's" }) };
        if (slug === undefined) delete input.slug;
        else input.slug = slug;
        const res = await t.gql(CREATE_NAMED, { input });
        expect(res.body.errors).toBeUndefined();
        slugs.push(res.body.data!.createExercise.slug);
      }
      expect(slugs).toEqual([
        'copenhagen-plank-short-lever-coachs',
        'copenhagen-plank-short-lever-coachs-2',
        'copenhagen-plank-short-lever-coachs-3',
      ]);
    });

    it('refuses a null slug on update, naming the field', async () => {
      const created = await draft();
      const error = onlyError(
        await t.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, slug: null } }),
      );
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.slug', message: 'slug cannot be null: leave it out to keep it' }],
      });
    });
  });

  it('lets exactly 1 of 20 parallel updates from one version win; 19 conflict; nothing is lost', async () => {
    const created = await draft();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, name: `Editor ${i}` } }),
      ),
    );
    const winners = results.filter((r) => !r.body.errors);
    const conflicts = results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((r) => r.body.errors![0].extensions!.currentVersion === 2)).toBe(true);
    const winner = winners[0].body.data!.updateExercise.name;
    const now = await t.gql(
      graphql(`
        query CurationNameVersion($id: ID!) {
          exercise(by: { id: $id }) {
            name
            version
          }
        }
      `),
      { id: created.id },
    );
    expect(now.body.data!.exercise).toEqual({ name: winner, version: 2 });
    const history = await t.gql(REVISION_VERSIONS, { id: created.id });
    expect(history.body.data!.exerciseRevisions.map((r) => r.version)).toEqual([2, 1]);
  });

  describe('accounts and keys', () => {
    it('refuses a wrong password, an invalid token and a deactivated account', async () => {
      const wrong = onlyError(
        await t.gql(
          LOGIN,
          { input: { email: 'admin@clinic.test', password: 'nope' } },
          'anonymous',
        ),
      );
      expect(wrong).toMatchObject({
        message: 'Wrong email or password.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      const forged = await t.gql(
        ME_EMAIL,
        {},
        { headers: { authorization: 'Bearer not.a.token' } },
      );
      // A bad token is nobody: `me` is null, and WWW-Authenticate says why.
      expect(forged.body.data).toEqual({ me: null });
      expect(forged.headers?.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
      const email = `leaver-${++n}@clinic.test`;
      const made = await accountFor(t, { email, displayName: 'Leaver', role: 'STAFF' });
      await t.gql(
        graphql(`
          mutation CurationDeactivate($id: ID!) {
            updateAccount(input: { id: $id, active: false }) {
              active
            }
          }
        `),
        { id: made.id },
        'admin',
      );
      const login = await t.gql(LOGIN, { input: { email, password: ADMIN.password } }, 'anonymous');
      expect(outcome(login)).toBe('UNAUTHENTICATED');
    });

    it('tells who is signed in', async () => {
      const me = await t.gql(
        graphql(`
          query CurationMe {
            me {
              email
              role
            }
          }
        `),
        {},
        'staff',
      );
      expect(me.body.data).toEqual({ me: { email: 'staff@clinic.test', role: 'STAFF' } });
      expect((await t.gql(ME_EMAIL, {}, 'anonymous')).body.data).toEqual({ me: null });
    });

    it('stores API keys hashed and stops a revoked one', async () => {
      const key = await apiKeyFor(t, 'website');
      const { secret } = key;
      expect(secret.startsWith(key.prefix)).toBe(true);
      const [stored] = await t.dataSource.query('SELECT key_hash FROM api_key WHERE id = $1', [
        key.id,
      ]);
      expect(stored.key_hash).not.toContain(secret);
      const headers = { 'x-api-key': secret };
      expect(outcome(await t.gql(FIRST_EXERCISE, {}, { headers }))).toBe('OK');
      await t.gql(
        graphql(`
          mutation CurationRevokeKey($id: ID!) {
            revokeApiKey(input: { id: $id }) {
              revokedAt
            }
          }
        `),
        { id: key.id },
        'admin',
      );
      // Refused, so anonymous: the published catalogue still answers, with the refusal named.
      const refused = await t.gql(FIRST_EXERCISE, {}, { headers });
      expect(outcome(refused)).toBe('OK');
      expect(refused.headers?.get('www-authenticate')).toContain(
        'The API key is unknown or has been revoked.',
      );
    });
  });

  it('audits who did what, for admins, without passwords, tokens or keys', async () => {
    const created = await draft();
    await moveTo(await moveTo(created, 'IN_REVIEW'), 'PUBLISHED');
    const log = await t.gql(
      graphql(`
        query CurationAudit {
          auditLog(first: 200) {
            id
            at
            actorKind
            actorId
            action
            targetType
            targetId
            details
          }
        }
      `),
      {},
      'admin',
    );
    const entries = log.body.data!.auditLog;
    const actions = new Set(entries.map((e) => e.action));
    for (const action of [
      'LOGIN',
      'LOGIN_FAILED',
      'ACCOUNT_CREATED',
      'API_KEY_CREATED',
      'API_KEY_REVOKED',
      'EXERCISE_CREATED',
      'EXERCISE_UPDATED',
      'EXERCISE_SUBMITTED_FOR_REVIEW',
      'EXERCISE_PUBLISHED',
      'EXERCISE_RESTORED',
      'PROGRESSION_LINKED',
    ]) {
      expect({ action, logged: actions.has(action) }).toEqual({ action, logged: true });
    }
    expect(
      entries.find((e) => e.action === 'EXERCISE_PUBLISHED' && e.targetId === created.id),
    ).toMatchObject({
      actorKind: 'account',
      details: { from: 'IN_REVIEW', to: 'PUBLISHED' },
    });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(ADMIN.password);
    for (const token of Object.values(t.tokens)) expect(text).not.toContain(token);
    expect(text).not.toContain(apiKey.headers['x-api-key']);
    expect(text).not.toMatch(/argon2/);
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '4', MUTATION_RATE_LIMIT: '6' });
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED with 429 and Retry-After past the login limit', async () => {
    // the helper's three sign-ins used 3 of the 4 this minute
    const attempt = () =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation { login(input: { email: "x@y.z", password: "guess" }) { token } }',
        }),
      });
    expect((await attempt()).status).toBe(200);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('limits mutations per account', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await t.gql(CREATE, { input: exerciseInput({ slug: `limited-${i}` }) }, 'staff');
      codes.push(res.body.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes).toEqual([...Array(6).fill('FORBIDDEN'), 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});

describe('four-eyes publishing (REQUIRE_SECOND_REVIEWER)', () => {
  let t: TestApp;
  let second: Caller;
  let n = 0;
  beforeAll(async () => {
    t = await startTestApp({ REQUIRE_SECOND_REVIEWER: 'true' });
    const account = await accountFor(t, { email: 'second@clinic.test', role: 'CLINICIAN' });
    second = {
      headers: { authorization: `Bearer ${await login(t.gql, account.email, account.password)}` },
    };
  });
  afterAll(() => t.close());

  const publish = (ref: Ref, as: Caller) =>
    t.gql(STATUS, { input: { id: ref.id, expectedVersion: ref.version, status: 'PUBLISHED' } }, as);

  async function submitted(as: Caller): Promise<Ref> {
    const made = await t.gql(CREATE, { input: exerciseInput({ slug: `four-eyes-${++n}` }) }, as);
    const ref = made.body.data!.createExercise;
    const res = await t.gql(
      STATUS,
      { input: { id: ref.id, expectedVersion: ref.version, status: 'IN_REVIEW' } },
      as,
    );
    return res.body.data!.changeExerciseStatus;
  }

  it('refuses the author publishing their own draft, saying why; another clinician may', async () => {
    const ref = await submitted('clinician');
    const refused = onlyError(await publish(ref, 'clinician'));
    expect(refused).toMatchObject({
      message:
        'REQUIRE_SECOND_REVIEWER is on: you submitted or changed this exercise while it was in review, so another clinician or admin must publish it',
      extensions: { code: 'FORBIDDEN', reason: 'SECOND_REVIEWER_REQUIRED' },
    });
    const published = await publish(ref, second);
    expect(published.body.data!.changeExerciseStatus.status).toBe('PUBLISHED');
  });

  it('counts whoever changed it in review as an author too', async () => {
    const ref = await submitted('clinician');
    const edited = await t.gql(
      UPDATE,
      { input: { id: ref.id, expectedVersion: ref.version, name: 'Reviewed wording' } },
      'admin',
    );
    const inReview = edited.body.data!.updateExercise;
    expect(onlyError(await publish(inReview, 'admin')).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await publish(inReview, 'clinician')).extensions?.code).toBe('FORBIDDEN');
    const published = await publish(inReview, second);
    expect(published.body.data!.changeExerciseStatus.status).toBe('PUBLISHED');
  });

  it('looks at the latest submission only: an earlier author may review a later one', async () => {
    const ref = await submitted('clinician');
    const back = await t.gql(
      STATUS,
      { input: { id: ref.id, expectedVersion: ref.version, status: 'DRAFT' } },
      second,
    );
    const resubmitted = await t.gql(
      STATUS,
      {
        input: {
          id: ref.id,
          expectedVersion: back.body.data!.changeExerciseStatus.version,
          status: 'IN_REVIEW',
        },
      },
      second,
    );
    const published = await publish(resubmitted.body.data!.changeExerciseStatus, 'clinician');
    expect(published.body.data!.changeExerciseStatus.status).toBe('PUBLISHED');
  });
});
