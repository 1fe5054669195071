import { onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { ProgramItemInput } from './graphql/graphql.js';

const CREATE = graphql(`
  mutation CreateProgramTemplate($input: CreateProgramTemplateInput!) {
    createProgramTemplate(input: $input) {
      ...ProgramTemplateFields
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateProgramTemplate($input: UpdateProgramTemplateInput!) {
    updateProgramTemplate(input: $input) {
      ...ProgramTemplateFields
    }
  }
`);

describe('program templates', () => {
  let t: TestApp;
  const ids = new Map<string, string>();
  const item = (slug: string, extra: Partial<ProgramItemInput> = {}): ProgramItemInput => ({
    exerciseId: ids.get(slug)!,
    sets: 3,
    reps: 10,
    sessionsPerWeek: 3,
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_EMPTY: 'true' });
    const rows: { id: string; slug: string }[] = await t.dataSource.query(
      'SELECT id, slug FROM exercise',
    );
    for (const row of rows) ids.set(row.slug, row.id);
  });
  afterAll(() => t.close());

  it('answers null for a template that is not there, keeping the fields beside it', async () => {
    const LOOKUP = graphql(`
      query ProgramTemplateLookup($by: ProgramTemplateLookup) {
        programTemplate(by: $by) {
          slug
        }
        programTemplates(first: 1) {
          totalCount
        }
      }
    `);
    for (const by of [
      { slug: 'no-such-template' },
      { id: '00000000-0000-4000-8000-000000000000' },
    ]) {
      const res = await t.gql(LOOKUP, { by }, 'staff');
      expect(res.body).toEqual({
        data: { programTemplate: null, programTemplates: { totalCount: expect.any(Number) } },
      });
    }
    const found = await t.gql(LOOKUP, { by: { slug: 'runners-knee-phase-1' } }, 'staff');
    expect(found.body.data!.programTemplate).toEqual({ slug: 'runners-knee-phase-1' });
    expect(onlyError(await t.gql(LOOKUP, { by: { id: 'abc' } }, 'staff')).extensions).toMatchObject(
      {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'by.id', message: 'id must be a UUID' }],
      },
    );
  });

  it('loads the seeded templates, the clinic’s own, in order with their prescriptions', async () => {
    const res = await t.gql(
      graphql(`
        query RunnersKneeTemplate {
          programTemplate(by: { slug: "runners-knee-phase-1" }) {
            ...ProgramTemplateFields
          }
        }
      `),
      {},
      'staff',
    );
    expect(res.body.errors).toBeUndefined();
    const template = res.body.data!.programTemplate!;
    expect(template.owner).toBeNull();
    expect(template.items.map((i) => i.exercise.slug)).toEqual([
      'spanish-squat',
      'glute-bridge',
      'side-lying-hip-abduction',
      'clamshell',
      'single-leg-glute-bridge',
      'lateral-band-walk',
      'split-squat',
      'side-plank-on-knees',
      'single-leg-balance',
      'forward-step-down',
    ]);
    expect(template.items[0].prescription).toMatchObject({ sets: 5, reps: null, holdSeconds: 45 });
    expect(template.items[6].prescription).toMatchObject({ tempo: '3-1-1-0', side: 'BOTH' });
  });

  it('creates, edits and archives a template, each change from the version read', async () => {
    const created = await t.gql(CREATE, {
      input: {
        name: 'Hip strength, phase 2',
        items: [item('glute-bridge'), item('lateral-lunge', { side: 'LEFT', tempo: '3-1-x-0' })],
      },
    });
    expect(created.body.errors).toBeUndefined();
    const template = created.body.data!.createProgramTemplate;
    expect(template).toMatchObject({ slug: 'hip-strength-phase-2', version: 1 });
    expect(template.owner).not.toBeNull();
    expect(template.items[1].prescription).toMatchObject({ side: 'LEFT', tempo: '3-1-X-0' });

    const edited = await t.gql(UPDATE, {
      input: {
        id: template.id,
        expectedVersion: 1,
        items: [item('clamshell', { holdSeconds: 10, reps: null })],
      },
    });
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data!.updateProgramTemplate).toMatchObject({
      version: 2,
      name: 'Hip strength, phase 2',
    });
    expect(edited.body.data!.updateProgramTemplate.items).toHaveLength(1);

    const stale = onlyError(
      await t.gql(UPDATE, { input: { id: template.id, expectedVersion: 1, name: 'Mine' } }),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const archived = await t.gql(
      graphql(`
        mutation ArchiveProgramTemplate($id: ID!) {
          archiveProgramTemplate(input: { id: $id, expectedVersion: 2 }) {
            archivedAt
            version
          }
        }
      `),
      { id: template.id },
    );
    expect(archived.body.data!.archiveProgramTemplate.archivedAt).not.toBeNull();
    const list = await t.gql(
      graphql(`
        query ProgramTemplateSlugs {
          programTemplates(first: 50) {
            nodes {
              slug
            }
          }
        }
      `),
    );
    expect(list.body.data!.programTemplates.nodes.map((n) => n.slug)).not.toContain(
      'hip-strength-phase-2',
    );
  });

  it('detects parallel edits: one of ten wins, the rest get CONFLICT', async () => {
    const created = await t.gql(CREATE, {
      input: { name: 'Race week', items: [item('glute-bridge')] },
    });
    const { id } = created.body.data!.createProgramTemplate;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        t.gql(UPDATE, { input: { id, expectedVersion: 1, name: `Race week ${n}` } }),
      ),
    );
    const codes = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(9);
  });

  it('refuses bad items with the field path and writes nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM program_template');
    const both = onlyError(
      await t.gql(CREATE, {
        input: { name: 'Bad', items: [item('glute-bridge', { holdSeconds: 30 })] },
      }),
    );
    expect(both.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.items.0.reps' }),
    ]);
    const draft = onlyError(
      await t.gql(CREATE, {
        input: { name: 'Bad', items: [item('glute-bridge'), item('hip-airplane')] },
      }),
    );
    expect(draft.extensions?.fields).toEqual([
      { field: 'input.items[1].exerciseId', message: expect.stringMatching(/DRAFT/) },
    ]);
    const tempo = onlyError(
      await t.gql(CREATE, {
        input: { name: 'Bad', items: [item('glute-bridge', { tempo: '3-X-1-0' })] },
      }),
    );
    expect(tempo.extensions?.fields?.[0].field).toBe('input.items.0.tempo');
    const empty = onlyError(await t.gql(CREATE, { input: { name: 'Bad', items: [] } }));
    expect(empty.extensions?.code).toBe('BAD_USER_INPUT');
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM program_template');
    expect(after).toEqual(before);
  });

  it('lets staff read but not write, and keeps a template to its owner', async () => {
    const denied = onlyError(
      await t.gql(CREATE, { input: { name: 'Staff', items: [item('glute-bridge')] } }, 'staff'),
    );
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    const anonymous = onlyError(
      await t.gql(
        graphql(`
          query ProgramTemplateIds {
            programTemplates {
              nodes {
                id
              }
            }
          }
        `),
        {},
        'anonymous',
      ),
    );
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');

    const mine = await t.gql(
      CREATE,
      { input: { name: 'Admin only', items: [item('glute-bridge')] } },
      'admin',
    );
    const { id } = mine.body.data!.createProgramTemplate;
    const other = onlyError(
      await t.gql(UPDATE, { input: { id, expectedVersion: 1, name: 'Taken' } }),
    );
    expect(other.extensions?.code).toBe('FORBIDDEN');
  });

  it('analyses the runner’s knee template: every plane and single-leg, but nothing fast', async () => {
    const res = await t.gql(
      graphql(`
        query RunnersKneeBalance {
          programTemplate(by: { slug: "runners-knee-phase-1" }) {
            balance {
              gaps {
                facet
                missing
                suggestions {
                  slug
                  status
                }
              }
            }
          }
        }
      `),
      {},
      'staff',
    );
    expect(res.body.errors).toBeUndefined();
    const gaps = res.body.data!.programTemplate!.balance.gaps;
    expect(gaps.map((g) => g.facet)).not.toContain('PLANE');
    expect(gaps.map((g) => g.facet)).not.toContain('STANCE');
    const speed = gaps.find((g) => g.facet === 'TEMPO_INTENT' && g.missing.includes('FAST'));
    expect(speed).toBeDefined();
    expect(speed!.suggestions.length).toBeGreaterThan(0);
    for (const s of speed!.suggestions) expect(s.status).toBe('PUBLISHED');
  });
});
