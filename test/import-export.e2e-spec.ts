import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import {
  countDataset,
  type DatasetCounts,
  externalFreeExerciseDb,
  FREE_EXERCISE_DB_FIXTURE,
  fixturePhoto,
} from './support/dataset.js';
import { LibraryExporter } from '../src/library-io/library-exporter.service.js';
import { seedSlugs } from '../src/library-io/exercise-seeds.js';
import { LibrarySeeder, SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { captureLogs } from './support/logs.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { ImportFreeExerciseDbMutation } from './graphql/graphql.js';

const IMPORT = graphql(`
  mutation ImportFreeExerciseDb($path: String!) {
    importFreeExerciseDb(input: { path: $path }) {
      total
      created
      updated
      unchanged
      images
      seconds
      skipped {
        id
        reason
      }
    }
  }
`);
type Report = ImportFreeExerciseDbMutation['importFreeExerciseDb'];

/** What the fixture holds, stated here so that a fixture emptied by mistake fails the test. */
const FIXTURE_COUNTS: DatasetCounts = {
  records: 12,
  withoutInstructions: 5,
  photographed: 7,
  pictures: 14,
};

it('has the fixture the import test counts on', () => {
  expect(countDataset(FREE_EXERCISE_DB_FIXTURE)).toEqual(FIXTURE_COUNTS);
});

// Always the repository's fixture; the whole data set too when FREE_EXERCISE_DB_DIR names it.
const external = externalFreeExerciseDb();
const DATASETS: [string, string, DatasetCounts][] = [
  ['the fixture', FREE_EXERCISE_DB_FIXTURE, FIXTURE_COUNTS],
  ...(external
    ? [
        ['FREE_EXERCISE_DB_DIR', external, countDataset(external)] as [
          string,
          string,
          DatasetCounts,
        ],
      ]
    : []),
];

describe.each(DATASETS)('importing free-exercise-db (%s)', (_label, dir, expected) => {
  // IMPORT_DIR is the folder above the data set, as an operator would set it.
  const path = `${basename(dir)}/exercises.json`;
  let t: TestApp;
  let first: Report;
  beforeAll(async () => {
    t = await startTestApp({ IMPORT_DIR: dirname(dir) });
    const res = await t.gql(IMPORT, { path }, 'admin');
    expect(res.body.errors).toBeUndefined();
    first = res.body.data!.importFreeExerciseDb;
    console.info(
      `imported ${first.total} records in ${first.seconds} s (${process.env.DATABASE_URL ? 'server' : 'embedded'})`,
    );
  }, 180_000);
  afterAll(() => t.close());

  it('creates a draft for every record, those without instructions waiting for them', async () => {
    expect(first).toMatchObject({
      total: expected.records,
      created: expected.records,
      skipped: [],
    });
    const waiting: { n: number }[] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM exercise WHERE slug LIKE 'fedb-%' AND status = 'DRAFT' AND cardinality(steps) = 0",
    );
    expect(waiting[0].n).toBe(expected.withoutInstructions);
    const bridge = await t.gql(
      graphql(`
        query ImportSideBridge {
          exercise(by: { slug: "fedb-side-bridge" }) {
            summary
            steps
            needsTagging
          }
        }
      `),
    );
    expect(bridge.body.data).toEqual({
      exercise: {
        summary: 'Strength exercise for the abdominals.',
        steps: [],
        needsTagging: ['PLANES', 'STANCE', 'POSITION', 'TEMPO', 'INSTRUCTIONS'],
      },
    });
  });

  it('maps a sample record field by field, flagged for tagging', async () => {
    const res = await t.gql(
      graphql(`
        query ImportSitUp {
          exercise(by: { slug: "fedb-3-4-sit-up" }) {
            name
            summary
            steps
            status
            planes
            stance
            position
            needsTagging
            tempo {
              intent
              notation
            }
            loadKind
            equipment
            primaryMuscles
            secondaryMuscles
            regions
            focus
            difficulty
            prescription {
              sets
              reps
            }
          }
        }
      `),
    );
    expect(res.body.data!.exercise).toEqual({
      name: '3/4 Sit-Up',
      summary: 'Lie down on the floor and secure your feet.',
      steps: expect.arrayContaining([
        'Flex your hips and spine to raise your torso toward your knees.',
      ]),
      status: 'DRAFT',
      planes: [],
      stance: null,
      position: null,
      needsTagging: ['PLANES', 'STANCE', 'POSITION', 'TEMPO'],
      tempo: { intent: null, notation: null },
      loadKind: 'BODYWEIGHT',
      equipment: ['NONE'],
      primaryMuscles: ['RECTUS_ABDOMINIS'],
      secondaryMuscles: [],
      regions: ['TRUNK'],
      focus: ['STRENGTH'],
      difficulty: 1,
      prescription: { sets: 3, reps: 10 },
    });
    expect(res.body.data!.exercise!.steps.length).toBe(5);
  });

  it('brings the photographed exercises their pictures, through GraphQL and HTTP', async () => {
    expect(first.images).toBe(expected.pictures);
    const bridge = await t.gql(
      graphql(`
        query ImportBridgePictures {
          exercise(by: { slug: "fedb-single-leg-glute-bridge" }) {
            media {
              url
              width
              height
              mime
              altText
              licence
            }
          }
        }
      `),
    );
    const media = bridge.body.data!.exercise!.media;
    expect(media).toHaveLength(2);
    expect(media[0]).toMatchObject({
      mime: 'image/jpeg',
      altText: 'Single Leg Glute Bridge, photo 1 of 2',
      // Imported photos' rights are unknown: unverified, never called public domain.
      licence: "Unverified: the photos' rights are not confirmed",
    });
    expect(media[0].width).toBeGreaterThan(0);
    const picture = await fetch(media[0].url);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/jpeg');
    const file = readFileSync(join(dir, 'images', 'Single_Leg_Glute_Bridge', '0.jpg'));
    // Stored decoded and re-encoded (see cleanImage): the same picture, not the same bytes.
    const stored = Buffer.from(await picture.arrayBuffer());
    const [mine, theirs] = await Promise.all([sharp(stored).metadata(), sharp(file).metadata()]);
    expect([mine.format, mine.width, mine.height]).toEqual(['jpeg', theirs.width, theirs.height]);
    expect(media[0].url).toBe(
      `${t.url}/media/${createHash('sha256').update(stored).digest('hex')}.jpg`,
    );
    const withPictures: { n: number }[] = await t.dataSource.query(
      "SELECT count(DISTINCT exercise_id)::int AS n FROM media m JOIN exercise e ON e.id = m.exercise_id WHERE e.slug LIKE 'fedb-%'",
    );
    expect(withPictures[0].n).toBe(expected.photographed);
  });

  it('changes nothing when run again', async () => {
    const again = await t.gql(IMPORT, { path }, 'admin');
    expect(again.body.data!.importFreeExerciseDb).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: first.created,
      images: 0,
    });
  });

  it('queues the imported drafts for clinicians to tag, and refuses review until they are tagged', async () => {
    const queue = await t.gql(
      graphql(`
        query ImportNeedingTags {
          exercisesNeedingTags(first: 5) {
            totalCount
            nodes {
              id
              slug
              version
            }
          }
        }
      `),
    );
    const { totalCount, nodes } = queue.body.data!.exercisesNeedingTags;
    expect(totalCount).toBe(first.created);
    const target = nodes[0];
    const submit = onlyError(
      await t.gql(
        graphql(`
          mutation ImportSubmit($input: ChangeStatusInput!) {
            changeExerciseStatus(input: $input) {
              id
            }
          }
        `),
        { input: { id: target.id, expectedVersion: target.version, status: 'IN_REVIEW' } },
      ),
    );
    expect(submit.extensions?.fields).toEqual([
      {
        field: 'input.status',
        message:
          'the exercise has no planes, stance, position and tempoIntent yet: set them with updateExercise before it goes to IN_REVIEW',
      },
    ]);
    const tagged = await t.gql(
      graphql(`
        mutation ImportTag($id: ID!, $version: Int!) {
          updateExercise(
            input: {
              id: $id
              expectedVersion: $version
              planes: [SAGITTAL]
              stance: BILATERAL
              position: SUPINE
              tempo: "2-0-2-0"
              tempoIntent: MODERATE
            }
          ) {
            needsTagging
            version
          }
        }
      `),
      { id: target.id, version: target.version },
    );
    expect(tagged.body.data!.updateExercise.needsTagging).toEqual([]);
    const after = await t.gql(
      graphql(`
        query ImportNeedingTagsCount {
          exercisesNeedingTags {
            totalCount
          }
        }
      `),
    );
    expect(after.body.data!.exercisesNeedingTags.totalCount).toBe(totalCount - 1);

    // A re-import never overwrites what the clinic changed since.
    await t.gql(
      graphql(`
        mutation ImportRename($id: ID!, $version: Int!) {
          updateExercise(
            input: { id: $id, expectedVersion: $version, name: "Renamed by the clinic" }
          ) {
            id
          }
        }
      `),
      {
        id: target.id,
        version: tagged.body.data!.updateExercise.version,
      },
    );
    const third = await t.gql(IMPORT, { path }, 'admin');
    expect(third.body.data!.importFreeExerciseDb.updated).toBe(0);
    expect(third.body.data!.importFreeExerciseDb.skipped).toContainEqual({
      id: expect.any(String),
      reason: 'edited by the clinic since it was imported: left as it is',
    });
    const kept = await t.gql(
      graphql(`
        query ImportKeptName($id: ID!) {
          exercise(by: { id: $id }) {
            name
          }
        }
      `),
      { id: target.id },
    );
    expect(kept.body.data!.exercise!.name).toBe('Renamed by the clinic');
  });

  it('reads only inside IMPORT_DIR, and only for admins', async () => {
    const outside = onlyError(await t.gql(IMPORT, { path: '../../../etc/passwd' }, 'admin'));
    expect(outside.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.path', message: 'path must be inside IMPORT_DIR' }],
    });
    const missing = onlyError(await t.gql(IMPORT, { path: 'nope.json' }, 'admin'));
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    expect(onlyError(await t.gql(IMPORT, { path })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('export and load back', () => {
  let a: TestApp;
  let b: TestApp;
  let dirs: string[] = [];
  beforeAll(async () => {
    a = await startTestApp({ SEED_ON_EMPTY: 'true' });
    b = await startTestApp();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the library: exercises, statuses, progressions, media and their bytes', async () => {
    const bridge = await a.gql(
      graphql(`
        query ExportBridgeId {
          exercise(by: { slug: "glute-bridge" }) {
            id
          }
        }
      `),
    );
    const exerciseId = bridge.body.data!.exercise!.id;
    const photo = fixturePhoto('Single_Leg_Glute_Bridge');
    const form = new FormData();
    form.append('file', new Blob([photo], { type: 'image/jpeg' }), 'bridge.jpg');
    for (const [k, v] of Object.entries({
      altText: 'Bridge',
      credit: 'free-exercise-db',
      licence: 'Unlicense',
    }))
      form.append(k, v);
    const uploaded = await fetch(`${a.url}/media/exercises/${exerciseId}/images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.tokens.clinician}` },
      body: form,
    });
    const picture = (await uploaded.json()) as { id: string; url: string };
    // What the service stored: the photo decoded and re-encoded, named by its own hash.
    const stored = Buffer.from(await (await fetch(picture.url)).arrayBuffer());
    const key = picture.url.slice(`${a.url}/media/`.length);
    expect(key).toBe(`${createHash('sha256').update(stored).digest('hex')}.jpg`);
    const video = await a.gql(
      graphql(`
        mutation ExportAddVideo($input: AddExerciseVideoInput!) {
          addExerciseVideo(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          exerciseId,
          url: 'https://videos.example/bridge',
          posterMediaId: picture.id,
          altText: 'Video',
          credit: 'Clinic',
          licence: 'Own',
        },
      },
    );
    expect(video.body.errors).toBeUndefined();
    const draft = await a.gql(
      graphql(`
        mutation ExportUntaggedIdea {
          createExercise(
            input: {
              slug: "untagged-idea"
              name: "Untagged idea"
              summary: "Later."
              steps: ["Try it."]
              loadKind: BODYWEIGHT
              regions: [HIP]
              primaryMuscles: [GLUTEUS_MEDIUS]
              focus: [ACTIVATION]
              difficulty: 1
              prescription: { sets: 1, reps: 5 }
            }
          ) {
            id
          }
        }
      `),
    );
    expect(draft.body.errors).toBeUndefined();
    dirs = [mkdtempSync(join(tmpdir(), 'export-a-')), mkdtempSync(join(tmpdir(), 'export-b-'))];
    const exported = await a.running.app.get(LibraryExporter).exportTo(dirs[0]);
    // Every seed exercise, and the untagged draft made above.
    const exercises = seedSlugs(join(SEEDS_DIR, 'exercises')).length + 1;
    expect(exported.exercises).toBe(exercises);
    expect(exported.progressions).toBeGreaterThanOrEqual(78);
    const loaded = await b.running.app.get(LibrarySeeder).seed(dirs[0]);
    // The seed library's own pictures, then the picture and the video added here.
    const seeded = (JSON.parse(readFileSync(join(SEEDS_DIR, 'media.json'), 'utf8')) as []).length;
    expect(exported.media).toBe(seeded + 2);
    expect(exported.programs).toBeGreaterThanOrEqual(2);
    expect(loaded).toMatchObject({
      created: exercises,
      progressions: { created: exported.progressions },
      media: seeded + 2,
      programs: { created: exported.programs },
    });
    await b.running.app.get(LibraryExporter).exportTo(dirs[1]);
    expect(readdirSync(join(dirs[0], 'media'))).toContain(key);
    expect(readFileSync(join(dirs[1], 'media', key)).equals(stored)).toBe(true);
    // Every picture comes back byte for byte: seeding checks them but never re-encodes a clean one.
    const files = readdirSync(join(dirs[0], 'media')).sort();
    expect(readdirSync(join(dirs[1], 'media')).sort()).toEqual(files);
    for (const name of files) {
      expect([
        name,
        readFileSync(join(dirs[1], 'media', name)).equals(
          readFileSync(join(dirs[0], 'media', name)),
        ),
      ]).toEqual([name, true]);
    }
    for (const file of [
      'exercises/library.json',
      'progressions.json',
      'media.json',
      'programs.json',
      'translations/es.json',
    ]) {
      expect(readFileSync(join(dirs[1], file), 'utf8')).toEqual(
        readFileSync(join(dirs[0], file), 'utf8'),
      );
    }
    // The templates travel whole: their patient guidance in every language, as seeded.
    const seedPrograms = JSON.parse(readFileSync(join(SEEDS_DIR, 'programs.json'), 'utf8')) as {
      slug: string;
    }[];
    const exportedPrograms = JSON.parse(readFileSync(join(dirs[1], 'programs.json'), 'utf8')) as {
      slug: string;
    }[];
    for (const seed of seedPrograms) {
      expect(exportedPrograms.find((p) => p.slug === seed.slug)).toEqual(seed);
    }
    const served = await b.gql(
      graphql(`
        query ExportServedMedia {
          exercise(by: { slug: "glute-bridge" }) {
            media {
              kind
              url
              poster {
                altText
              }
            }
          }
        }
      `),
    );
    const media = served.body.data!.exercise!.media;
    expect(media.map((m) => m.kind)).toEqual(['IMAGE', 'VIDEO']);
    expect(media[1].poster).toEqual({ altText: 'Bridge' });
    const bytes = await fetch(media[0].url);
    expect(Buffer.from(await bytes.arrayBuffer()).equals(stored)).toBe(true);
    const idea = await b.gql(
      graphql(`
        query ExportUntaggedIdeaStatus {
          exercise(by: { slug: "untagged-idea" }) {
            status
            needsTagging
          }
        }
      `),
    );
    expect(idea.body.data).toEqual({
      exercise: { status: 'DRAFT', needsTagging: ['PLANES', 'STANCE', 'POSITION', 'TEMPO'] },
    });
  });
});

describe('seeding and importing do not exclude each other', () => {
  // On disk, so that the service can stop and start again on the same database.
  const dataDir = mkdtempSync(join(tmpdir(), 'seed-after-import-'));
  const env = {
    DATA_DIR: dataDir,
    IMPORT_DIR: dirname(FREE_EXERCISE_DB_FIXTURE),
  };
  const seedSlugs = readdirSync(join(SEEDS_DIR, 'exercises')).flatMap((file) =>
    (
      JSON.parse(readFileSync(join(SEEDS_DIR, 'exercises', file), 'utf8')) as { slug: string }[]
    ).map((r) => r.slug),
  );
  const LIBRARY = graphql(`
    query SeedAfterImportLibrary {
      all: exercises(first: 1, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {
        totalCount
      }
      bridge: exercise(by: { slug: "glute-bridge" }) {
        id
        version
        summary
        localized(locale: ES) {
          fallbackFields
        }
      }
      imported: exercise(by: { slug: "fedb-side-bridge" }) {
        status
      }
      knee: programTemplate(by: { slug: "runners-knee-phase-1" }) {
        items {
          exercise {
            slug
          }
        }
      }
    }
  `);
  const EDIT = graphql(`
    mutation SeedAfterImportEdit($id: ID!, $version: Int!) {
      updateExercise(
        input: { id: $id, expectedVersion: $version, summary: "The clinic's own words." }
      ) {
        version
      }
    }
  `);
  /** Starts the service on the database in dataDir, capturing what it logs while starting. */
  async function start(seed: boolean): Promise<{ t: TestApp; log: string }> {
    const logs = captureLogs();
    try {
      const t = await startTestApp(
        // Development logs at the 'log' level, where the seeder says what it loaded.
        { ...env, SEED_ON_EMPTY: String(seed), NODE_ENV: 'development' },
        { embedded: true },
      );
      return { t, log: logs.text };
    } finally {
      logs.restore();
    }
  }
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads the seed library at start-up after an import into the empty database, once', async () => {
    const first = await start(false);
    const imported = await first.t.gql(
      IMPORT,
      { path: `${basename(FREE_EXERCISE_DB_FIXTURE)}/exercises.json` },
      'admin',
    );
    expect(imported.body.data!.importFreeExerciseDb.created).toBe(FIXTURE_COUNTS.records);
    await first.t.close();

    const second = await start(true);
    try {
      const library = (await second.t.gql(LIBRARY, {}, 'clinician')).body.data!;
      expect(library.all.totalCount).toBe(FIXTURE_COUNTS.records + seedSlugs.length);
      expect(library.bridge?.localized.fallbackFields).toEqual([]);
      expect(library.imported?.status).toBe('DRAFT');
      expect(library.knee?.items.length).toBeGreaterThan(0);
      // One line says what was loaded.
      const lines = second.log.split('\n').filter((l) => l.includes('Seed library'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(
        `loaded ${seedSlugs.length} missing seed exercises (0 of ${seedSlugs.length} were present`,
      );
      const templates = (
        JSON.parse(readFileSync(join(SEEDS_DIR, 'programs.json'), 'utf8')) as unknown[]
      ).length;
      expect(lines[0]).toMatch(
        new RegExp(
          `\\d+ progressions, \\d+ translations, \\d+ media, ${templates} program templates`,
        ),
      );
      const edit = await second.t.gql(EDIT, {
        id: library.bridge!.id,
        version: library.bridge!.version,
      });
      expect(edit.body.errors).toBeUndefined();
    } finally {
      await second.t.close();
    }

    // Nothing is missing now: the next start loads nothing and keeps the clinic's edit.
    const third = await start(true);
    try {
      const library = (await third.t.gql(LIBRARY, {}, 'clinician')).body.data!;
      expect(library.all.totalCount).toBe(FIXTURE_COUNTS.records + seedSlugs.length);
      expect(library.bridge?.summary).toBe("The clinic's own words.");
      const lines = third.log.split('\n').filter((l) => l.includes('Seed library'));
      expect(lines).toEqual([
        expect.stringContaining(`all ${seedSlugs.length} seed exercises present, nothing loaded`),
      ]);
    } finally {
      await third.t.close();
    }
  }, 240_000);
});
