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
    // Phase 1 of patellofemoral pain: quadriceps in joint-friendly ranges first (no Spanish squat,
    // which loads the kneecap hard at 70-90 degrees), at most two lying glute items, six in all.
    expect(template.items.map((i) => i.exercise.slug)).toEqual([
      'seated-knee-extension-90-45',
      'split-squat',
      'side-lying-hip-abduction',
      'clamshell',
      'forward-step-down',
      'single-leg-balance',
    ]);
    expect(template.items[0].prescription).toMatchObject({ sets: 3, reps: 15, holdSeconds: null });
    expect(template.items[5].prescription).toMatchObject({ sets: 3, reps: null, holdSeconds: 30 });
    expect(template.items[1].prescription).toMatchObject({ tempo: '3-1-1-0', side: 'BOTH' });
    // Each side as the exercise says: the seed items leave perSide out.
    expect(template.items.map((i) => i.prescription.perSide)).toEqual(
      template.items.map(() => null),
    );
    // Advice a physical therapist gives with it, in every handout language: the pain-monitoring
    // rule (at most 5 out of 10, settled by the next morning) and cadence advice.
    expect(template.guidance).toMatch(/^Pain rule: pain up to 5 out of 10 during the exercises/);
    expect(template.guidance).toMatch(/5 to 10 percent more steps per minute/);
    expect(template.guidanceTranslations.map((g) => [g.locale, g.outdated])).toEqual([
      ['ES', false],
      ['VI', false],
      ['ZH', false],
    ]);
    expect(template.guidanceTranslations[0].text).toMatch(/^Regla del dolor: un dolor de hasta 5/);
  });

  it('keeps patient guidance per language, outdated once the English changes', async () => {
    const ENGLISH =
      'Pain up to 3 out of 10 is fine, as long as it has settled by the next morning.';
    const SPANISH = 'Un dolor de hasta 3 sobre 10 es normal si a la mañana siguiente ha pasado.';
    const created = await t.gql(CREATE, {
      input: {
        name: 'Knee, phase 2',
        guidance: `  ${ENGLISH}\nTell us if the knee swells.  `,
        guidanceTranslations: [{ locale: 'ES', text: SPANISH }],
        items: [item('glute-bridge')],
      },
    });
    expect(created.body.errors).toBeUndefined();
    const template = created.body.data!.createProgramTemplate;
    expect(template.guidance).toBe(`${ENGLISH}\nTell us if the knee swells.`);
    expect(template.guidanceTranslations).toEqual([
      { locale: 'ES', text: SPANISH, outdated: false },
    ]);

    // The English changes: the Spanish stays, marked outdated, until it is sent again.
    const edited = await t.gql(UPDATE, {
      input: { id: template.id, expectedVersion: 1, guidance: ENGLISH.replace('3 out', '2 out') },
    });
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data!.updateProgramTemplate.guidanceTranslations).toEqual([
      { locale: 'ES', text: SPANISH, outdated: true },
    ]);
    const ISSUE = graphql(`
      mutation ProgramGuidanceIssue($input: IssueHandoutInput!) {
        issueHandout(input: $input) {
          guidance {
            text
            language
            outdated
          }
        }
      }
    `);
    const issue = async (locale: 'ES' | 'VI') =>
      (
        await t.gql(
          ISSUE,
          { input: { templateId: template.id, patientName: 'Ana', locale } },
          'clinician',
        )
      ).body.data!.issueHandout.guidance;
    // Frozen at issue: the Spanish flagged for the team; Vietnamese has none, so English.
    expect(await issue('ES')).toEqual({ text: SPANISH, language: 'ES', outdated: true });
    expect(await issue('VI')).toEqual({
      text: ENGLISH.replace('3 out', '2 out'),
      language: 'EN',
      outdated: false,
    });
    const retranslated = await t.gql(UPDATE, {
      input: {
        id: template.id,
        expectedVersion: 2,
        guidanceTranslations: [
          { locale: 'ES', text: SPANISH.replace('3 sobre', '2 sobre') },
          { locale: 'ZH', text: '训练时疼痛在10分中的2分以内是可以的。' },
        ],
      },
    });
    expect(
      retranslated.body.data!.updateProgramTemplate.guidanceTranslations.map((g) => [
        g.locale,
        g.outdated,
      ]),
    ).toEqual([
      ['ES', false],
      ['ZH', false],
    ]);
    // "" removes the guidance and its translations; a handout then prints none.
    const removed = await t.gql(UPDATE, {
      input: { id: template.id, expectedVersion: 3, guidance: '' },
    });
    expect(removed.body.data!.updateProgramTemplate).toMatchObject({
      guidance: '',
      guidanceTranslations: [],
    });
    expect(await issue('ES')).toBeNull();
  });

  it('refuses guidance it could not print honestly, naming the field, and writes nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM program_template');
    const refused = async (input: Record<string, unknown>) =>
      onlyError(
        await t.gql(CREATE, {
          input: { name: 'Bad guidance', items: [item('glute-bridge')], ...input },
        } as never),
      ).extensions;
    expect(
      await refused({ guidanceTranslations: [{ locale: 'ES', text: 'Sin inglés.' }] }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.guidanceTranslations',
          message: expect.stringContaining('need the English guidance'),
        },
      ],
    });
    for (const [input, field] of [
      [{ guidance: 'x'.repeat(2001) }, 'input.guidance'],
      [
        { guidance: 'Fine.', guidanceTranslations: [{ locale: 'EN', text: 'Fine.' }] },
        'input.guidanceTranslations.0.locale',
      ],
      [
        { guidance: 'Fine.', guidanceTranslations: [{ locale: 'ES', text: '  ' }] },
        'input.guidanceTranslations.0.text',
      ],
      [
        {
          guidance: 'Fine.',
          guidanceTranslations: [
            { locale: 'ES', text: 'Bien.' },
            { locale: 'ES', text: 'Bien otra vez.' },
          ],
        },
        'input.guidanceTranslations',
      ],
    ] as const) {
      const extensions = await refused(input);
      expect([field, extensions?.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect(extensions?.fields?.map((f) => f.field)).toContain(field);
    }
    const created = await t.gql(CREATE, {
      input: { name: 'No guidance', items: [item('glute-bridge')] },
    });
    const { id } = created.body.data!.createProgramTemplate;
    const nulled = onlyError(
      await t.gql(UPDATE, { input: { id, expectedVersion: 1, guidance: null } } as never),
    );
    expect(nulled.extensions?.fields).toContainEqual({
      field: 'input.guidance',
      message: 'guidance cannot be null: leave it out to keep its value',
    });
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM program_template');
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it('stores an item dosed in metres or seconds of work, and its own perSide', async () => {
    const created = await t.gql(CREATE, {
      input: {
        name: 'Drills, phase 3',
        items: [
          item('a-skip', { reps: null, distanceMetres: 20 }),
          item('lateral-shuffle', { reps: null, durationSeconds: 30, perSide: false }),
          item('glute-bridge', { perSide: true }),
        ],
      },
    });
    expect(created.body.errors).toBeUndefined();
    expect(
      created.body.data!.createProgramTemplate.items.map((i) => [
        i.prescription.reps,
        i.prescription.distanceMetres,
        i.prescription.durationSeconds,
        i.prescription.perSide,
      ]),
    ).toEqual([
      [null, 20, null, null],
      [null, null, 30, false],
      [10, null, null, true],
    ]);
    // The database holds the rule too: one amount per set, within bounds.
    await expect(
      t.dataSource.query(
        `UPDATE program_template_item SET reps = 10 WHERE distance_metres IS NOT NULL`,
      ),
    ).rejects.toThrow(/program_template_item_one_dose/);
    await expect(
      t.dataSource.query(
        `UPDATE program_template_item SET duration_seconds = 1801 WHERE duration_seconds IS NOT NULL`,
      ),
    ).rejects.toThrow(/duration_seconds_check/);
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
    // Either may be the one to remove: both are named.
    expect(both.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.items.0.reps' }),
      expect.objectContaining({ field: 'input.items.0.holdSeconds' }),
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
