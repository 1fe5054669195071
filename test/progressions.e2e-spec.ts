import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { SEEDS_DIR } from '../src/library-io/library-seeder.service.js';
import { exerciseInput } from './support/fixtures.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { ownStatements } from './support/statements.js';
import { graphql } from './graphql/index.js';
import type { LinkExercisesInput, ProgressionKind } from './graphql/graphql.js';

interface SeedEdge {
  from: string;
  to: string;
  kind: string;
  changes: string[];
  criterion: string;
  order: number;
}
const seedEdges: SeedEdge[] = JSON.parse(
  readFileSync(join(SEEDS_DIR, 'progressions.json'), 'utf8'),
);

const LINK = graphql(`
  mutation LinkExercises($input: LinkExercisesInput!) {
    linkExercises(input: $input) {
      id
      kind
      changes
      criterion
      order
      from {
        slug
      }
      to {
        slug
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveProgression($id: ID!) {
    removeProgression(input: { id: $id }) {
      removedProgressionId
      from {
        slug
      }
      to {
        slug
      }
    }
  }
`);

describe('progressions: a graph of easier, harder and sideways variants', () => {
  let t: TestApp;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    const rows: { id: string; slug: string }[] = await t.dataSource.query(
      'SELECT id, slug FROM exercise',
    );
    for (const row of rows) ids.set(row.slug, row.id);
  });
  afterAll(() => t.close());

  /** A fresh exercise of the given difficulty, for tests that change the graph. */
  async function exercise(slug: string, difficulty = 2): Promise<string> {
    const res = await t.gql(
      graphql(`
        mutation ProgressionsCreateExercise($input: CreateExerciseInput!) {
          createExercise(input: $input) {
            id
          }
        }
      `),
      { input: exerciseInput({ slug, difficulty }) },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise.id;
  }

  const link = (
    fromId: string,
    toId: string,
    kind: ProgressionKind = 'PROGRESSION',
    extra: Partial<LinkExercisesInput> = {},
  ) =>
    t.gql(LINK, {
      input: { fromId, toId, kind, changes: ['STANCE'], criterion: '3 x 10 pain-free', ...extra },
    });

  it('gives the single-leg squat ladder: every step, what changes and when to advance', async () => {
    const res = await t.gql(
      graphql(`
        query SquatLadder {
          exercise(by: { slug: "single-leg-squat-to-box" }) {
            ladder {
              level
              exercise {
                slug
              }
              via {
                changes
                criterion
                from {
                  slug
                }
                to {
                  slug
                }
              }
            }
          }
        }
      `),
    );
    expect(res.body.errors).toBeUndefined();
    const ladder = res.body.data!.exercise!.ladder;
    // Issue 17: the step-down hangs from the split squat, and the assisted single-leg squat sits
    // between the step-down and the box squat.
    const chain = [
      'bodyweight-squat',
      'split-squat',
      'forward-step-down',
      'assisted-single-leg-squat-to-box',
      'single-leg-squat-to-box',
    ];
    for (const [i, slug] of chain.entries()) {
      const step = ladder.find((s) => s.exercise.slug === slug);
      expect({ slug, level: step?.level }).toEqual({ slug, level: i - 4 });
      if (i < 4) {
        const edge = seedEdges.find((e) => e.from === slug && e.to === chain[i + 1])!;
        expect(step!.via).toMatchObject({ changes: edge.changes, criterion: edge.criterion });
      }
    }
    expect(ladder.find((s) => s.level === 0)).toMatchObject({
      exercise: { slug: 'single-leg-squat-to-box' },
      via: null,
    });
    const levels = ladder.map((s) => s.level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });

  it('limits the ladder to the depth asked for, and rejects a depth out of range', async () => {
    const DEPTH = graphql(`
      query SquatLadderDepth($depth: Int) {
        exercise(by: { slug: "single-leg-squat-to-box" }) {
          ladder(depth: $depth) {
            level
          }
        }
      }
    `);
    const res = await t.gql(DEPTH, { depth: 1 });
    expect(res.body.data!.exercise!.ladder.every((s) => Math.abs(s.level) <= 1)).toBe(true);
    const error = onlyError(await t.gql(DEPTH, { depth: 0 }));
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'depth' }],
    });
  });

  it('lists progressions, regressions and variations of an exercise as seeded', async () => {
    // the march sits between the bridge and the single-leg bridge (issue 17): edges both ways
    const slug = 'single-leg-glute-bridge-march';
    const res = await t.gql(
      graphql(`
        query ProgressionLists($slug: String!) {
          exercise(by: { slug: $slug }) {
            progressions {
              order
              to {
                slug
              }
            }
            regressions {
              from {
                slug
              }
            }
            variations {
              from {
                slug
              }
              to {
                slug
              }
            }
          }
        }
      `),
      { slug },
    );
    const data = res.body.data!.exercise!;
    const progressions = seedEdges.filter((e) => e.kind === 'PROGRESSION' && e.from === slug);
    expect(progressions.length).toBeGreaterThan(0);
    expect(data.progressions.map((p) => p.to.slug)).toEqual(
      [...progressions].sort((a, b) => a.order - b.order).map((e) => e.to),
    );
    expect(data.regressions.map((p) => p.from.slug).sort()).toEqual(
      seedEdges
        .filter((e) => e.kind === 'PROGRESSION' && e.to === slug)
        .map((e) => e.from)
        .sort(),
    );
    const variation = seedEdges.find((e) => e.kind === 'VARIATION')!;
    const other = await t.gql(
      graphql(`
        query ProgressionVariations($slug: String!) {
          exercise(by: { slug: $slug }) {
            variations {
              from {
                slug
              }
              to {
                slug
              }
            }
          }
        }
      `),
      { slug: variation.to },
    );
    expect(other.body.data!.exercise!.variations).toContainEqual({
      from: { slug: variation.from },
      to: { slug: variation.to },
    });
  });

  it('batches the lists: a page costs the same number of statements for 10 or 50 exercises', async () => {
    const query = graphql(`
      query ProgressionPage($first: Int) {
        exercises(first: $first) {
          nodes {
            slug
            media {
              url
              altText
            }
            progressions {
              criterion
              to {
                slug
              }
            }
            regressions {
              from {
                slug
              }
            }
            variations {
              kind
              from {
                slug
              }
              to {
                slug
              }
            }
          }
        }
      }
    `);
    const logger = t.dataSource.logger;
    const spy = jest.spyOn(logger, 'logQuery');
    const statements = async (first: number) => {
      spy.mockClear();
      const res = await t.gql(query, { first });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.exercises.nodes).toHaveLength(first);
      return ownStatements(spy.mock.calls).length;
    };
    try {
      const ten = await statements(10);
      const fifty = await statements(50);
      // the page, the media of the page, all edges of the page, one batched lookup of their ends
      expect(fifty).toBe(ten);
      expect(fifty).toBeLessThanOrEqual(4);
      console.info(
        `statements for a page with media, progressions, regressions and variations: 10 -> ${ten}, 50 -> ${fifty}`,
      );
    } finally {
      spy.mockRestore();
    }
  });

  it('reads a detail with its edges and their ends in one statement, hiding drafts from anonymous callers', async () => {
    // the march sits between the bridge and the single-leg bridge (issue 17): edges both ways
    const slug = 'single-leg-glute-bridge-march';
    const harderDraft = await exercise('detail-harder-draft', 3);
    const sidewaysDraft = await exercise('detail-sideways-draft', 2);
    for (const res of [
      await link(ids.get(slug)!, harderDraft),
      await link(sidewaysDraft, ids.get(slug)!, 'VARIATION'),
    ]) {
      expect(res.body.errors).toBeUndefined();
    }
    const detail = graphql(`
      query ProgressionDetail($slug: String!) {
        exercise(by: { slug: $slug }) {
          id
          name
          steps
          tempo {
            intent
          }
          progressions {
            criterion
            changes
            order
            to {
              slug
              name
              status
            }
          }
          regressions {
            kind
            from {
              slug
              steps
            }
          }
          variations {
            from {
              slug
            }
            to {
              slug
            }
          }
        }
      }
    `);
    // The same fields through the batched loaders of a page: the reference.
    const page = graphql(`
      query ProgressionDetailReference($text: String!) {
        exercises(first: 5, filter: { text: $text }) {
          nodes {
            slug
            progressions {
              criterion
              changes
              order
              to {
                slug
                name
                status
              }
            }
            regressions {
              kind
              from {
                slug
                steps
              }
            }
            variations {
              from {
                slug
              }
              to {
                slug
              }
            }
          }
        }
      }
    `);
    const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
    try {
      for (const as of ['anonymous', 'clinician'] as const) {
        spy.mockClear();
        const res = await t.gql(detail, { slug }, as);
        expect(res.body.errors).toBeUndefined();
        // The sign-in check may re-read the session; it does not depend on the query.
        expect(ownStatements(spy.mock.calls)).toHaveLength(1);
        const { id, name, steps, tempo, ...edges } = res.body.data!.exercise!;
        expect({ id, name }).toEqual({ id: ids.get(slug), name: expect.any(String) });
        expect(steps.length).toBeGreaterThan(0);
        expect(tempo.intent).not.toBeUndefined();
        const listed = await t.gql(page, { text: 'single-leg glute bridge' }, as);
        const { slug: _, ...reference } = listed.body.data!.exercises.nodes.find(
          (n) => n.slug === slug,
        )!;
        expect(edges).toEqual(reference);
        const seen = [
          ...edges.progressions.map((p) => p.to.slug),
          ...edges.variations.map((v) => v.from.slug),
        ];
        if (as === 'anonymous') {
          expect(seen).not.toContain('detail-harder-draft');
          expect(seen).not.toContain('detail-sideways-draft');
          expect(edges.progressions.length).toBeGreaterThan(0);
        } else {
          expect(seen).toEqual(
            expect.arrayContaining(['detail-harder-draft', 'detail-sideways-draft']),
          );
        }
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('finds the shortest progression path in either direction', async () => {
    const harder = await t.gql(
      graphql(`
        query ProgressionPathHarder($from: ID!, $to: ID!) {
          progressionPath(from: $from, to: $to) {
            direction
            steps {
              from {
                slug
              }
              to {
                slug
              }
            }
          }
        }
      `),
      { from: ids.get('bodyweight-squat'), to: ids.get('single-leg-squat-to-box') },
    );
    const path = harder.body.data!.progressionPath!;
    expect(path.direction).toBe('HARDER');
    expect(path.steps[0].from.slug).toBe('bodyweight-squat');
    expect(path.steps.at(-1)!.to.slug).toBe('single-leg-squat-to-box');
    for (let i = 1; i < path.steps.length; i++)
      expect(path.steps[i].from.slug).toBe(path.steps[i - 1].to.slug);

    const easier = await t.gql(
      graphql(`
        query ProgressionPathEasier($from: ID!, $to: ID!) {
          progressionPath(from: $from, to: $to) {
            direction
            steps {
              from {
                slug
              }
            }
          }
        }
      `),
      { from: ids.get('single-leg-glute-bridge'), to: ids.get('glute-bridge') },
    );
    expect(easier.body.data!.progressionPath).toEqual({
      direction: 'EASIER',
      // walked from the harder end down: each step is an edge, read backwards (issue 17: the
      // march is the easier of the two single-leg bridges)
      steps: [
        { from: { slug: 'single-leg-glute-bridge-march' } },
        { from: { slug: 'glute-bridge' } },
      ],
    });

    const none = await t.gql(
      graphql(`
        query ProgressionPathNone($from: ID!, $to: ID!) {
          progressionPath(from: $from, to: $to) {
            direction
          }
        }
      `),
      { from: ids.get('glute-bridge'), to: ids.get('side-plank') },
    );
    expect(none.body).toEqual({ data: { progressionPath: null } });
  });

  it('links, updates and unlinks', async () => {
    const a = await exercise('link-a', 2);
    const b = await exercise('link-b', 3);
    const created = await link(a, b, 'PROGRESSION', { changes: ['LOAD', 'TEMPO'], order: 2 });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.linkExercises).toMatchObject({
      kind: 'PROGRESSION',
      changes: ['LOAD', 'TEMPO'],
      order: 2,
      from: { slug: 'link-a' },
      to: { slug: 'link-b' },
    });
    const id = created.body.data!.linkExercises.id;
    const updated = await t.gql(
      graphql(`
        mutation ProgressionUpdateCriterion($id: ID!) {
          updateProgression(input: { id: $id, criterion: "2 x 8 at RPE 7", order: 0 }) {
            criterion
            order
            changes
          }
        }
      `),
      { id },
    );
    expect(updated.body.data!.updateProgression).toEqual({
      criterion: '2 x 8 at RPE 7',
      order: 0,
      changes: ['LOAD', 'TEMPO'],
    });
    const removed = await t.gql(REMOVE, { id });
    expect(removed.body.data).toEqual({
      removeProgression: {
        removedProgressionId: id,
        from: { slug: 'link-a' },
        to: { slug: 'link-b' },
      },
    });
    const again = await t.gql(REMOVE, { id });
    expect(onlyError(again).extensions?.code).toBe('NOT_FOUND');
  });

  describe('refuses bad links with a clear error', () => {
    it('a self-link', async () => {
      const a = await exercise('self-a');
      const error = onlyError(await link(a, a));
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.toId', message: 'an exercise cannot be linked to itself' }],
      });
    });

    it('a duplicate, in either direction', async () => {
      const a = await exercise('dup-a');
      const b = await exercise('dup-b');
      expect((await link(a, b, 'VARIATION')).body.errors).toBeUndefined();
      for (const [x, y] of [
        [a, b],
        [b, a],
      ]) {
        const error = onlyError(await link(x, y, 'VARIATION'));
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toMatch(/are already linked \(VARIATION\)/);
      }
    });

    it('an unknown or malformed exercise id', async () => {
      const a = await exercise('unknown-a');
      expect(
        onlyError(await link(a, '00000000-0000-4000-8000-000000000009')).extensions?.code,
      ).toBe('NOT_FOUND');
      const bad = onlyError(await link(a, 'nope'));
      expect(bad.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.toId', message: 'toId must be a UUID' }],
      });
    });

    it('no changes named', async () => {
      const a = await exercise('nochange-a');
      const b = await exercise('nochange-b');
      const error = onlyError(await link(a, b, 'PROGRESSION', { changes: [] }));
      expect(error.extensions?.fields).toContainEqual({
        field: 'input.changes',
        message: 'changes should not be empty',
      });
    });

    it('a progression to an easier exercise', async () => {
      const hard = await exercise('easier-hard', 4);
      const easy = await exercise('easier-easy', 2);
      const error = onlyError(await link(hard, easy));
      expect(error.message).toContain(
        'a progression must not be easier: easier-easy is difficulty 2, easier-hard is 4',
      );
    });

    it('a progression that closes a cycle, naming the cycle', async () => {
      const a = await exercise('cycle-a');
      const b = await exercise('cycle-b');
      const c = await exercise('cycle-c');
      await link(a, b);
      await link(b, c);
      const error = onlyError(await link(c, a));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual([
        {
          field: 'input.toId',
          message:
            'linking cycle-c -> cycle-a would close a cycle: cycle-c -> cycle-a -> cycle-b -> cycle-c',
        },
      ]);
      // Sideways is fine: a VARIATION is not part of the harder/easier order.
      expect((await link(c, a, 'VARIATION')).body.errors).toBeUndefined();
    });

    it('turning a variation into a progression that closes a cycle', async () => {
      const a = await exercise('turn-a');
      const b = await exercise('turn-b');
      const c = await exercise('turn-c');
      await link(a, b);
      await link(b, c);
      const sideways = await link(c, a, 'VARIATION');
      const error = onlyError(
        await t.gql(
          graphql(`
            mutation ProgressionMakeProgression($id: ID!) {
              updateProgression(input: { id: $id, kind: PROGRESSION }) {
                id
              }
            }
          `),
          { id: sideways.body.data!.linkExercises.id },
        ),
      );
      expect(error.message).toContain('would close a cycle: turn-c -> turn-a -> turn-b -> turn-c');
    });

    it('a link to an archived exercise', async () => {
      const a = await exercise('arch-a');
      const b = await exercise('arch-b');
      await t.gql(
        graphql(`
          mutation ProgressionsArchive($id: ID!) {
            archiveExercise(input: { id: $id, expectedVersion: 1 }) {
              id
            }
          }
        `),
        { id: b },
      );
      expect(onlyError(await link(a, b)).message).toContain(
        'arch-b is archived and cannot be linked',
      );
    });
  });

  it('never leaves a cycle when opposite links race', async () => {
    const pairs = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => [
        await exercise(`race-${i}-a`),
        await exercise(`race-${i}-b`),
      ]),
    );
    const results = await Promise.all(pairs.flatMap(([a, b]) => [link(a, b), link(b, a)]));
    for (let i = 0; i < pairs.length; i++) {
      const [ab, ba] = [results[2 * i], results[2 * i + 1]];
      const outcomes = [ab, ba].map((r) => (r.body.errors ? r.body.errors[0].message : 'linked'));
      expect({ pair: i, outcomes }).toEqual({
        pair: i,
        outcomes: expect.arrayContaining(['linked']),
      });
      expect(outcomes.filter((o) => o === 'linked')).toHaveLength(1);
      expect(outcomes.find((o) => o !== 'linked')).toMatch(/would close a cycle/);
    }
    const cycles: unknown[] = await t.dataSource.query(`
      WITH RECURSIVE walk(start, node, depth) AS (
        SELECT from_id, to_id, 1 FROM progression WHERE kind = 'PROGRESSION'
        UNION ALL
        SELECT w.start, p.to_id, w.depth + 1 FROM walk w
        JOIN progression p ON p.from_id = w.node AND p.kind = 'PROGRESSION' WHERE w.depth < 60
      )
      SELECT start FROM walk WHERE node = start LIMIT 1`);
    expect(cycles).toEqual([]);
  });
});
