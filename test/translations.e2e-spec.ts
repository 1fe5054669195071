import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { LibraryExporter } from '../src/library-io/library-exporter.service.js';
import { LibrarySeeder, SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { exerciseInput } from './support/fixtures.js';
import { pdfText, squash } from './support/pdf.js';
import { type Caller, onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { ownStatements } from './support/statements.js';
import { apiKeyFor } from './support/factories.js';
import { graphql } from './graphql/index.js';
import type {
  SetExerciseTranslationInput,
  TranslationSeededQuery,
  UpdateExerciseInput,
} from './graphql/graphql.js';

interface SeedRecord {
  slug: string;
  name: string | null;
  summary: string | null;
  steps: string[] | null;
  cues: string[] | null;
  /** Left out where the English has no precautions. */
  precautions?: string[] | null;
}
const seedFile = (locale: string): SeedRecord[] =>
  JSON.parse(readFileSync(join(SEEDS_DIR, 'translations', `${locale}.json`), 'utf8'));

/** Every exercise of the seed templates: each must read in Spanish, Vietnamese and Chinese. */
const TEMPLATE_EXERCISES = [
  ...new Set(
    (
      JSON.parse(readFileSync(join(SEEDS_DIR, 'programs.json'), 'utf8')) as {
        items: { exercise: string }[];
      }[]
    ).flatMap((p) => p.items.map((i) => i.exercise)),
  ),
];
/** The exercises of the first runner's knee program and its neighbours, translated into Spanish. */
const RUNNERS_KNEE = [
  'glute-bridge',
  'single-leg-glute-bridge',
  'clamshell',
  'side-lying-hip-abduction',
  'lateral-band-walk',
  'spanish-squat',
  'wall-sit',
  'split-squat',
  'forward-step-down',
  'lateral-step-down',
  'side-plank-on-knees',
  'side-plank',
  'single-leg-balance',
  'hip-airplane',
  'standing-pallof-press',
  'half-kneeling-pallof-press',
  'single-leg-romanian-deadlift',
  'double-leg-calf-raise',
  'single-leg-calf-raise',
  'reverse-lunge',
  'lateral-lunge',
];
const CORE = [
  'glute-bridge',
  'single-leg-glute-bridge',
  'clamshell',
  'lateral-band-walk',
  'side-plank',
  'split-squat',
  'spanish-squat',
  'wall-sit',
];

const SET = graphql(`
  mutation TranslationSet($input: SetExerciseTranslationInput!) {
    setExerciseTranslation(input: $input) {
      exerciseId
      locale
      name
      summary
      steps
      cues
      precautions
      version
      updatedAt
    }
  }
`);
const REMOVE = graphql(`
  mutation TranslationRemove($input: RemoveExerciseTranslationInput!) {
    removeExerciseTranslation(input: $input) {
      id
      translations {
        locale
      }
    }
  }
`);
const READ = graphql(`
  query TranslationRead($id: ID!, $locale: Locale!) {
    exercise(by: { id: $id }) {
      translations {
        exerciseId
        locale
        name
        summary
        steps
        cues
        precautions
        version
        updatedAt
      }
      localized(locale: $locale) {
        locale
        name
        summary
        steps
        cues
        precautions
        fallbackFields
      }
    }
  }
`);
const CREATE = graphql(`
  mutation TranslationDraft($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      id
    }
  }
`);
const AUDIT = graphql(`
  query TranslationAudit($id: ID) {
    auditLog(targetId: $id) {
      action
      actorKind
      targetType
      details
    }
  }
`);
const OUTDATED = graphql(`
  query TranslationOutdated($by: ExerciseLookup!) {
    exercise(by: $by) {
      translations {
        locale
        outdated
      }
    }
  }
`);
const SET_OUTDATED = graphql(`
  mutation TranslationSetOutdated($input: SetExerciseTranslationInput!) {
    setExerciseTranslation(input: $input) {
      version
      outdated
    }
  }
`);
/** An audit entry's details are JSON: the keys a translation's entries carry. */
const details = (entry: { details: unknown }) => entry.details as Record<string, unknown>;

const ENGLISH = exerciseInput() as {
  name: string;
  summary: string;
  steps: string[];
  cues: string[];
  precautions: string[];
};
const outcome = (res: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
  res.body.errors?.[0]?.extensions?.code ?? 'OK';

describe('translations: per-locale text with field-by-field fallback', () => {
  let t: TestApp;
  let apiKey: { headers: Record<string, string> };
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    apiKey = (await apiKeyFor(t)).caller;
  });
  afterAll(() => t.close());

  /** A fresh DRAFT exercise with the fixture's English text. */
  async function draft(): Promise<string> {
    const res = await t.gql(CREATE, { input: exerciseInput({ slug: `translated-${++n}` }) });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise.id;
  }

  const set = (input: SetExerciseTranslationInput, as: Caller = 'clinician') =>
    t.gql(SET, { input }, as);

  const read = async (id: string, locale: string, as: Caller = 'clinician') => {
    const res = await t.gql(READ, { id, locale }, as);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exercise!;
  };

  const fieldsOf = (res: Parameters<typeof onlyError>[0]) => {
    const error = onlyError(res);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    return (error.extensions?.fields ?? []).map((f) => f.field);
  };

  it('loads the seeded Spanish, Vietnamese and Chinese text, complete and as written', async () => {
    // The seed library holds more than a page of 100: follow the cursors to read all of it.
    const SEEDED = graphql(`
      query TranslationSeeded($after: String) {
        exercises(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            slug
            translations {
              locale
              name
              summary
              steps
              cues
              precautions
            }
            es: localized(locale: ES) {
              name
              fallbackFields
            }
            vi: localized(locale: VI) {
              name
              fallbackFields
            }
            zh: localized(locale: ZH) {
              name
              fallbackFields
            }
          }
        }
      }
    `);
    const nodes: TranslationSeededQuery['exercises']['nodes'] = [];
    for (let after: string | null = null; ;) {
      const res = await t.gql(SEEDED, { after });
      expect(res.body.errors).toBeUndefined();
      const page: TranslationSeededQuery['exercises'] = res.body.data!.exercises;
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    const bySlug = new Map(nodes.map((e) => [e.slug, e]));
    for (const [locale, slugs] of [
      ['es', [...new Set([...RUNNERS_KNEE, ...TEMPLATE_EXERCISES])]],
      ['vi', [...new Set([...CORE, ...TEMPLATE_EXERCISES])]],
      ['zh', [...new Set([...CORE, ...TEMPLATE_EXERCISES])]],
    ] as const) {
      const records = new Map(seedFile(locale).map((r) => [r.slug, r]));
      for (const slug of slugs) {
        const exercise = bySlug.get(slug)!;
        expect({ slug, locale, localized: exercise[locale] }).toEqual({
          slug,
          locale,
          localized: { name: records.get(slug)!.name, fallbackFields: [] },
        });
        const { slug: _slug, ...text } = records.get(slug)!;
        expect(exercise.translations).toContainEqual({
          locale: locale.toUpperCase(),
          precautions: null,
          ...text,
        });
      }
    }
    expect(bySlug.get('clamshell')!.translations.map((tr) => tr.locale)).toEqual([
      'ES',
      'VI',
      'ZH',
    ]);
  });

  it('adds, reads, changes and removes a translation, falling back field by field', async () => {
    const id = await draft();
    const added = await set({
      exerciseId: id,
      locale: 'ES',
      name: 'Bajada lateral de prueba',
      steps: ['Póngase de lado en un escalón.', 'Baje el talón despacio.'],
    });
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.setExerciseTranslation).toMatchObject({
      exerciseId: id,
      locale: 'ES',
      name: 'Bajada lateral de prueba',
      summary: null,
      cues: null,
      precautions: null,
      version: 1,
    });

    const partial = await read(id, 'ES');
    expect(partial.localized).toEqual({
      locale: 'ES',
      name: 'Bajada lateral de prueba',
      summary: ENGLISH.summary,
      steps: ['Póngase de lado en un escalón.', 'Baje el talón despacio.'],
      cues: ENGLISH.cues,
      precautions: ENGLISH.precautions,
      fallbackFields: ['SUMMARY', 'CUES', 'PRECAUTIONS'],
    });
    expect(partial.translations.map((tr) => tr.locale)).toEqual(['ES']);
    expect((await read(id, 'EN')).localized).toEqual({
      locale: 'EN',
      name: ENGLISH.name,
      summary: ENGLISH.summary,
      steps: ENGLISH.steps,
      cues: ENGLISH.cues,
      precautions: ENGLISH.precautions,
      fallbackFields: [],
    });
    expect((await read(id, 'VI')).localized).toMatchObject({
      locale: 'VI',
      name: ENGLISH.name,
      precautions: ENGLISH.precautions,
      fallbackFields: ['NAME', 'SUMMARY', 'STEPS', 'CUES', 'PRECAUTIONS'],
    });

    // Fields left out stay; null clears one, which then falls back on its own.
    const changed = await set({
      exerciseId: id,
      locale: 'ES',
      expectedVersion: 1,
      summary: 'Baje un talón junto a un escalón.',
      steps: null,
    });
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data!.setExerciseTranslation).toMatchObject({
      name: 'Bajada lateral de prueba',
      summary: 'Baje un talón junto a un escalón.',
      steps: null,
      version: 2,
    });
    expect((await read(id, 'ES')).localized).toMatchObject({
      name: 'Bajada lateral de prueba',
      summary: 'Baje un talón junto a un escalón.',
      steps: ENGLISH.steps,
      fallbackFields: ['STEPS', 'CUES', 'PRECAUTIONS'],
    });

    const removed = await t.gql(REMOVE, {
      input: { exerciseId: id, locale: 'ES', expectedVersion: 2 },
    });
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data!.removeExerciseTranslation.translations).toEqual([]);
    expect((await read(id, 'ES')).localized.fallbackFields).toHaveLength(5);
    const again = onlyError(
      await t.gql(REMOVE, { input: { exerciseId: id, locale: 'ES', expectedVersion: 2 } }),
    );
    expect(again.extensions?.code).toBe('NOT_FOUND');

    const log = await t.gql(AUDIT, { id }, 'admin');
    const entries = log.body.data!.auditLog.filter((e) => e.action.startsWith('TRANSLATION_'));
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'TRANSLATION_REMOVED',
        actorKind: 'account',
        details: expect.objectContaining({
          locale: 'es',
          version: 2,
          values: expect.objectContaining({ summary: 'Baje un talón junto a un escalón.' }),
        }),
      }),
      expect.objectContaining({
        action: 'TRANSLATION_UPDATED',
        details: expect.objectContaining({ version: 2, fields: ['summary', 'steps'] }),
      }),
      expect.objectContaining({
        action: 'TRANSLATION_ADDED',
        details: expect.objectContaining({ version: 1, fields: ['name', 'steps'] }),
      }),
    ]);
  });

  it('gives each translation a stable id of its own: kept by a change, new once removed and added again', async () => {
    const IDS = graphql(`
      query TranslationIds($id: ID!) {
        exercise(by: { id: $id }) {
          translations {
            id
            locale
            version
          }
        }
      }
    `);
    const SET_ID = graphql(`
      mutation TranslationSetId($input: SetExerciseTranslationInput!) {
        setExerciseTranslation(input: $input) {
          id
          version
        }
      }
    `);
    const ids = async (exerciseId: string) => {
      const res = await t.gql(IDS, { id: exerciseId });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.exercise!.translations;
    };
    const setId = async (input: SetExerciseTranslationInput) => {
      const res = await t.gql(SET_ID, { input });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.setExerciseTranslation;
    };
    const id = await draft();
    const spanish = await setId({ exerciseId: id, locale: 'ES', name: 'Prueba' });
    const chinese = await setId({ exerciseId: id, locale: 'ZH', name: '测试' });
    expect(spanish.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(chinese.id).not.toBe(spanish.id);
    expect(await ids(id)).toEqual([
      { id: spanish.id, locale: 'ES', version: 1 },
      { id: chinese.id, locale: 'ZH', version: 1 },
    ]);
    const changed = await setId({ exerciseId: id, locale: 'ES', name: 'Otra', expectedVersion: 1 });
    expect(changed).toEqual({ id: spanish.id, version: 2 });
    const removed = await t.gql(REMOVE, {
      input: { exerciseId: id, locale: 'ES', expectedVersion: 2 },
    });
    expect(removed.body.errors).toBeUndefined();
    const again = await setId({ exerciseId: id, locale: 'ES', name: 'Prueba' });
    expect(again.id).not.toBe(spanish.id);
    expect((await ids(id)).map((tr) => tr.id)).toEqual([again.id, chinese.id]);
  });

  it('refuses English, an empty change and invalid text, naming the field', async () => {
    const id = await draft();
    const english = onlyError(await set({ exerciseId: id, locale: 'EN', name: 'Bridge' }));
    expect(english.extensions?.fields).toEqual([
      {
        field: 'input.locale',
        message: 'locale must not be EN: English is edited on the exercise itself (updateExercise)',
      },
    ]);
    expect(fieldsOf(await set({ exerciseId: id, locale: 'ES' }))).toEqual(['input']);
    expect(
      fieldsOf(await set({ exerciseId: id, locale: 'ES', name: null, summary: null })),
    ).toEqual(['input']);
    expect(fieldsOf(await set({ exerciseId: id, locale: 'ES', name: '   ' }))).toEqual([
      'input.name',
    ]);
    expect(fieldsOf(await set({ exerciseId: id, locale: 'ES', name: 'x'.repeat(121) }))).toEqual([
      'input.name',
    ]);
    expect(fieldsOf(await set({ exerciseId: id, locale: 'ES', steps: [] }))).toEqual([
      'input.steps',
    ]);
    expect(
      fieldsOf(await set({ exerciseId: id, locale: 'ES', steps: Array(31).fill('Paso.') })),
    ).toEqual(['input.steps']);
    expect(fieldsOf(await set({ exerciseId: id, locale: 'ES', cues: ['Bien', ''] }))).toEqual([
      'input.cues',
    ]);
    // Precautions are checked like cues: a list of 1 to 30 non-blank texts of 2000 at most.
    for (const precautions of [
      [],
      ['Pare si le duele.', ' '],
      Array(31).fill('Pare si le duele.'),
      ['z'.repeat(2001)],
    ]) {
      expect(fieldsOf(await set({ exerciseId: id, locale: 'ES', precautions }))).toEqual([
        'input.precautions',
      ]);
    }
    expect(
      fieldsOf(await set({ exerciseId: id, locale: 'ES', summary: 'y'.repeat(2001) })),
    ).toEqual(['input.summary']);
    expect(fieldsOf(await set({ exerciseId: 'nope', locale: 'ES', name: 'Puente' }))).toEqual([
      'input.exerciseId',
    ]);
    expect(
      fieldsOf(
        await t.gql(REMOVE, { input: { exerciseId: id, locale: 'EN', expectedVersion: 1 } }),
      ),
    ).toEqual(['input.locale']);

    // Clearing every text would leave a translation of nothing: refused, nothing changes.
    await set({ exerciseId: id, locale: 'ES', name: 'Puente', cues: ['Talones'] });
    expect(
      fieldsOf(
        await set({ exerciseId: id, locale: 'ES', expectedVersion: 1, name: null, cues: null }),
      ),
    ).toEqual(['input']);
    expect(
      fieldsOf(await set({ exerciseId: id, locale: 'ES', name: null, precautions: null })),
    ).toEqual(['input']);
    expect((await read(id, 'ES')).translations).toMatchObject([{ name: 'Puente', version: 1 }]);

    const missing = onlyError(
      await set({ exerciseId: '00000000-0000-4000-8000-000000000000', locale: 'ES', name: 'X' }),
    );
    expect(missing.extensions?.code).toBe('NOT_FOUND');

    const archived = await draft();
    const archive = await t.gql(
      graphql(`
        mutation TranslationArchive($id: ID!) {
          archiveExercise(input: { id: $id, expectedVersion: 1 }) {
            id
          }
        }
      `),
      { id: archived },
    );
    expect(archive.body.errors).toBeUndefined();
    expect(fieldsOf(await set({ exerciseId: archived, locale: 'ES', name: 'Puente' }))).toEqual([
      'input.exerciseId',
    ]);
  });

  it('answers CONFLICT to a stale version and to adding one that exists; of 10 parallel writes from one version exactly one wins', async () => {
    const id = await draft();
    await set({ exerciseId: id, locale: 'ES', name: 'Original' });
    const exists = onlyError(await set({ exerciseId: id, locale: 'ES', name: 'Otro' }));
    expect(exists.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });

    const updates = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        set({ exerciseId: id, locale: 'ES', expectedVersion: 1, name: `Editor ${i}` }),
      ),
    );
    const winners = updates.filter((r) => !r.body.errors);
    const conflicts = updates.filter((r) => outcome(r) === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    expect(conflicts.every((r) => r.body.errors![0].extensions!.currentVersion === 2)).toBe(true);
    expect((await read(id, 'ES')).translations).toMatchObject([
      { name: winners[0].body.data!.setExerciseTranslation.name, version: 2 },
    ]);

    const staleRemove = onlyError(
      await t.gql(REMOVE, { input: { exerciseId: id, locale: 'ES', expectedVersion: 1 } }),
    );
    expect(staleRemove.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const gone = onlyError(
      await set({ exerciseId: id, locale: 'VI', expectedVersion: 1, name: 'Cầu' }),
    );
    expect(gone.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: null });

    // Ten first translations into the same locale at once: one is added, nine conflict (no 500).
    const adds = await Promise.all(
      Array.from({ length: 10 }, (_, i) => set({ exerciseId: id, locale: 'ZH', name: `桥 ${i}` })),
    );
    expect(adds.map(outcome).sort()).toEqual([...Array(9).fill('CONFLICT'), 'OK']);
    expect(
      adds
        .filter((r) => r.body.errors)
        .every((r) => r.body.errors![0].extensions!.currentVersion === 1),
    ).toBe(true);
  });

  it('translates precautions like cues: set, read, clear, each falling back on its own', async () => {
    const id = await draft();
    const precautions = ['Pare si le duele la rótula.', 'Use un escalón más bajo al principio.'];
    const added = await set({ exerciseId: id, locale: 'ES', precautions });
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.setExerciseTranslation).toMatchObject({
      name: null,
      cues: null,
      precautions,
      version: 1,
    });
    expect((await read(id, 'ES')).localized).toEqual({
      locale: 'ES',
      name: ENGLISH.name,
      summary: ENGLISH.summary,
      steps: ENGLISH.steps,
      cues: ENGLISH.cues,
      precautions,
      fallbackFields: ['NAME', 'SUMMARY', 'STEPS', 'CUES'],
    });

    // Cues added, precautions left as they are; then precautions cleared fall back to English.
    const cues = await set({ exerciseId: id, locale: 'ES', expectedVersion: 1, cues: ['Lento'] });
    expect(cues.body.data!.setExerciseTranslation).toMatchObject({ precautions, version: 2 });
    const cleared = await set({
      exerciseId: id,
      locale: 'ES',
      expectedVersion: 2,
      precautions: null,
    });
    expect(cleared.body.errors).toBeUndefined();
    expect(cleared.body.data!.setExerciseTranslation).toMatchObject({
      cues: ['Lento'],
      precautions: null,
      version: 3,
    });
    expect((await read(id, 'ES')).localized).toMatchObject({
      cues: ['Lento'],
      precautions: ENGLISH.precautions,
      fallbackFields: ['NAME', 'SUMMARY', 'STEPS', 'PRECAUTIONS'],
    });
    // Clearing the only text left is refused, as for any other field.
    await set({ exerciseId: id, locale: 'VI', precautions: ['Dừng lại nếu đau.'] });
    expect(
      fieldsOf(await set({ exerciseId: id, locale: 'VI', expectedVersion: 1, precautions: null })),
    ).toEqual(['input']);
    // The database refuses an empty list too (untranslated is null, never empty).
    await expect(
      t.dataSource.query(
        `UPDATE exercise_translation SET precautions = '{}' WHERE exercise_id = $1 AND locale = 'vi'`,
        [id],
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(
      t.dataSource.query(
        `INSERT INTO exercise_translation (exercise_id, locale) VALUES ($1, 'zh')`,
        [id],
      ),
    ).rejects.toThrow(/check constraint/);

    const log = await t.gql(AUDIT, { id }, 'admin');
    const entries = log.body.data!.auditLog.filter(
      (e) => e.action.startsWith('TRANSLATION_') && details(e).locale === 'es',
    );
    expect(entries.map((e) => [e.action, details(e).fields, details(e).values])).toEqual([
      ['TRANSLATION_UPDATED', ['precautions'], { precautions: null }],
      ['TRANSLATION_UPDATED', ['cues'], { cues: ['Lento'] }],
      ['TRANSLATION_ADDED', ['precautions'], { precautions }],
    ]);

    // An exercise without English precautions has nothing left untranslated there.
    const none = await t.gql(CREATE, {
      input: exerciseInput({ slug: `translated-${++n}`, precautions: [] }),
    });
    const noneId = none.body.data!.createExercise.id;
    await set({ exerciseId: noneId, locale: 'ZH', name: '测试' });
    expect((await read(noneId, 'ZH')).localized).toMatchObject({
      precautions: [],
      fallbackFields: ['SUMMARY', 'STEPS', 'CUES'],
    });
  });

  it("prints a handout's precautions in the patient's language, English only where untranslated", async () => {
    const rows: { id: string; slug: string }[] = await t.dataSource.query(
      'SELECT id, slug FROM exercise',
    );
    const ids = new Map(rows.map((r) => [r.slug, r.id]));
    const accounts = await t.gql(
      graphql(`
        query TranslationAccounts {
          accounts {
            id
            role
          }
        }
      `),
      {},
      'admin',
    );
    const clinicianId = accounts.body.data!.accounts.find((a) => a.role === 'CLINICIAN')!.id;
    const english = async (slug: string) => {
      const res = await t.gql(
        graphql(`
          query TranslationEnglishPrecautions($slug: String!) {
            exercise(by: { slug: $slug }) {
              precautions
            }
          }
        `),
        { slug },
      );
      return res.body.data!.exercise!.precautions;
    };
    const issue = async (locale: string, slugs: string[]) => {
      const res = await t.gql(
        graphql(`
          mutation TranslationIssueHandout($input: IssueHandoutInput!) {
            issueHandout(input: $input) {
              pdfUrl
              items {
                exerciseSlug
                precautions
                fallbackFields
              }
            }
          }
        `),
        {
          input: {
            patientName: 'Paciente de prueba',
            clinicianId,
            locale,
            items: slugs.map((slug) => ({
              exerciseId: ids.get(slug),
              sets: 3,
              reps: 10,
              sessionsPerWeek: 3,
            })),
          },
        },
        'staff',
      );
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.issueHandout;
    };
    const seeded = (locale: string, slug: string) =>
      seedFile(locale).find((r) => r.slug === slug)!.precautions;

    // An exercise with no precautions in English or Spanish (the Pallof press, used here before
    // issue 17, now carries the pain rule: it is tagged for low back pain).
    const spanish = await issue('ES', ['glute-bridge', 'reverse-lunge']);
    expect(await english('reverse-lunge')).toEqual([]);
    expect(spanish.items).toEqual([
      {
        exerciseSlug: 'glute-bridge',
        precautions: seeded('es', 'glute-bridge'),
        fallbackFields: [],
      },
      { exerciseSlug: 'reverse-lunge', precautions: [], fallbackFields: [] },
    ]);
    const res = await fetch(spanish.pdfUrl, {
      headers: { authorization: `Bearer ${t.tokens.staff}` },
    });
    expect(res.status).toBe(200);
    const pdf = squash((await pdfText(Buffer.from(await res.arrayBuffer()))).text);
    expect(pdf).toContain(squash(seeded('es', 'glute-bridge')![0]));
    expect(pdf).not.toContain(squash((await english('glute-bridge'))[0]));

    // No Vietnamese text for the seated soleus raise (the forward step-down, used here before
    // issue 17, has one now): its precautions stay in English, and say so.
    const vietnamese = await issue('VI', ['wall-sit', 'seated-soleus-raise']);
    expect(vietnamese.items).toEqual([
      { exerciseSlug: 'wall-sit', precautions: seeded('vi', 'wall-sit'), fallbackFields: [] },
      {
        exerciseSlug: 'seated-soleus-raise',
        precautions: await english('seated-soleus-raise'),
        fallbackFields: ['NAME', 'SUMMARY', 'STEPS', 'CUES', 'PRECAUTIONS'],
      },
    ]);
  });

  it('lets clinicians and admins write; whoever sees the exercise reads its translations', async () => {
    type Who = 'anonymous' | 'apiKey' | 'staff' | 'clinician' | 'admin';
    const as = (c: Who): Caller => (c === 'apiKey' ? apiKey : c);
    const expected: Record<Who, string> = {
      anonymous: 'UNAUTHENTICATED',
      apiKey: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      clinician: 'OK',
      admin: 'OK',
    };
    const id = await draft();
    const seen: Record<string, string> = {};
    for (const c of Object.keys(expected) as Who[]) {
      const locale = c === 'admin' ? 'VI' : 'ES';
      seen[c] = outcome(await set({ exerciseId: id, locale, name: `By ${c}` }, as(c)));
    }
    expect(seen).toEqual(expected);
    const removals: Record<string, string> = {};
    for (const c of ['anonymous', 'apiKey', 'staff', 'admin'] as const) {
      removals[c] = outcome(
        await t.gql(REMOVE, { input: { exerciseId: id, locale: 'ES', expectedVersion: 1 } }, as(c)),
      );
    }
    expect(removals).toEqual({
      anonymous: 'UNAUTHENTICATED',
      apiKey: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      admin: 'OK',
    });

    // A draft's translations are as hidden as the draft.
    for (const c of ['anonymous', 'apiKey', 'staff'] as const) {
      const hidden = await t.gql(READ, { id, locale: 'VI' }, as(c));
      expect(hidden.body).toEqual({ data: { exercise: null } });
    }
    const bridge = await t.gql(
      graphql(`
        query TranslationBridgeId {
          exercise(by: { slug: "glute-bridge" }) {
            id
          }
        }
      `),
    );
    for (const c of ['anonymous', 'apiKey', 'staff'] as const) {
      const published = await read(bridge.body.data!.exercise!.id, 'ES', as(c));
      expect(published.localized.name).toBe('Puente de glúteos');
      expect(published.translations.map((tr) => tr.locale)).toEqual(['ES', 'VI', 'ZH']);
    }
  });

  it('flags a translation outdated once the English text changes, not for a tag; updating it clears the flag', async () => {
    const id = await draft();
    const UPDATE = graphql(`
      mutation TranslationUpdateExercise($input: UpdateExerciseInput!) {
        updateExercise(input: $input) {
          version
          translations {
            locale
            version
            outdated
          }
        }
      }
    `);
    const update = async (version: number, input: UpdateExerciseInput) => {
      const res = await t.gql(UPDATE, { input: { ...input, id, expectedVersion: version } });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.updateExercise;
    };
    const outdated = async () => {
      const res = await t.gql(OUTDATED, { by: { id } });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.exercise!.translations;
    };

    const added = await t.gql(SET_OUTDATED, {
      input: { exerciseId: id, locale: 'ES', name: 'Puente', steps: ['Suba la cadera.'] },
    });
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data!.setExerciseTranslation).toEqual({ version: 1, outdated: false });
    await set({ exerciseId: id, locale: 'VI', summary: 'Nâng hông.' });
    expect(await outdated()).toEqual([
      { locale: 'ES', outdated: false },
      { locale: 'VI', outdated: false },
    ]);

    // A tag is not patient-facing text: the translations stay current.
    const tagged = await update(1, { difficulty: 4 });
    expect(tagged.translations.map((tr) => tr.outdated)).toEqual([false, false]);

    // New English steps: every translation was written from the old English.
    const edited = await update(tagged.version, {
      steps: [...ENGLISH.steps, 'Hold the top for two seconds.'],
    });
    expect(edited.translations).toEqual([
      { locale: 'ES', version: 1, outdated: true },
      { locale: 'VI', version: 1, outdated: true },
    ]);
    expect(await outdated()).toEqual([
      { locale: 'ES', outdated: true },
      { locale: 'VI', outdated: true },
    ]);

    // Updating the translation (any field) means it was reviewed against the current English.
    const reviewed = await t.gql(SET_OUTDATED, {
      input: {
        exerciseId: id,
        locale: 'ES',
        expectedVersion: 1,
        steps: ['Suba la cadera.', 'Mantenga arriba dos segundos.'],
      },
    });
    expect(reviewed.body.errors).toBeUndefined();
    expect(reviewed.body.data!.setExerciseTranslation).toEqual({ version: 2, outdated: false });
    expect(await outdated()).toEqual([
      { locale: 'ES', outdated: false },
      { locale: 'VI', outdated: true },
    ]);

    // Changing the English back makes the hashes match again: ES is now the stale one.
    const reverted = await update(edited.version, { steps: ENGLISH.steps });
    expect(reverted.translations.map((tr) => [tr.locale, tr.outdated])).toEqual([
      ['ES', true],
      ['VI', false],
    ]);

    // A row written before hashes were kept (null) is unknown, never reported as outdated.
    await t.dataSource.query(
      `UPDATE exercise_translation SET source_hash = NULL WHERE exercise_id = $1`,
      [id],
    );
    expect(await outdated()).toEqual([
      { locale: 'ES', outdated: false },
      { locale: 'VI', outdated: false },
    ]);

    // The seeded translations were written from the seeded English.
    const seeded = await t.gql(OUTDATED, { by: { slug: 'glute-bridge' } });
    expect(seeded.body.data!.exercise!.translations).toEqual([
      { locale: 'ES', outdated: false },
      { locale: 'VI', outdated: false },
      { locale: 'ZH', outdated: false },
    ]);
  });

  it('batches translations and localized text: a page costs the same statements for 10 or 50', async () => {
    const query = graphql(`
      query TranslationPage($first: Int) {
        exercises(first: $first) {
          nodes {
            slug
            translations {
              locale
              name
              steps
              outdated
            }
            es: localized(locale: ES) {
              name
              cues
              fallbackFields
            }
            zh: localized(locale: ZH) {
              name
            }
            en: localized(locale: EN) {
              name
            }
          }
        }
      }
    `);
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    const statements = async (first: number) => {
      spy.mockClear();
      const res = await t.gql(query, { first }, 'anonymous');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.exercises.nodes).toHaveLength(first);
      const translated = res.body.data!.exercises.nodes.filter((e) => e.translations.length > 0);
      if (first === 50) expect(translated.length).toBeGreaterThan(5);
      return ownStatements(spy.mock.calls).length;
    };
    try {
      const ten = await statements(10);
      const fifty = await statements(50);
      // the page, and one query for every translation of the whole page
      expect(fifty).toBe(ten);
      expect(fifty).toBeLessThanOrEqual(2);
      console.info(`statements for a page with translations: 10 -> ${ten}, 50 -> ${fifty}`);
    } finally {
      spy.mockRestore();
    }
  });

  describe('seed files and export', () => {
    const dirs: string[] = [];
    const tempDir = (prefix: string) => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    };
    afterAll(() => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    it('changes nothing when the seed runs again', async () => {
      const report = await t.running.app.get(LibrarySeeder).seed();
      const total = ['es', 'vi', 'zh'].reduce((sum, l) => sum + seedFile(l).length, 0);
      expect(report.translations).toEqual({ created: 0, updated: 0, unchanged: total });
    });

    it('exports translations, partial ones included, and loads them into another database unchanged', async () => {
      const id = await draft();
      await set({ exerciseId: id, locale: 'VI', summary: 'Chỉ có phần tóm tắt.' });
      const [a, b] = [tempDir('translations-a-'), tempDir('translations-b-')];
      const exported = await t.running.app.get(LibraryExporter).exportTo(a);
      const written: SeedRecord[] = JSON.parse(
        readFileSync(join(a, 'translations', 'vi.json'), 'utf8'),
      );
      const slug = `translated-${n}`;
      expect(written.find((r) => r.slug === slug)).toEqual({
        slug,
        name: null,
        summary: 'Chỉ có phần tóm tắt.',
        steps: null,
        cues: null,
        precautions: null,
      });
      const other = await startTestApp();
      try {
        const loaded = await other.running.app.get(LibrarySeeder).seed(a);
        expect(loaded.translations).toEqual({
          created: exported.translations,
          updated: 0,
          unchanged: 0,
        });
        await other.running.app.get(LibraryExporter).exportTo(b);
        for (const locale of ['es', 'vi', 'zh']) {
          const file = join('translations', `${locale}.json`);
          expect(readFileSync(join(b, file), 'utf8')).toEqual(readFileSync(join(a, file), 'utf8'));
        }
        const again = await other.running.app.get(LibrarySeeder).seed(a);
        expect(again.translations).toMatchObject({ created: 0, updated: 0 });
        const partial = await other.gql(
          graphql(`
            query TranslationExportedPartial($slug: String!) {
              exercise(by: { slug: $slug }) {
                localized(locale: VI) {
                  summary
                  fallbackFields
                }
              }
            }
          `),
          { slug },
        );
        expect(partial.body.data!.exercise!.localized).toEqual({
          summary: 'Chỉ có phần tóm tắt.',
          fallbackFields: ['NAME', 'STEPS', 'CUES', 'PRECAUTIONS'],
        });
      } finally {
        await other.close();
      }
    });

    it('refuses an unknown slug, an unknown locale or an invalid record, naming file and record, and writes nothing', async () => {
      const seeder = t.running.app.get(LibrarySeeder);
      const withFile = (file: string, records: unknown) => {
        const dir = tempDir('translations-bad-');
        cpSync(SEEDS_DIR, dir, { recursive: true });
        writeFileSync(join(dir, 'translations', file), JSON.stringify(records));
        return dir;
      };
      const es = seedFile('es');
      const renamed = es.map((r) => (r.slug === 'glute-bridge' ? { ...r, name: 'Cambiado' } : r));
      await expect(
        seeder.seed(withFile('es.json', [...renamed, { slug: 'no-such-exercise', name: 'Nada' }])),
      ).rejects.toThrow(
        `translations/es.json[${es.length}] no-such-exercise: no exercise has this slug`,
      );
      const bridge = await t.gql(
        graphql(`
          query TranslationBridgeSpanish {
            exercise(by: { slug: "glute-bridge" }) {
              localized(locale: ES) {
                name
              }
            }
          }
        `),
      );
      expect(bridge.body.data!.exercise!.localized.name).toBe('Puente de glúteos');

      await expect(seeder.seed(withFile('fr.json', []))).rejects.toThrow(
        'translations/fr.json: unknown locale fr',
      );
      await expect(seeder.seed(withFile('en.json', []))).rejects.toThrow(
        'translations/en.json: unknown locale en',
      );
      await expect(
        seeder.seed(withFile('vi.json', [{ slug: 'clamshell', steps: [] }, { slug: 'wall-sit' }])),
      ).rejects.toThrow(
        /translations\/vi\.json\[0\] clamshell: steps: steps must not be empty[\s\S]*translations\/vi\.json\[1\] wall-sit: needs at least one of name, summary, steps, cues or precautions/,
      );
    });
  });
});
