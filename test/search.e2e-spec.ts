import { jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { exerciseInput } from './support/fixtures.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type {
  ExerciseFacetsQuery,
  SearchExercisesQuery,
  SearchExercisesQueryVariables,
} from './graphql/graphql.js';

interface Seed {
  slug: string;
  name: string;
  status: string;
  stance: string;
  planes: string[];
  tempoIntent: string;
  loadKind: string;
  equipment: string[];
  regions: string[];
  focus: string[];
  difficulty: number;
  position: string;
}
const seeds: Seed[] = readdirSync(join(SEEDS_DIR, 'exercises')).flatMap(
  (f) => JSON.parse(readFileSync(join(SEEDS_DIR, 'exercises', f), 'utf8')) as Seed[],
);
const published = seeds.filter((s) => s.status === 'PUBLISHED');

const SEARCH = graphql(`
  query SearchExercises($query: String!, $filter: ExerciseFilter, $first: Int, $after: String) {
    searchExercises(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        score
        node {
          slug
          name
          planes
          status
        }
      }
    }
  }
`);

describe('search and facets for the apps', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
  });
  afterAll(() => t.close());

  const search = async (variables: SearchExercisesQueryVariables) => {
    const res = await t.gql(SEARCH, { first: 20, ...variables });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.searchExercises;
  };

  it('ranks exercises named after the words above those that only mention them', async () => {
    const { edges } = await search({ query: 'lunge' });
    const named = edges.filter((e) => /lunge/i.test(e.node.name));
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect(edges.slice(0, named.length).every((e) => /lunge/i.test(e.node.name))).toBe(true);
    expect(edges.length).toBeGreaterThan(named.length); // summaries, steps and cues match too
    const scores = edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  const slugs = async (query: string, first = 5) =>
    (await search({ query, first })).edges.map((e) => e.node.slug);

  // The ranking is part of the contract: exact name, name starting with the query, every word
  // starting a name word, an alias word, other text; shorter names first, then name, then id.
  it.each([
    [
      'plank',
      [
        'plank-shoulder-tap',
        'side-plank',
        'front-plank',
        'copenhagen-plank',
        'side-plank-on-knees',
      ],
    ],
    [
      'side plank',
      ['side-plank', 'side-plank-on-knees', 'side-plank-with-leg-lift', 'copenhagen-plank'],
    ],
    // issue 17 added the lunge matrix ("Lunge matrix ...": starts with the word) and the curtsy
    // lunge (a shorter name than the lateral lunge)
    ['lunge', ['lunge-matrix-with-turn', 'curtsy-lunge', 'lateral-lunge', 'reverse-lunge']],
    [
      'bridge',
      [
        'glute-bridge',
        'long-lever-bridge-hold',
        'single-leg-glute-bridge',
        'single-leg-glute-bridge-march',
      ],
    ],
    [
      'hop',
      [
        // issue 17's hop clock: its name starts with the word
        'hop-clock',
        'pogo-hops',
        'skater-hop',
        'lateral-line-hops',
        'single-leg-lateral-hop',
      ],
    ],
    ['copenhagen', ['copenhagen-plank', 'copenhagen-plank-short-lever']],
    ['glute bri', ['glute-bridge', 'single-leg-glute-bridge', 'single-leg-glute-bridge-march']],
  ])('ranks %s in a fixed order', async (query, expected) => {
    expect(await slugs(query, expected.length)).toEqual(expected);
  });

  it('finds as the user types: a word prefix matches whole words', async () => {
    expect(await slugs('lun', 3)).toEqual([
      'lunge-matrix-with-turn',
      'curtsy-lunge',
      'lateral-lunge',
    ]);
    expect(await slugs('copenh', 2)).toEqual(['copenhagen-plank', 'copenhagen-plank-short-lever']);
  });

  it('finds a word only an alias holds, after names', async () => {
    // "woodchop" is in no name: an alias of the cable chop ("kneeling woodchop").
    expect(await slugs('woodchop')).toEqual(['half-kneeling-cable-chop']);
  });

  it('scores tiers from 10 (exact name) down: "Side plank on knees" starts with the query', async () => {
    const { edges } = await search({ query: 'side plank', first: 3 });
    expect(edges.map((e) => e.score)).toEqual([10, 9, 9]);
  });

  it('puts the exact name first', async () => {
    const { edges } = await search({ query: 'side plank' });
    expect(edges[0].node.slug).toBe('side-plank');
  });

  it('reads a page in one statement, only the selected columns, and counts only when asked', async () => {
    const page = (fields: string) =>
      `query { searchExercises(query: "lunge", first: 3) { ${fields} nodes { slug name } } }`;
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    const statements = async (fields: string) => {
      spy.mockClear();
      const res = await t.gql<{ searchExercises: { nodes: { slug: string }[] } }>(
        page(fields),
        {},
        'anonymous', // a clinician's token costs a statement of its own
      );
      const sql = spy.mock.calls.map((call) => String(call[0]));
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.searchExercises.nodes.map((n) => n.slug)).toEqual(
        await slugs('lunge', 3),
      );
      return sql;
    };
    try {
      const [sql, ...more] = await statements('');
      expect(more).toEqual([]);
      expect(sql).toContain("'slug'"); // the page's rows come back with the ranking
      expect(sql).not.toContain("'steps'");
      expect((await statements('totalCount')).length).toBeGreaterThan(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('corrects misspelt words when the words as typed find few exercises', async () => {
    expect((await search({ query: 'copenhagn plank' })).edges[0].node.name).toMatch(
      /Copenhagen plank/,
    );
    expect((await search({ query: 'lateral lunnge' })).edges[0].node.slug).toBe('lateral-lunge');
    const typo = await search({ query: 'lunnge', first: 3 });
    expect(typo.edges.map((e) => e.node.slug)).toEqual(await slugs('lunge', 3));
    expect(typo.totalCount).toBe((await search({ query: 'lunge' })).totalCount);
    expect(typo.edges.every((e) => e.score < 6)).toBe(true); // below every typed-word match
  });

  it('combines with facet filters', async () => {
    const { edges } = await search({ query: 'plank', filter: { planesAny: ['FRONTAL'] } });
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.planes.includes('FRONTAL'))).toBe(true);
    const all = await search({ query: 'plank' });
    expect(all.edges.length).toBeGreaterThan(edges.length);
  });

  it('searches published content only, unless a status is asked for', async () => {
    const created = await t.gql(
      graphql(`
        mutation SearchCreateExercise($input: CreateExerciseInput!) {
          createExercise(input: $input) {
            id
          }
        }
      `),
      {
        input: exerciseInput({ slug: 'zebra-crossing-lunge', name: 'Zebra crossing lunge' }),
      },
    );
    expect(created.body.errors).toBeUndefined();
    expect((await search({ query: 'zebra' })).edges).toEqual([]);
    const drafts = await search({ query: 'zebra', filter: { status: ['DRAFT'] } });
    expect(drafts.edges.map((e) => e.node.slug)).toEqual(['zebra-crossing-lunge']);
    expect(
      (await search({ query: 'lunge' })).edges.every((e) => e.node.status === 'PUBLISHED'),
    ).toBe(true);
  });

  it('pages through a common word the same way as reading it whole', async () => {
    const all = await search({ query: 'lunge', first: 100 });
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: SearchExercisesQuery['searchExercises'] = await search({
        query: 'lunge',
        first: 3,
        after,
      });
      expect(page.totalCount).toBe(all.totalCount);
      paged.push(...page.edges.map((e) => e.node.slug));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.edges.map((e) => e.node.slug));
    expect(all.totalCount).toBe(all.edges.length);
  });

  it('pages through the ranking without repeats', async () => {
    const all = await search({ query: 'hip', first: 100 });
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(6);
    const slugs: string[] = [];
    let after: string | null = null;
    do {
      const page: SearchExercisesQuery['searchExercises'] = await search({
        query: 'hip',
        first: 4,
        after,
      });
      slugs.push(...page.edges.map((e) => e.node.slug));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(slugs).toEqual(all.edges.map((e) => e.node.slug));
  });

  it('finds nothing for words in no exercise', async () => {
    const none = await search({ query: 'xylophone' });
    expect(none).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it.each([
    ['a blank query', { query: '   ' }, 'query', 'query must not be blank'],
    [
      'a list cursor',
      { query: 'hip', after: 'WyJhIiwiYiJd' },
      'after',
      'after is not a cursor returned by this search',
    ],
    ['first over 100', { query: 'hip', first: 500 }, 'first', 'first must not be greater than 100'],
  ])('rejects %s', async (_label, variables, field, message) => {
    expect(onlyError(await t.gql(SEARCH, variables)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field, message }],
    });
  });

  describe('exerciseFacets', () => {
    const FACETS = graphql(`
      query ExerciseFacets($filter: ExerciseFilter, $query: String) {
        exerciseFacets(filter: $filter, query: $query) {
          total
          planes {
            value
            count
          }
          stance {
            value
            count
          }
          position {
            value
            count
          }
          tempoIntent {
            value
            count
          }
          loadKind {
            value
            count
          }
          equipment {
            value
            count
          }
          region {
            value
            count
          }
          focus {
            value
            count
          }
          difficulty {
            value
            count
          }
        }
      }
    `);
    type Facet = Exclude<keyof ExerciseFacetsQuery['exerciseFacets'], 'total'>;

    const expected = (
      rows: Seed[],
      pick: (s: Seed) => (string | number)[],
      value: string | number,
    ) => rows.filter((s) => pick(s).includes(value)).length;

    it('counts every value of every facet over the published library', async () => {
      const res = await t.gql(FACETS);
      expect(res.body.errors).toBeUndefined();
      const facets = res.body.data!.exerciseFacets;
      expect(facets.total).toBe(published.length);
      const checks: [Facet, (s: Seed) => (string | number)[]][] = [
        ['planes', (s) => s.planes],
        ['stance', (s) => [s.stance]],
        ['position', (s) => [s.position]],
        ['tempoIntent', (s) => [s.tempoIntent]],
        ['loadKind', (s) => [s.loadKind]],
        ['equipment', (s) => s.equipment],
        ['region', (s) => s.regions],
        ['focus', (s) => s.focus],
        ['difficulty', (s) => [s.difficulty]],
      ];
      for (const [facet, pick] of checks) {
        for (const { value, count } of facets[facet]) {
          expect({ facet, value, count }).toEqual({
            facet,
            value,
            count: expected(published, pick, value),
          });
        }
      }
      expect(facets.stance.map((c) => c.value)).toEqual([
        'BILATERAL',
        'SPLIT',
        'STAGGERED',
        'SINGLE_LEG',
        'NONE',
      ]);
      expect(facets.planes.find((c) => c.value === 'FRONTAL')!.count).toBeGreaterThan(0);
    });

    it('counts within the current filter, zeros included', async () => {
      const res = await t.gql(FACETS, {
        filter: { stance: ['SINGLE_LEG'] },
      });
      const facets = res.body.data!.exerciseFacets;
      const singleLeg = published.filter((s) => s.stance === 'SINGLE_LEG');
      expect(facets.total).toBe(singleLeg.length);
      expect(facets.stance).toContainEqual({ value: 'BILATERAL', count: 0 });
      expect(facets.planes).toContainEqual({
        value: 'FRONTAL',
        count: expected(singleLeg, (s) => s.planes, 'FRONTAL'),
      });
    });

    it('counts within a search', async () => {
      const res = await t.gql(FACETS, { query: 'plank' });
      const hits = await search({ query: 'plank', first: 100 });
      expect(res.body.data!.exerciseFacets.total).toBe(hits.totalCount);
    });
  });
});
