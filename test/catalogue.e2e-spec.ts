import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { jest } from '@jest/globals';
import { join } from 'node:path';
import { LibrarySeeder, SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { CataloguePageQuery, ExerciseFilter } from './graphql/graphql.js';

interface SeedRecord {
  slug: string;
  name: string;
  aliases: string[];
  summary: string;
  planes: string[];
  stance: string;
  position: string;
  tempoIntent: string;
  loadKind: string;
  equipment: string[];
  regions: string[];
  primaryMuscles: string[];
  focus: string[];
  difficulty: number;
  status: string;
}

const seeds: SeedRecord[] = readdirSync(join(SEEDS_DIR, 'exercises'))
  .filter((f) => f.endsWith('.json'))
  .flatMap(
    (f) => JSON.parse(readFileSync(join(SEEDS_DIR, 'exercises', f), 'utf8')) as SeedRecord[],
  );

const LIST = graphql(`
  query CataloguePage($filter: ExerciseFilter, $first: Int, $after: String) {
    exercises(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          slug
          name
        }
      }
    }
  }
`);

describe('the catalogue: seed library, facet filters and pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
  });
  afterAll(() => t.close());

  /** Every slug matching the filter, following the cursors page by page. */
  async function allSlugs(filter: ExerciseFilter, first = 100): Promise<string[]> {
    const slugs: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await t.gql(LIST, { filter, first, after });
      expect(res.body.errors).toBeUndefined();
      const page: CataloguePageQuery['exercises'] = res.body.data!.exercises;
      slugs.push(...page.edges.map((e) => e.node.slug));
      if (!page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(slugs.length);
        return slugs;
      }
      after = page.pageInfo.endCursor;
    }
  }

  const live = seeds.filter((s) => s.status !== 'ARCHIVED');
  const expectSlugs = async (filter: ExerciseFilter, keep: (s: SeedRecord) => boolean) => {
    const expected = live
      .filter(keep)
      .map((s) => s.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(0); // a filter that matches nothing proves nothing
    expect((await allSlugs(filter)).sort()).toEqual(expected);
  };

  it('loads the whole curated library at start-up', async () => {
    expect(seeds.length).toBeGreaterThanOrEqual(60);
    expect((await allSlugs({})).length).toBe(live.length);
  });

  it('answers the newcomer: published single-leg frontal-plane bodyweight exercises', async () => {
    const filter: ExerciseFilter = {
      status: ['PUBLISHED'],
      stance: ['SINGLE_LEG'],
      planesAny: ['FRONTAL'],
      loadKind: ['BODYWEIGHT'],
    };
    await expectSlugs(
      filter,
      (s) =>
        s.status === 'PUBLISHED' &&
        s.stance === 'SINGLE_LEG' &&
        s.planes.includes('FRONTAL') &&
        s.loadKind === 'BODYWEIGHT',
    );
    expect((await allSlugs(filter)).length).toBeGreaterThanOrEqual(3);
  });

  it.each<[string, ExerciseFilter, (s: SeedRecord) => boolean]>([
    [
      'any of several planes',
      { planesAny: ['FRONTAL', 'TRANSVERSE'] },
      (s) => s.planes.some((p) => ['FRONTAL', 'TRANSVERSE'].includes(p)),
    ],
    [
      'all of several planes',
      { planesAll: ['SAGITTAL', 'FRONTAL'] },
      (s) => s.planes.includes('SAGITTAL') && s.planes.includes('FRONTAL'),
    ],
    [
      'stance',
      { stance: ['SPLIT', 'STAGGERED'] },
      (s) => ['SPLIT', 'STAGGERED'].includes(s.stance),
    ],
    ['body position', { position: ['SIDE_LYING'] }, (s) => s.position === 'SIDE_LYING'],
    ['tempo intent', { tempoIntent: ['EXPLOSIVE'] }, (s) => s.tempoIntent === 'EXPLOSIVE'],
    ['load kind', { loadKind: ['ELASTIC'] }, (s) => s.loadKind === 'ELASTIC'],
    [
      'equipment',
      { equipment: ['DUMBBELL', 'KETTLEBELL'] },
      (s) => s.equipment.some((e) => ['DUMBBELL', 'KETTLEBELL'].includes(e)),
    ],
    ['body region', { region: ['FOOT_ANKLE'] }, (s) => s.regions.includes('FOOT_ANKLE')],
    [
      'primary muscle',
      { muscle: ['GLUTEUS_MEDIUS'] },
      (s) => s.primaryMuscles.includes('GLUTEUS_MEDIUS'),
    ],
    [
      'running focus',
      { focus: ['ACHILLES_TENDINOPATHY'] },
      (s) => s.focus.includes('ACHILLES_TENDINOPATHY'),
    ],
    [
      'difficulty range',
      { difficultyMin: 2, difficultyMax: 3 },
      (s) => s.difficulty >= 2 && s.difficulty <= 3,
    ],
    [
      'status',
      { status: ['DRAFT', 'IN_REVIEW'] },
      (s) => ['DRAFT', 'IN_REVIEW'].includes(s.status),
    ],
    [
      'text in name, aliases or summary, case-insensitive',
      { text: 'LUNGE' },
      (s) => [s.name, s.summary, ...s.aliases].some((x) => x.toLowerCase().includes('lunge')),
    ],
    [
      'several facets at once',
      { planesAny: ['SAGITTAL'], stance: ['SINGLE_LEG'], difficultyMin: 3 },
      (s) => s.planes.includes('SAGITTAL') && s.stance === 'SINGLE_LEG' && s.difficulty >= 3,
    ],
  ])('filters by %s', async (_label, filter, keep) => {
    await expectSlugs(filter, keep);
  });

  it('reads only the columns a page asks for', async () => {
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    try {
      const res = await t.gql(
        graphql(`
          query CatalogueNames {
            exercises(first: 5) {
              nodes {
                slug
                name
              }
            }
          }
        `),
      );
      expect(res.body.data!.exercises).toBeDefined();
      const sql = spy.mock.calls.map((call) => String(call[0])).join('\n');
      expect(sql).toContain('"e"."slug"');
      expect(sql).not.toContain('"e"."steps"');
      spy.mockClear();
      await t.gql(
        graphql(`
          query CatalogueSteps {
            exercises(first: 5) {
              nodes {
                slug
                steps
                tempo {
                  notation
                }
              }
            }
          }
        `),
      );
      const full = spy.mock.calls.map((call) => String(call[0])).join('\n');
      expect(full).toContain('"e"."steps"');
      expect(full).toContain('"e"."tempo_notation"');
    } finally {
      spy.mockRestore();
    }
  });

  it('treats % and _ in the text filter literally', async () => {
    expect(await allSlugs({ text: '%' })).toEqual([]);
    expect(await allSlugs({ text: '_' })).toEqual([]);
  });

  it('pages through the catalogue by name without gaps or repeats', async () => {
    const paged = await allSlugs({}, 7);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.sort()).toEqual(live.map((s) => s.slug).sort());
    const first = await t.gql(LIST, { first: 5 });
    const names = first.body.data!.exercises.edges.map((e) => e.node.name);
    expect(names).toEqual(
      [...live.map((s) => s.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 5),
    );
    expect(first.body.data!.exercises.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['first of 0', { first: 0 }, 'first', 'first must not be less than 1'],
    ['first of 101', { first: 101 }, 'first', 'first must not be greater than 100'],
    [
      'a forged cursor',
      { after: 'bm90LWEtY3Vyc29y' },
      'after',
      'after is not a cursor returned by this list',
    ],
    [
      'an inverted difficulty range',
      { filter: { difficultyMin: 4, difficultyMax: 2 } },
      'filter.difficultyMin',
      'difficultyMin cannot be above difficultyMax',
    ],
    [
      'a difficulty of 9',
      { filter: { difficultyMax: 9 } },
      'filter.difficultyMax',
      'difficultyMax must not be greater than 5',
    ],
  ])('rejects %s with BAD_USER_INPUT', async (_label, variables, field, message) => {
    const error = onlyError(await t.gql(LIST, variables));
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field, message }],
    });
  });

  it('refuses seed files that break a rule, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-seeds-'));
    try {
      mkdirSync(join(dir, 'exercises'));
      const [sample] = seeds;
      const { planes: _planes, ...untagged } = sample;
      writeFileSync(
        join(dir, 'exercises', 'bad.json'),
        JSON.stringify([
          { ...untagged, slug: 'untagged-published' },
          { ...sample, difficulty: 9 },
        ]),
      );
      writeFileSync(join(dir, 'progressions.json'), '[]');
      const seeder = t.running.app.get(LibrarySeeder);
      const error = await seeder.seed(dir).then(
        () => null,
        (e: Error) => e,
      );
      expect(String(error)).toContain(
        'bad.json[0] untagged-published: a PUBLISHED exercise needs PLANES',
      );
      expect(String(error)).toContain(
        'bad.json[1]: difficulty: difficulty must not be greater than 5',
      );
      const found = await t.gql(
        graphql(`
          query CatalogueUntagged {
            exercise(by: { slug: "untagged-published" }) {
              id
            }
          }
        `),
      );
      expect(found.body).toEqual({ data: { exercise: null } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('re-seeding changes nothing, and restores an edited seed exercise', async () => {
    const seeder = t.running.app.get(LibrarySeeder);
    expect(await seeder.seed()).toMatchObject({ created: 0, updated: 0, unchanged: seeds.length });
    const target = seeds[0];
    const before = await t.gql(
      graphql(`
        query CatalogueVersion($slug: String!) {
          exercise(by: { slug: $slug }) {
            id
            version
          }
        }
      `),
      { slug: target.slug },
    );
    const { id, version } = before.body.data!.exercise!;
    await t.gql(
      graphql(`
        mutation CatalogueEditName($id: ID!, $v: Int!) {
          updateExercise(input: { id: $id, expectedVersion: $v, name: "Edited" }) {
            id
          }
        }
      `),
      { id, v: version },
    );
    expect(await seeder.seed()).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: seeds.length - 1,
    });
    const after = await t.gql(
      graphql(`
        query CatalogueNameVersion($slug: String!) {
          exercise(by: { slug: $slug }) {
            name
            version
          }
        }
      `),
      { slug: target.slug },
    );
    expect(after.body.data!.exercise).toEqual({ name: target.name, version: version + 2 });
  });
});

describe('the seed library covers what a runner clinic needs', () => {
  const count = (keep: (s: SeedRecord) => boolean) => seeds.filter(keep).length;

  it('has every plane, stance, tempo intent and load kind', () => {
    for (const plane of ['SAGITTAL', 'FRONTAL', 'TRANSVERSE'])
      expect(count((s) => s.planes.includes(plane))).toBeGreaterThan(0);
    for (const stance of ['BILATERAL', 'SPLIT', 'STAGGERED', 'SINGLE_LEG', 'NONE'])
      expect(count((s) => s.stance === stance)).toBeGreaterThan(0);
    for (const intent of ['ISOMETRIC', 'SLOW_CONTROLLED', 'MODERATE', 'FAST', 'EXPLOSIVE']) {
      expect(count((s) => s.tempoIntent === intent)).toBeGreaterThan(0);
    }
    for (const kind of ['BODYWEIGHT', 'EXTERNAL', 'ELASTIC', 'ASSISTED'])
      expect(count((s) => s.loadKind === kind)).toBeGreaterThan(0);
  });

  it('has the single-leg and out-of-sagittal work runners under-train', () => {
    expect(count((s) => s.stance === 'SINGLE_LEG')).toBeGreaterThanOrEqual(15);
    expect(count((s) => s.planes.includes('FRONTAL'))).toBeGreaterThanOrEqual(12);
    expect(count((s) => s.planes.includes('TRANSVERSE'))).toBeGreaterThanOrEqual(10);
  });
});
