import { graphql } from './graphql/index.js';
import type {
  CreateExerciseInput,
  ExerciseFieldsFragment,
  LoadIntensityInput,
} from './graphql/graphql.js';
import { exerciseInput } from './support/fixtures.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';

const CREATE = graphql(`
  mutation CreateExercise($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      ...ExerciseFields
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateExercise($input: UpdateExerciseInput!) {
    updateExercise(input: $input) {
      ...ExerciseFields
    }
  }
`);
const ARCHIVE = graphql(`
  mutation ArchiveExercise($id: ID!) {
    archiveExercise(input: { id: $id, expectedVersion: 1 }) {
      status
      version
    }
  }
`);
const LIST = graphql(`
  query ExerciseSlugs($filter: ExerciseFilter) {
    exercises(first: 100, filter: $filter) {
      nodes {
        slug
      }
    }
  }
`);
const COUNT = graphql(`
  query ExerciseCount {
    exercises {
      totalCount
    }
  }
`);
const GET = graphql(`
  query Exercise($by: ExerciseLookup) {
    exercise(by: $by) {
      ...ExerciseFields
    }
  }
`);
const MISSING = '00000000-0000-4000-8000-000000000000';

describe('exercises: read and write through GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function create(
    overrides: Partial<CreateExerciseInput> = {},
  ): Promise<ExerciseFieldsFragment> {
    const res = await t.gql(CREATE, {
      input: exerciseInput(overrides),
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise;
  }

  it('creates an exercise with every facet, as a draft at version 1', async () => {
    const created = await create();
    expect(created).toMatchObject({
      slug: 'test-lateral-step-down',
      aliases: ['side step-down'],
      steps: ['Stand side-on on a step.', 'Lower the free heel slowly.', 'Press back up.'],
      planes: ['FRONTAL', 'SAGITTAL'],
      stance: 'SINGLE_LEG',
      position: 'STANDING',
      loadKind: 'BODYWEIGHT',
      equipment: ['STEP_OR_BOX'],
      intensity: { scale: 'RPE', value: 6, unit: null, bandColour: null },
      regions: ['KNEE', 'HIP'],
      primaryMuscles: ['QUADRICEPS', 'GLUTEUS_MEDIUS'],
      focus: ['PATELLOFEMORAL_PAIN', 'STRENGTH'],
      difficulty: 3,
      prescription: {
        sets: 3,
        reps: 10,
        holdSeconds: null,
        perSide: true,
        restSeconds: 60,
        sessionsPerWeek: 3,
      },
      status: 'DRAFT',
      version: 1,
    });
    expect(created.tempo).toEqual({
      notation: '3-1-1-0',
      intent: 'SLOW_CONTROLLED',
      timeUnderTensionSeconds: 5,
      eccentric: { notation: '3', seconds: 3, asFastAsPossible: false },
      bottomPause: { seconds: 1 },
      concentric: { notation: '1', seconds: 1, asFastAsPossible: false },
      topPause: { seconds: 0 },
    });
  });

  it('applies defaults to the optional lists and normalises the tempo', async () => {
    const input = exerciseInput({
      slug: 'test-defaults',
      tempo: ' 2-0-x-0 ',
      tempoIntent: 'EXPLOSIVE',
    });
    for (const key of [
      'aliases',
      'cues',
      'mistakes',
      'precautions',
      'secondaryMuscles',
      'equipment',
      'intensity',
    ] as const) {
      delete input[key];
    }
    const res = await t.gql(CREATE, { input });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.createExercise).toMatchObject({
      aliases: [],
      cues: [],
      equipment: ['NONE'],
      intensity: null,
      tempo: {
        notation: '2-0-X-0',
        concentric: { notation: 'X', seconds: 0.5, asFastAsPossible: true },
      },
    });
  });

  it('stores each intensity scale', async () => {
    const cases: LoadIntensityInput[] = [
      { scale: 'MASS', value: 12.5, unit: 'KG' },
      { scale: 'BAND', bandColour: 'GREEN' },
      { scale: 'PERCENT_1RM', value: 70 },
      { scale: 'RIR', value: 2 },
    ];
    for (const [i, intensity] of cases.entries()) {
      const created = await create({ slug: `test-intensity-${i}`, intensity });
      expect(created.intensity).toEqual({
        value: null,
        unit: null,
        bandColour: null,
        ...intensity,
      });
    }
  });

  it('accepts an isometric hold without a tempo', async () => {
    const created = await create({
      slug: 'test-hold',
      tempo: null,
      tempoIntent: 'ISOMETRIC',
      prescription: { sets: 3, holdSeconds: 30 },
    });
    expect(created.tempo).toMatchObject({
      notation: null,
      intent: 'ISOMETRIC',
      timeUnderTensionSeconds: null,
    });
    expect(created.prescription).toMatchObject({
      reps: null,
      holdSeconds: 30,
      perSide: false,
      restSeconds: 60,
    });
  });

  it('accepts a stretch without a tempo, and keeps clinical notes for reviewers', async () => {
    const NOTES = graphql(`
      mutation CreateNotedStretch($input: CreateExerciseInput!) {
        createExercise(input: $input) {
          id
          clinicalNotes
          tempo {
            notation
            intent
          }
        }
      }
    `);
    const EDIT_NOTES = graphql(`
      mutation EditClinicalNotes($input: UpdateExerciseInput!) {
        updateExercise(input: $input) {
          clinicalNotes
          version
        }
      }
    `);
    const notes = 'Dose after DiGiovanni 2003 (plantar-fascia-specific stretch).';
    const res = await t.gql(NOTES, {
      input: exerciseInput({
        slug: 'test-stretch',
        tempo: null,
        tempoIntent: 'STRETCH',
        prescription: { sets: 3, holdSeconds: 30 },
        clinicalNotes: notes,
      }),
    });
    expect(res.body.errors).toBeUndefined();
    const created = res.body.data!.createExercise;
    expect(created).toMatchObject({
      clinicalNotes: notes,
      tempo: { notation: null, intent: 'STRETCH' },
    });
    const cleared = await t.gql(EDIT_NOTES, {
      input: { id: created.id, expectedVersion: 1, clinicalNotes: null },
    });
    expect(cleared.body.data!.updateExercise).toEqual({ clinicalNotes: null, version: 2 });
    const tooLong = await t.gql(EDIT_NOTES, {
      input: { id: created.id, expectedVersion: 2, clinicalNotes: 'x'.repeat(4001) },
    });
    expect(onlyError(tooLong).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes a default dose in metres or seconds of work, one at a time', async () => {
    const created = await create({
      slug: 'test-a-skip',
      prescription: { sets: 3, distanceMetres: 20, perSide: false, restSeconds: 45 },
    });
    expect(created.prescription).toEqual({
      sets: 3,
      reps: null,
      holdSeconds: null,
      distanceMetres: 20,
      durationSeconds: null,
      perSide: false,
      restSeconds: 45,
      sessionsPerWeek: 3,
    });
    const res = await t.gql(UPDATE, {
      input: {
        id: created.id,
        expectedVersion: created.version,
        prescription: { sets: 4, durationSeconds: 30 },
      },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateExercise.prescription).toMatchObject({
      sets: 4,
      distanceMetres: null,
      durationSeconds: 30,
    });
    // Stored only when set: a dose in reps keeps the shape it had before distances existed.
    await create({ slug: 'test-reps-dose' });
    const rows: { p: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT default_prescription AS p FROM exercise WHERE slug = $1`,
      ['test-reps-dose'],
    );
    expect(Object.keys(rows[0].p).sort()).toEqual(
      ['holdSeconds', 'perSide', 'reps', 'restSeconds', 'sessionsPerWeek', 'sets'].sort(),
    );
  });

  it('finds an exercise by id and by slug', async () => {
    const created = await create({ slug: 'test-find-me' });
    const byId = await t.gql(GET, { by: { id: created.id } });
    const bySlug = await t.gql(GET, { by: { slug: 'test-find-me' } });
    expect(byId.body.data!.exercise!.slug).toBe('test-find-me');
    expect(bySlug.body.data!.exercise!.id).toBe(created.id);
  });

  it('answers null, not an error, for an unknown or invisible exercise, keeping its siblings', async () => {
    for (const by of [{ id: MISSING }, { slug: 'no-such-exercise' }]) {
      const res = await t.gql(GET, { by });
      expect(res.body).toEqual({ data: { exercise: null } });
    }
    // The document: one absent lookup must not wipe the list beside it.
    const both = await t.gql(
      graphql(`
        query ExerciseBesideList {
          a: exercise(by: { slug: "nope" }) {
            name
          }
          b: exercises(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data).toEqual({ a: null, b: { totalCount: expect.any(Number) } });
    // A draft is as absent as a missing exercise to someone who may not see drafts.
    const draft = await create({ slug: 'test-invisible-draft' });
    expect((await t.gql(GET, { by: { id: draft.id } }, 'anonymous')).body).toEqual({
      data: { exercise: null },
    });
    expect(
      (await t.gql(GET, { by: { id: draft.id } }, 'clinician')).body.data!.exercise!.slug,
    ).toBe('test-invisible-draft');
  });

  it('rejects a malformed id and a lookup by both or neither key, naming the field', async () => {
    const badId = onlyError(await t.gql(GET, { by: { id: 'abc' } }));
    expect(badId.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'by.id', message: 'id must be a UUID' }],
    });
    // ExerciseLookup is @oneOf: graphql-js refuses both keys, or none, before anything runs.
    for (const by of [{ id: MISSING, slug: 'x' }, {}]) {
      expect(onlyError(await t.gql(GET, { by })).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'by', message: 'give exactly one of id or slug' }],
      });
    }
    expect(onlyError(await t.gql(GET, { by: { slug: null } })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'by.slug', message: 'must not be null' }],
    });
    const literal = onlyError(await t.gql('{ exercise(by: { id: "x", slug: "y" }) { id } }'));
    expect(literal).toMatchObject({
      message: 'OneOf Input Object "ExerciseLookup" must specify exactly one key.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const neither = onlyError(await t.gql(GET, {}));
    expect(neither.extensions?.fields).toEqual([
      { field: 'by', message: 'give by: { id } or by: { slug }' },
    ]);
  });

  it('updates only the fields sent and bumps the version', async () => {
    const created = await create({ slug: 'test-update' });
    const res = await t.gql(UPDATE, {
      input: {
        id: created.id,
        expectedVersion: 1,
        name: 'Renamed',
        difficulty: 4,
        tempo: '4-0-1-0',
        intensity: null,
      },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateExercise).toMatchObject({
      name: 'Renamed',
      difficulty: 4,
      version: 2,
      intensity: null,
      slug: 'test-update',
      planes: ['FRONTAL', 'SAGITTAL'],
      aliases: ['side step-down'],
      tempo: { notation: '4-0-1-0', timeUnderTensionSeconds: 5 },
    });
  });

  it('detects a stale version instead of overwriting the other edit', async () => {
    const created = await create({ slug: 'test-conflict' });
    const first = await t.gql(UPDATE, {
      input: { id: created.id, expectedVersion: 1, name: 'First editor' },
    });
    expect(first.body.errors).toBeUndefined();
    const second = onlyError(
      await t.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, summary: 'Second' } }),
    );
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const now = await t.gql(GET, { by: { id: created.id } });
    expect(now.body.data!.exercise).toMatchObject({ name: 'First editor', version: 2 });
    expect(now.body.data!.exercise!.summary).not.toBe('Second');
  });

  it('lets exactly one of several parallel editors of one version win', async () => {
    const created = await create({ slug: 'test-race' });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, name: `Editor ${i}` } }),
      ),
    );
    const codes = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(7);
    const now = await t.gql(GET, { by: { id: created.id } });
    expect(now.body.data!.exercise!.version).toBe(2);
  });

  it('refuses to drop the tempo of a moving exercise', async () => {
    const created = await create({ slug: 'test-tempo-drop' });
    const error = onlyError(
      await t.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, tempo: null } }),
    );
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.tempo',
          message: 'tempo is required unless the tempo intent is ISOMETRIC or STRETCH',
        },
      ],
    });
  });

  it('rejects an update with a null required field, naming it', async () => {
    const created = await create({ slug: 'test-null-name' });
    const error = onlyError(
      await t.gql(UPDATE, { input: { id: created.id, expectedVersion: 1, name: null } }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((f) => f.field)).toContain('input.name');
  });

  it('answers NOT_FOUND when updating or archiving an unknown exercise', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(
      onlyError(await t.gql(UPDATE, { input: { id, expectedVersion: 1, name: 'x' } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const archive = await t.gql(ARCHIVE, { id });
    expect(onlyError(archive).extensions?.code).toBe('NOT_FOUND');
  });

  it('archives an exercise, keeping it readable but out of the default list', async () => {
    const created = await create({ slug: 'test-archive', name: 'Zz archived exercise' });
    const res = await t.gql(ARCHIVE, { id: created.id });
    expect(res.body.data!.archiveExercise).toEqual({ status: 'ARCHIVED', version: 2 });
    const list = await t.gql(LIST, { filter: { text: 'Zz archived' } });
    expect(list.body.data!.exercises.nodes).toEqual([]);
    const archived = await t.gql(LIST, { filter: { text: 'Zz archived', status: ['ARCHIVED'] } });
    expect(archived.body.data!.exercises.nodes).toEqual([{ slug: 'test-archive' }]);
  });

  describe('bad input', () => {
    it.each([
      [
        'a tempo with three phases',
        { tempo: '3-1-1' },
        'input.tempo',
        'tempo must have four phases',
      ],
      [
        'an explosive pause',
        { tempo: '3-X-1-0' },
        'input.tempo',
        'tempo the bottom pause cannot be X',
      ],
      [
        'a missing tempo',
        { tempo: null },
        'input.tempo',
        'tempo is required unless the tempo intent is ISOMETRIC or STRETCH',
      ],
      [
        'difficulty 6',
        { difficulty: 6 },
        'input.difficulty',
        'difficulty must not be greater than 5',
      ],
      ['no planes', { planes: [] }, 'input.planes', 'planes should not be empty'],
      [
        'a bad slug',
        { slug: 'Bad Slug' },
        'input.slug',
        'slug must be lower-case letters and digits joined by single hyphens',
      ],
      [
        'an empty step',
        { steps: ['Stand.', ''] },
        'input.steps',
        'each value in steps should not be empty',
      ],
      [
        'NONE with equipment',
        { equipment: ['NONE', 'DUMBBELL'] },
        'input.equipment',
        'equipment cannot combine NONE with other equipment',
      ],
      [
        'reps and hold',
        { prescription: { sets: 3, reps: 10, holdSeconds: 30 } },
        'input.prescription.reps',
        'reps and holdSeconds cannot both be set',
      ],
      [
        'no reps, hold, distance or duration',
        { prescription: { sets: 3 } },
        'input.prescription.reps',
        'reps, holdSeconds, distanceMetres or durationSeconds is required',
      ],
      [
        'reps and a distance',
        { prescription: { sets: 3, reps: 10, distanceMetres: 20 } },
        'input.prescription.distanceMetres',
        'distanceMetres and reps cannot both be set',
      ],
      [
        'a hold and a duration',
        { prescription: { sets: 3, holdSeconds: 30, durationSeconds: 30 } },
        'input.prescription.durationSeconds',
        'durationSeconds and holdSeconds cannot both be set',
      ],
      [
        'a distance over 1 km',
        { prescription: { sets: 3, distanceMetres: 1500 } },
        'input.prescription.distanceMetres',
        'distanceMetres must be a whole number from 1 to 1000 metres',
      ],
      [
        'zero sets',
        { prescription: { sets: 0, reps: 5 } },
        'input.prescription.sets',
        'sets must not be less than 1',
      ],
      [
        'RPE 11',
        { intensity: { scale: 'RPE', value: 11 } },
        'input.intensity.value',
        'value must be between 1 and 10 for RPE',
      ],
      [
        'a mass without unit',
        { intensity: { scale: 'MASS', value: 10 } },
        'input.intensity.unit',
        'unit is required with MASS (KG or LB)',
      ],
      [
        'a band without colour',
        { intensity: { scale: 'BAND' } },
        'input.intensity.bandColour',
        'bandColour is required with BAND',
      ],
      [
        'a colour on RPE',
        { intensity: { scale: 'RPE', value: 5, bandColour: 'RED' } },
        'input.intensity.bandColour',
        'bandColour is only used with BAND',
      ],
    ])(
      'rejects %s with BAD_USER_INPUT naming the field',
      async (_label, overrides, field, message) => {
        const before = await t.gql(COUNT);
        const res = await t.gql(CREATE, {
          input: { ...exerciseInput({ slug: 'test-invalid' }), ...overrides },
        });
        expect(res.status).toBe(200);
        const error = onlyError(res);
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.extensions?.fields).toContainEqual({
          field,
          message: expect.stringContaining(message),
        });
        expect(error.message).toContain(field);
        const after = await t.gql(COUNT);
        expect(after.body.data!.exercises.totalCount).toBe(before.body.data!.exercises.totalCount);
      },
    );

    it('reports every offending field at once', async () => {
      const res = await t.gql(CREATE, {
        input: exerciseInput({
          slug: 'test-many-errors',
          difficulty: 0,
          tempo: 'fast',
          regions: [],
        }),
      });
      const fields = onlyError(res).extensions?.fields?.map((f) => f.field);
      expect(fields).toEqual(
        expect.arrayContaining(['input.difficulty', 'input.tempo', 'input.regions']),
      );
    });

    it('rejects a duplicate slug', async () => {
      await create({ slug: 'test-duplicate' });
      const error = onlyError(
        await t.gql(CREATE, { input: exerciseInput({ slug: 'test-duplicate' }) }),
      );
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.slug', message: 'slug is already used by another exercise' }],
      });
    });

    it('rejects an unknown enum value before any resolver runs', async () => {
      const res = await t.gql(CREATE, { input: { ...exerciseInput(), stance: 'ONE_FOOT' } });
      expect(res.status).toBe(400);
      expect(onlyError(res).extensions?.code).toBe('BAD_USER_INPUT');
      // It names the field and the enum, never the value sent (which could be anything).
      expect(onlyError(res).extensions?.fields).toEqual([
        { field: 'input.stance', message: 'not a value of the enum "Stance"' },
      ]);
      expect(onlyError(res).message).not.toContain('ONE_FOOT');
    });
  });

  it('masks unexpected failures: no SQL, no stack, a generic message', async () => {
    await t.dataSource.query('ALTER TABLE exercise RENAME COLUMN summary TO summary_hidden');
    try {
      const res = await t.gql(
        graphql(`
          query ExerciseSummaries {
            exercises {
              totalCount
              nodes {
                slug
                summary
              }
            }
          }
        `),
      );
      const error = onlyError(res);
      expect(error).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/summary|select|stacktrace|postgres|127\.0\.0\.1/i);
    } finally {
      await t.dataSource.query('ALTER TABLE exercise RENAME COLUMN summary_hidden TO summary');
    }
  });
});
