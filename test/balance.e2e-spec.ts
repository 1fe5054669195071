import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { exerciseInput } from './support/fixtures.js';
import { type Caller, onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { ownStatements } from './support/statements.js';
import { graphql } from './graphql/index.js';
import type { ProgramBalanceQuery } from './graphql/graphql.js';

interface Facets {
  slug: string;
  name: string;
  planes: string[];
  stance: string;
  tempoIntent: string;
  loadKind: string;
  regions: string[];
  focus: string[];
  difficulty: number;
  status: string;
}

const seeds: Facets[] = readdirSync(join(SEEDS_DIR, 'exercises'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(SEEDS_DIR, 'exercises', f), 'utf8')) as Facets[]);
const seed = (slug: string) => seeds.find((s) => s.slug === slug)!;

const BALANCE = graphql(`
  query ProgramBalance($items: [ProgramItemInput!]!) {
    programBalance(items: $items) {
      exerciseCount
      medianDifficulty
      summary
      planes {
        value
        count
        share
      }
      stances {
        value
        count
        share
      }
      tempoIntents {
        value
        count
        share
      }
      loadKinds {
        value
        count
        share
      }
      gaps {
        facet
        missing
        priority
        reason
        suggestions {
          slug
          name
          status
          difficulty
          planes
          stance
          loadKind
          tempo {
            intent
          }
        }
      }
    }
  }
`);
type Balance = ProgramBalanceQuery['programBalance'];

/** Squat, bridge, hinge, calf raise and split squat: forward and back, on two feet, slow. */
const SAGITTAL_ONLY = [
  'bodyweight-squat',
  'glute-bridge',
  'wall-hip-hinge',
  'double-leg-calf-raise',
  'split-squat',
];
/** Lateral step-down, kettlebell single-leg RDL, Pallof press, lateral bound. */
const BALANCED = [
  'lateral-step-down',
  'kettlebell-single-leg-rdl',
  'standing-pallof-press',
  'lateral-bound',
];

/** The status changes that bring a new exercise to each status. */
const WORKFLOW: Record<string, string[]> = {
  DRAFT: [],
  PUBLISHED: ['IN_REVIEW', 'PUBLISHED'],
  ARCHIVED: ['IN_REVIEW', 'PUBLISHED', 'ARCHIVED'],
};

const FILLS: Record<string, (e: Facets, missing: string[]) => boolean> = {
  PLANE: (e, missing) => e.planes.some((p) => missing.includes(p)),
  STANCE: (e, missing) => missing.includes(e.stance),
  TEMPO_INTENT: (e, missing) => missing.includes(e.tempoIntent),
  LOAD_KIND: (e, missing) => missing.includes(e.loadKind),
};

describe('programBalance: spread, gaps and suggestions', () => {
  let t: TestApp;
  const ids = new Map<string, string>();
  const item = (slug: string) => ({
    exerciseId: ids.get(slug) ?? slug,
    sets: 3,
    reps: 10,
    sessionsPerWeek: 3,
  });
  const balance = (slugs: string[], as?: Caller) => t.gql(BALANCE, { items: slugs.map(item) }, as);
  async function balanceOf(slugs: string[], as?: Caller): Promise<Balance> {
    const res = await balance(slugs, as);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.programBalance;
  }

  /** Fills every gap of the sagittal-only program and shares all its regions and focus. */
  const ideal = (slug: string, name: string): Facets => {
    const program = SAGITTAL_ONLY.map(seed);
    return {
      slug,
      name,
      planes: ['FRONTAL', 'TRANSVERSE'],
      stance: 'SINGLE_LEG',
      tempoIntent: 'FAST',
      loadKind: 'EXTERNAL',
      regions: [...new Set(program.flatMap((e) => e.regions))],
      focus: [...new Set(program.flatMap((e) => e.focus))],
      difficulty: 1,
      status: 'PUBLISHED',
    };
  };
  const published = ideal('aa-ideal-published', 'AA ideal published');
  const mine: Facets[] = [
    published,
    { ...ideal('aa-ideal-draft', 'AA ideal draft'), status: 'DRAFT' },
    { ...ideal('aa-ideal-archived', 'AA ideal archived'), status: 'ARCHIVED' },
  ];

  async function create(e: Facets): Promise<void> {
    const { slug, name, planes, stance, tempoIntent, loadKind, regions, focus, difficulty } = e;
    const res = await t.gql(
      graphql(`
        mutation BalanceCreateExercise($input: CreateExerciseInput!) {
          createExercise(input: $input) {
            id
            version
          }
        }
      `),
      {
        // The facets are the table's plain strings: spread over the typed fixture.
        input: {
          ...exerciseInput({
            tempo: '1-0-X-0',
            equipment: ['DUMBBELL'],
            intensity: { scale: 'MASS', value: 8, unit: 'KG' },
          }),
          ...{ slug, name, planes, stance, tempoIntent, loadKind, regions, focus, difficulty },
        },
      },
    );
    expect(res.body.errors).toBeUndefined();
    const { id } = res.body.data!.createExercise;
    let { version } = res.body.data!.createExercise;
    for (const status of WORKFLOW[e.status]) {
      const moved = await t.gql(
        graphql(`
          mutation BalanceChangeStatus($input: ChangeStatusInput!) {
            changeExerciseStatus(input: $input) {
              version
            }
          }
        `),
        { input: { id, expectedVersion: version, status } },
      );
      expect(moved.body.errors).toBeUndefined();
      version = moved.body.data!.changeExerciseStatus.version;
    }
    ids.set(slug, id);
  }

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    for (const e of mine) await create(e);
    const rows: { id: string; slug: string }[] = await t.dataSource.query(
      'SELECT id, slug FROM exercise',
    );
    for (const row of rows) ids.set(row.slug, row.id);
  });
  afterAll(() => t.close());

  /** The ranking the service promises, worked out from the seed files. */
  function expectedSuggestions(gap: { facet: string; missing: string[] }, program: string[]) {
    const items = program.map(seed);
    const sorted = items.map((e) => e.difficulty).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    const regions = new Set(items.flatMap((e) => e.regions));
    const focus = new Set(items.flatMap((e) => e.focus));
    const shared = (e: Facets) =>
      e.regions.filter((r) => regions.has(r)).length + e.focus.filter((f) => focus.has(f)).length;
    return [...seeds, ...mine]
      .filter((e) => e.status === 'PUBLISHED' && !program.includes(e.slug))
      .filter((e) => FILLS[gap.facet](e, gap.missing))
      .filter((e) => Math.abs(e.difficulty - median) <= 1)
      .sort(
        (a, b) =>
          Math.abs(a.difficulty - median) - Math.abs(b.difficulty - median) ||
          shared(b) - shared(a) ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      )
      .slice(0, 3)
      .map((e) => e.slug);
  }

  it('finds the frontal, transverse and single-leg gaps of a sagittal-only program', async () => {
    const result = await balanceOf(SAGITTAL_ONLY);
    expect(result.exerciseCount).toBe(5);
    expect(result.medianDifficulty).toBe(1);
    expect(result.gaps.map((g) => [g.facet, g.missing, g.priority])).toEqual([
      ['PLANE', ['FRONTAL'], 'HIGH'],
      ['STANCE', ['SINGLE_LEG'], 'HIGH'],
      ['PLANE', ['TRANSVERSE'], 'MEDIUM'],
      ['TEMPO_INTENT', ['FAST', 'EXPLOSIVE'], 'MEDIUM'],
      ['LOAD_KIND', ['EXTERNAL', 'ELASTIC'], 'LOW'],
    ]);
    expect(result.summary).toMatch(/^5 gaps, 2 high priority: no frontal-plane/);
  });

  it('suggests published exercises at a similar difficulty, not in the program, never drafts', async () => {
    // As a clinician, who may see drafts and archived exercises: suggestions are still published.
    const result = await balanceOf(SAGITTAL_ONLY, 'clinician');
    for (const gap of result.gaps) {
      const slugs = gap.suggestions.map((s) => s.slug);
      expect(slugs).toEqual(expectedSuggestions(gap, SAGITTAL_ONLY));
      expect(slugs).toHaveLength(3);
      // The ideal exercise fills every gap at the program's difficulty and fits it best.
      expect(slugs[0]).toBe(published.slug);
      expect(slugs).not.toContain('aa-ideal-draft');
      expect(slugs).not.toContain('aa-ideal-archived');
      for (const s of gap.suggestions) {
        expect(s.status).toBe('PUBLISHED');
        expect(Math.abs(s.difficulty - 1)).toBeLessThanOrEqual(1);
        expect(SAGITTAL_ONLY).not.toContain(s.slug);
      }
    }
    const frontal = result.gaps[0].suggestions;
    expect(frontal.every((s) => s.planes.includes('FRONTAL'))).toBe(true);
    const singleLeg = result.gaps[1].suggestions;
    expect(singleLeg.every((s) => s.stance === 'SINGLE_LEG')).toBe(true);
  });

  it('finds no gap in a balanced program', async () => {
    const result = await balanceOf(BALANCED, 'anonymous');
    expect(result.gaps).toEqual([]);
    expect(result.summary).toMatch(/^Balanced/);
  });

  it('counts the spread, every value listed, a multiplanar exercise in each of its planes', async () => {
    // Listed twice (once per side, say): counts twice. The balance reach is in all three planes.
    const result = await balanceOf(
      ['lateral-step-down', 'lateral-step-down', 'single-leg-balance-reach', 'glute-bridge'],
      'staff',
    );
    expect(result.exerciseCount).toBe(4);
    expect(result.planes).toEqual([
      { value: 'SAGITTAL', count: 4, share: 1 },
      { value: 'FRONTAL', count: 3, share: 0.75 },
      { value: 'TRANSVERSE', count: 1, share: 0.25 },
    ]);
    // The glute bridge pushes through both feet: BILATERAL (issue 17's stance rule).
    expect(result.stances).toEqual([
      { value: 'BILATERAL', count: 1, share: 0.25 },
      { value: 'SPLIT', count: 0, share: 0 },
      { value: 'STAGGERED', count: 0, share: 0 },
      { value: 'SINGLE_LEG', count: 3, share: 0.75 },
      { value: 'NONE', count: 0, share: 0 },
    ]);
    // ISOMETRIC, STRETCH (issue 17), SLOW_CONTROLLED, MODERATE, FAST, EXPLOSIVE
    expect(result.tempoIntents.map((s) => s.count)).toEqual([0, 0, 4, 0, 0, 0]);
    expect(result.loadKinds.map((s) => [s.value, s.count])).toEqual([
      ['BODYWEIGHT', 4],
      ['EXTERNAL', 0],
      ['ELASTIC', 0],
      ['ASSISTED', 0],
    ]);
    expect(result.gaps.map((g) => g.facet)).toEqual(['TEMPO_INTENT', 'LOAD_KIND']);
  });

  it('answers an empty program with zeros and no gaps', async () => {
    const result = await balanceOf([], 'anonymous');
    expect(result).toMatchObject({ exerciseCount: 0, medianDifficulty: null, gaps: [] });
    expect(result.planes.map((s) => s.count)).toEqual([0, 0, 0]);
    expect(result.summary).toMatch(/^Empty program/);
  });

  it('is NOT_FOUND for an unknown id, naming it', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const error = onlyError(await balance(['glute-bridge', unknown]));
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.message).toContain(unknown);
  });

  it('is NOT_FOUND for a draft unless the viewer may see drafts', async () => {
    const draft = ids.get('hip-airplane')!;
    expect(seed('hip-airplane').status).toBe('DRAFT');
    for (const as of ['anonymous', 'staff'] as const) {
      const error = onlyError(await balance(['glute-bridge', 'hip-airplane'], as));
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.message).toContain(draft);
    }
    const seen = await balanceOf(['glute-bridge', 'hip-airplane'], 'clinician');
    expect(seen.exerciseCount).toBe(2);
  });

  it('refuses more than 40 items, naming the field, and malformed ids', async () => {
    const tooMany = onlyError(await balance(Array(41).fill('glute-bridge')));
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.extensions?.fields?.map((f) => f.field)).toEqual(['items']);
    expect((await balanceOf(Array(40).fill('glute-bridge'))).exerciseCount).toBe(40);
    const malformed = onlyError(await balance(['glute-bridge', 'not-a-uuid']));
    expect(malformed.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.extensions?.fields?.[0].field).toMatch(/^items.*1.*exerciseId$/);
  });

  it('costs a small, fixed number of statements whatever the program length', async () => {
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    const statements = async (slugs: string[]) => {
      spy.mockClear();
      const result = await balanceOf(slugs, 'anonymous');
      expect(result.gaps.length).toBeGreaterThan(0);
      return ownStatements(spy.mock.calls).length;
    };
    try {
      const five = await statements(SAGITTAL_ONLY);
      const forty = await statements(Array.from({ length: 8 }, () => SAGITTAL_ONLY).flat());
      // the program's exercises, then every gap's suggestions at once
      expect(five).toBe(2);
      expect(forty).toBe(five);
    } finally {
      spy.mockRestore();
    }
  });
});
