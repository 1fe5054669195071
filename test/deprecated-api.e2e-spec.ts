import { dirname } from 'node:path';
import { FREE_EXERCISE_DB_FIXTURE } from './support/dataset.js';
import { accountFor, apiKeyFor } from './support/factories.js';
import { exerciseInput } from './support/fixtures.js';
import { type AnyDocument, onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/**
 * The deprecated arguments and input fields, kept for one release (README, "API changes"): every
 * old form still works, and sending a value both ways, or neither, is BAD_USER_INPUT naming the
 * field. The only file that uses them; delete each case with the argument it covers.
 */
describe('deprecated API, kept for one release', () => {
  let t: TestApp;
  let n = 0;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp({
      SEED_ON_EMPTY: 'true',
      IMPORT_DIR: dirname(FREE_EXERCISE_DB_FIXTURE),
    });
    const rows: { id: string; slug: string }[] = await t.dataSource.query(
      'SELECT id, slug FROM exercise',
    );
    for (const row of rows) ids.set(row.slug, row.id);
  });
  afterAll(() => t.close());

  /** A new draft, at version 1. */
  async function draft(): Promise<string> {
    const res = await t.gql(
      graphql(`
        mutation DeprecatedDraft($input: CreateExerciseInput!) {
          createExercise(input: $input) {
            id
          }
        }
      `),
      { input: exerciseInput({ slug: `deprecated-${++n}` }) },
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.createExercise.id;
  }

  const refusal = (res: Parameters<typeof onlyError>[0]) => onlyError(res).extensions;

  it('exercise(id|slug) and programTemplate(id|slug): found, or NOT_FOUND as before', async () => {
    const LOOKUP = graphql(`
      query DeprecatedLookups($id: ID, $slug: String, $template: String) {
        exercise(id: $id, slug: $slug) {
          slug
        }
        programTemplate(slug: $template) {
          slug
        }
      }
    `);
    const bridge = ids.get('glute-bridge')!;
    const both = { slug: 'glute-bridge', template: 'runners-knee-phase-1' };
    expect((await t.gql(LOOKUP, both, 'staff')).body).toEqual({
      data: {
        exercise: { slug: 'glute-bridge' },
        programTemplate: { slug: 'runners-knee-phase-1' },
      },
    });
    const byId = await t.gql(LOOKUP, { id: bridge, template: 'runners-knee-phase-1' }, 'staff');
    expect(byId.body.data!.exercise).toEqual({ slug: 'glute-bridge' });
    // Unknown: NOT_FOUND (where by: answers null), naming no slug, the sibling kept.
    const noExercise = await t.gql(LOOKUP, { ...both, slug: 'no-such-exercise' }, 'staff');
    expect(onlyError(noExercise)).toMatchObject({
      path: ['exercise'],
      message: 'Exercise was not found',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(noExercise.body.data).toEqual({
      exercise: null,
      programTemplate: { slug: 'runners-knee-phase-1' },
    });
    const noTemplate = await t.gql(LOOKUP, { ...both, template: 'no-such-template' }, 'staff');
    expect(onlyError(noTemplate)).toMatchObject({
      path: ['programTemplate'],
      message: 'Program template was not found',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(noTemplate.body.data).toEqual({
      exercise: { slug: 'glute-bridge' },
      programTemplate: null,
    });
    expect(refusal(await t.gql(LOOKUP, { id: 'abc', template: both.template }))?.fields).toEqual([
      { field: 'id', message: 'id must be a UUID' },
    ]);
    expect(
      refusal(await t.gql(LOOKUP, { id: bridge, slug: 'x', template: both.template }))?.fields,
    ).toEqual([{ field: 'by', message: 'give by: { id } or by: { slug }' }]);
    const mixed = await t.gql(
      graphql(`
        query DeprecatedLookupMixed($id: ID) {
          exercise(by: { slug: "glute-bridge" }, id: $id) {
            slug
          }
        }
      `),
      { id: bridge },
    );
    expect(refusal(mixed)?.fields).toEqual([
      { field: 'by', message: 'give by only (id and slug are deprecated)' },
    ]);
  });

  it('curation takes id, version and message as arguments, and version inside inputs', async () => {
    const created = await t.gql(
      graphql(`
        mutation DeprecatedCreateMessage($input: CreateExerciseInput!) {
          createExercise(input: $input, message: "From the old argument") {
            id
          }
        }
      `),
      { input: exerciseInput({ slug: `deprecated-${++n}` }) },
    );
    const id = created.body.data!.createExercise.id;
    const updated = await t.gql(
      graphql(`
        mutation DeprecatedUpdate($id: ID!) {
          updateExercise(id: $id, version: 1, input: { name: "Old form" }, message: "Renamed") {
            name
            version
          }
        }
      `),
      { id },
    );
    expect(updated.body.data!.updateExercise).toEqual({ name: 'Old form', version: 2 });
    const submitted = await t.gql(
      graphql(`
        mutation DeprecatedSubmit($id: ID!) {
          changeExerciseStatus(input: { id: $id, version: 2, status: IN_REVIEW }) {
            status
            version
          }
        }
      `),
      { id },
    );
    expect(submitted.body.data!.changeExerciseStatus).toEqual({ status: 'IN_REVIEW', version: 3 });
    const restored = await t.gql(
      graphql(`
        mutation DeprecatedRestore($id: ID!) {
          restoreExerciseRevision(input: { id: $id, version: 3, revision: 1 }) {
            name
            version
          }
        }
      `),
      { id },
    );
    expect(restored.body.data!.restoreExerciseRevision).toEqual({
      name: 'Test lateral step-down',
      version: 4,
    });
    const archived = await t.gql(
      graphql(`
        mutation DeprecatedArchive($id: ID!) {
          archiveExercise(id: $id, version: 4) {
            status
          }
        }
      `),
      { id },
    );
    expect(archived.body.data!.archiveExercise).toEqual({ status: 'ARCHIVED' });
    const history = await t.gql(
      graphql(`
        query DeprecatedHistory($id: ID!) {
          exerciseRevisions(id: $id) {
            version
            message
          }
        }
      `),
      { id },
    );
    expect(history.body.data!.exerciseRevisions.slice(-2)).toEqual([
      { version: 2, message: 'Renamed' },
      { version: 1, message: 'From the old argument' },
    ]);
  });

  it('templates, accounts, keys, links, media, progressions, translations and the import take their old arguments', async () => {
    const template = await t.gql(
      graphql(`
        mutation DeprecatedTemplate($item: ID!) {
          createProgramTemplate(
            input: {
              name: "Deprecated forms"
              items: [{ exerciseId: $item, sets: 3, reps: 10, sessionsPerWeek: 3 }]
            }
          ) {
            id
          }
        }
      `),
      { item: ids.get('glute-bridge')! },
    );
    const templateId = template.body.data!.createProgramTemplate.id;
    const templates = await t.gql(
      graphql(`
        mutation DeprecatedTemplateCycle($id: ID!) {
          updateProgramTemplate(input: { id: $id, version: 1, name: "Renamed the old way" }) {
            version
          }
          archiveProgramTemplate(id: $id, version: 2) {
            version
          }
          restoreProgramTemplate(id: $id, version: 3) {
            name
            version
            archivedAt
          }
        }
      `),
      { id: templateId },
    );
    expect(templates.body).toEqual({
      data: {
        updateProgramTemplate: { version: 2 },
        archiveProgramTemplate: { version: 3 },
        restoreProgramTemplate: { name: 'Renamed the old way', version: 4, archivedAt: null },
      },
    });

    const account = await accountFor(t, { email: 'deprecated@clinic.test', role: 'STAFF' });
    const key = await apiKeyFor(t, 'deprecated app');
    const admin = await t.gql(
      graphql(`
        mutation DeprecatedAdmin($account: ID!, $key: ID!) {
          updateAccount(id: $account, input: { role: CLINICIAN }) {
            role
          }
          revokeApiKey(id: $key) {
            revokedAt
          }
        }
      `),
      { account: account.id, key: key.id },
      'admin',
    );
    expect(admin.body.errors).toBeUndefined();
    expect(admin.body.data!.updateAccount.role).toBe('CLINICIAN');
    expect(admin.body.data!.revokeApiKey.revokedAt).not.toBeNull();

    const issued = await t.gql(
      graphql(`
        mutation DeprecatedIssue($template: ID!) {
          issueHandout(input: { patientName: "A patient", templateId: $template }) {
            links {
              id
            }
          }
        }
      `),
      { template: templateId },
    );
    const link = issued.body.data!.issueHandout.links[0].id;
    const revoked = await t.gql(
      graphql(`
        mutation DeprecatedRevokeLink($id: ID!) {
          revokeHandoutLink(id: $id) {
            active
          }
        }
      `),
      { id: link },
    );
    expect(revoked.body.data!.revokeHandoutLink).toEqual({ active: false });

    const [a, b] = [await draft(), await draft()];
    const made = await t.gql(
      graphql(`
        mutation DeprecatedMakeEdges($a: ID!, $b: ID!) {
          addExerciseVideo(input: { exerciseId: $a, url: "https://video.example/old" }) {
            id
          }
          linkExercises(input: { fromId: $a, toId: $b, kind: PROGRESSION, changes: [LOAD] }) {
            id
          }
          setExerciseTranslation(input: { exerciseId: $a, locale: ES, name: "Paso lateral" }) {
            version
          }
        }
      `),
      { a, b },
    );
    const media = made.body.data!.addExerciseVideo.id;
    const edge = made.body.data!.linkExercises.id;
    const changed = await t.gql(
      graphql(`
        mutation DeprecatedChange($media: ID!, $edge: ID!) {
          updateExerciseMedia(id: $media, input: { altText: "Side view" }) {
            altText
          }
          updateProgression(id: $edge, input: { criterion: "3 x 10 pain-free" }) {
            criterion
          }
        }
      `),
      { media, edge },
    );
    expect(changed.body.data).toEqual({
      updateExerciseMedia: { altText: 'Side view' },
      updateProgression: { criterion: '3 x 10 pain-free' },
    });
    const removed = await t.gql(
      graphql(`
        mutation DeprecatedRemove($media: ID!, $edge: ID!, $exercise: ID!) {
          removeExerciseMedia(id: $media)
          unlinkExercises(id: $edge)
          removeExerciseTranslation(exerciseId: $exercise, locale: ES, expectedVersion: 1) {
            translations {
              locale
            }
          }
        }
      `),
      { media, edge, exercise: a },
    );
    expect(removed.body).toEqual({
      data: {
        removeExerciseMedia: media,
        unlinkExercises: edge,
        removeExerciseTranslation: { translations: [] },
      },
    });

    const imported = await t.gql(
      graphql(`
        mutation DeprecatedImport {
          importFreeExerciseDb(path: "free-exercise-db/exercises.json") {
            total
          }
        }
      `),
      {},
      'admin',
    );
    expect(imported.body.data!.importFreeExerciseDb.total).toBe(12);
    const badPath = await t.gql(
      graphql(`
        mutation DeprecatedImportOutside {
          importFreeExerciseDb(path: "../outside.json") {
            total
          }
        }
      `),
      {},
      'admin',
    );
    expect(refusal(badPath)?.fields).toEqual([
      { field: 'path', message: 'path must be inside IMPORT_DIR' },
    ]);
  });

  it('refuses a value sent both ways, or neither, naming the field, and changes nothing', async () => {
    const id = await draft();
    const required = (field: string) => ({ field, message: `${field} is required` });
    const twice = (field: string, arg: string) => ({
      field,
      message: `give ${field} only: the ${arg} argument is deprecated`,
    });
    const cases: [string, AnyDocument, Record<string, unknown>, unknown[]][] = [
      [
        'archiveExercise with nothing',
        graphql(`
          mutation DeprecatedArchiveNothing {
            archiveExercise {
              id
            }
          }
        `),
        {},
        [{ field: 'input', message: 'input is required' }],
      ],
      [
        'archiveExercise both ways',
        graphql(`
          mutation DeprecatedArchiveTwice($id: ID!) {
            archiveExercise(input: { id: $id, expectedVersion: 1 }, id: $id, version: 1) {
              id
            }
          }
        `),
        { id },
        [twice('input.id', 'id'), twice('input.expectedVersion', 'version')],
      ],
      [
        'updateExercise without id or version',
        graphql(`
          mutation DeprecatedUpdateNeither {
            updateExercise(input: { name: "Nobody's" }) {
              id
            }
          }
        `),
        {},
        [required('input.id'), required('input.expectedVersion')],
      ],
      [
        'updateExercise with the id both ways',
        graphql(`
          mutation DeprecatedUpdateTwice($id: ID!) {
            updateExercise(id: $id, input: { id: $id, expectedVersion: 1, name: "Twice" }) {
              id
            }
          }
        `),
        { id },
        [twice('input.id', 'id')],
      ],
      [
        'createExercise with the message both ways',
        graphql(`
          mutation DeprecatedCreateTwice($input: CreateExerciseInput!) {
            createExercise(input: $input, message: "b") {
              id
            }
          }
        `),
        { input: exerciseInput({ slug: 'deprecated-never', message: 'a' }) },
        [twice('input.message', 'message')],
      ],
      [
        'changeExerciseStatus without a version',
        graphql(`
          mutation DeprecatedStatusNeither($id: ID!) {
            changeExerciseStatus(input: { id: $id, status: IN_REVIEW }) {
              id
            }
          }
        `),
        { id },
        [
          {
            field: 'input.expectedVersion',
            message: 'expectedVersion is required: the version you read',
          },
        ],
      ],
      [
        'changeExerciseStatus with both names',
        graphql(`
          mutation DeprecatedStatusTwice($id: ID!) {
            changeExerciseStatus(
              input: { id: $id, expectedVersion: 1, version: 1, status: IN_REVIEW }
            ) {
              id
            }
          }
        `),
        { id },
        [
          {
            field: 'input.expectedVersion',
            message: 'give expectedVersion only: version is its deprecated name',
          },
        ],
      ],
      [
        'removeExerciseTranslation with the exercise both ways',
        graphql(`
          mutation DeprecatedRemoveTranslationTwice($id: ID!) {
            removeExerciseTranslation(
              exerciseId: $id
              input: { exerciseId: $id, locale: ES, expectedVersion: 1 }
            ) {
              id
            }
          }
        `),
        { id },
        [twice('input.exerciseId', 'exerciseId')],
      ],
      [
        'revokeHandoutLink with nothing',
        graphql(`
          mutation DeprecatedRevokeLinkNothing {
            revokeHandoutLink {
              id
            }
          }
        `),
        {},
        [{ field: 'input', message: 'input is required' }],
      ],
    ];
    for (const [name, document, variables, fields] of cases) {
      const res = await t.gql(document, variables, 'admin');
      expect({ name, error: refusal(res) }).toEqual({
        name,
        error: { code: 'BAD_USER_INPUT', fields },
      });
    }
    const after: { version: number; status: string }[] = await t.dataSource.query(
      'SELECT version, status FROM exercise WHERE id = $1',
      [id],
    );
    expect(after).toEqual([{ version: 1, status: 'DRAFT' }]);
    const never = await t.dataSource.query(
      "SELECT 1 FROM exercise WHERE slug = 'deprecated-never'",
    );
    expect(never).toEqual([]);
  });

  it('validates the merged input, whichever form it came in, naming input.<field>', async () => {
    const id = await draft();
    const [template]: { id: string; version: number }[] = await t.dataSource.query(
      "SELECT id, version FROM program_template WHERE slug = 'runners-knee-phase-1'",
    );
    const long = 'x'.repeat(4900);
    const tooLong = {
      field: 'input.message',
      message: 'message must be shorter than or equal to 500 characters',
    };
    const belowOne = {
      field: 'input.expectedVersion',
      message: 'expectedVersion must not be less than 1',
    };
    const notUuid = { field: 'input.id', message: 'id must be a UUID' };
    const ARCHIVE = graphql(`
      mutation DeprecatedArchiveInvalid($input: ArchiveExerciseInput, $id: ID, $version: Int) {
        archiveExercise(input: $input, id: $id, version: $version) {
          id
        }
      }
    `);
    const ARCHIVE_TEMPLATE = graphql(`
      mutation DeprecatedArchiveTemplateInvalid(
        $input: ArchiveProgramTemplateInput
        $id: ID
        $version: Int
      ) {
        archiveProgramTemplate(input: $input, id: $id, version: $version) {
          id
        }
      }
    `);
    const REVOKE_KEY = graphql(`
      mutation DeprecatedRevokeKeyInvalid($input: RevokeApiKeyInput, $id: ID) {
        revokeApiKey(input: $input, id: $id) {
          id
        }
      }
    `);
    const REVOKE_LINK = graphql(`
      mutation DeprecatedRevokeLinkInvalid($input: RevokeHandoutLinkInput, $id: ID) {
        revokeHandoutLink(input: $input, id: $id) {
          id
        }
      }
    `);
    const UPDATE = graphql(`
      mutation DeprecatedUpdateInvalid($input: UpdateExerciseInput!, $message: String) {
        updateExercise(input: $input, message: $message) {
          id
        }
      }
    `);
    const cases: [string, AnyDocument, Record<string, unknown>, unknown[]][] = [
      [
        'archiveExercise, a long message',
        ARCHIVE,
        { input: { id, expectedVersion: 1, message: long } },
        [tooLong],
      ],
      [
        'archiveExercise, expectedVersion -1',
        ARCHIVE,
        { input: { id, expectedVersion: -1 } },
        [belowOne],
      ],
      ['archiveExercise, version 0', ARCHIVE, { id, version: 0 }, [belowOne]],
      ['archiveExercise, a bad id', ARCHIVE, { input: { id: 'x', expectedVersion: 1 } }, [notUuid]],
      ['archiveExercise, a bad old id', ARCHIVE, { id: 'x', version: 1 }, [notUuid]],
      [
        'archiveProgramTemplate, version 0',
        ARCHIVE_TEMPLATE,
        { id: template.id, version: 0 },
        [belowOne],
      ],
      [
        'archiveProgramTemplate, expectedVersion -1',
        ARCHIVE_TEMPLATE,
        { input: { id: template.id, expectedVersion: -1 } },
        [belowOne],
      ],
      ['revokeApiKey, a bad id', REVOKE_KEY, { input: { id: 'x' } }, [notUuid]],
      ['revokeApiKey, a bad old id', REVOKE_KEY, { id: 'x' }, [notUuid]],
      ['revokeHandoutLink, a bad old id', REVOKE_LINK, { id: 'x' }, [notUuid]],
      [
        'updateExercise, a long old message',
        UPDATE,
        { input: { id, expectedVersion: 1, name: 'Long' }, message: long },
        [tooLong],
      ],
    ];
    for (const [name, document, variables, fields] of cases) {
      const res = await t.gql(document, variables, 'admin');
      expect({ name, error: refusal(res) }).toEqual({
        name,
        error: { code: 'BAD_USER_INPUT', fields },
      });
    }
    const after: { version: number; status: string }[] = await t.dataSource.query(
      'SELECT version, status FROM exercise WHERE id = $1',
      [id],
    );
    expect(after).toEqual([{ version: 1, status: 'DRAFT' }]);
    const templateAfter = await t.dataSource.query(
      'SELECT version FROM program_template WHERE id = $1',
      [template.id],
    );
    expect(templateAfter).toEqual([{ version: template.version }]);
  });

  it('serves every old input field as deprecated, naming its replacement', async () => {
    const res = await t.gql(
      graphql(`
        query DeprecatedInputFields {
          status: __type(name: "ChangeStatusInput") {
            ...OldInputFields
          }
          restore: __type(name: "RestoreRevisionInput") {
            ...OldInputFields
          }
          template: __type(name: "UpdateProgramTemplateInput") {
            ...OldInputFields
          }
        }
        fragment OldInputFields on __Type {
          inputFields(includeDeprecated: true) {
            name
            isDeprecated
            deprecationReason
          }
        }
      `),
      {},
      'staff',
    );
    expect(res.body.errors).toBeUndefined();
    for (const type of Object.values(res.body.data!)) {
      const fields = type!.inputFields!;
      expect(fields.find((f) => f.name === 'version')).toEqual({
        name: 'version',
        isDeprecated: true,
        deprecationReason: 'Use expectedVersion',
      });
      expect(fields.find((f) => f.name === 'expectedVersion')).toMatchObject({
        isDeprecated: false,
      });
    }
  });
});
