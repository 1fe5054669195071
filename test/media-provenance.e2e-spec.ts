import { dirname } from 'node:path';
import { FREE_EXERCISE_DB_FIXTURE } from './support/dataset.js';
import { pdfText, squash } from './support/pdf.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const IMPORT = graphql(`
  mutation ProvenanceImport($path: String!) {
    importFreeExerciseDb(input: { path: $path }) {
      images
    }
  }
`);

const MEDIA = graphql(`
  query ProvenanceMedia($slug: String!) {
    exercise(by: { slug: $slug }) {
      id
      media {
        id
        author
        source
        licence
        licenceUrl
        licenceVerified
        licenceVerifiedAt
      }
    }
  }
`);

const VERIFY = graphql(`
  mutation ProvenanceVerify($input: VerifyMediaLicenceInput!) {
    verifyMediaLicence(input: $input) {
      id
      licence
      licenceUrl
      licenceVerified
      licenceVerifiedAt
    }
  }
`);

const ISSUE = graphql(`
  mutation ProvenanceIssue($input: IssueHandoutInput!) {
    issueHandout(input: $input) {
      id
      pdfUrl
      items {
        exerciseSlug
        picture {
          url
          credit
          licence
        }
      }
    }
  }
`);

const REISSUE = graphql(`
  mutation ProvenanceReissue($input: ReissueHandoutInput!) {
    reissueHandout(input: $input) {
      id
      pdfUrl
      items {
        picture {
          url
          licence
        }
      }
    }
  }
`);

const AUDIT = graphql(`
  query ProvenanceAudit {
    auditLog(action: "MEDIA_LICENCE_VERIFIED") {
      action
      targetId
    }
  }
`);

/** A seeded exercise with free-exercise-db photos (seeds/media.json), published. */
// A seeded exercise with pictures (single-leg-glute-bridge's were removed in issue 17: they showed
// another exercise).
const SEEDED = 'split-squat';
const ITEM = { sets: 3, reps: 10, sessionsPerWeek: 3 };

describe('media provenance and licence verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      SEED_ON_EMPTY: 'true',
      IMPORT_DIR: dirname(FREE_EXERCISE_DB_FIXTURE),
    });
  }, 180_000);
  afterAll(() => t.close());

  const mediaOf = async (slug: string) => {
    const res = await t.gql(MEDIA, { slug });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exercise!;
  };
  const pdfOf = async (url: string) => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    return squash((await pdfText(Buffer.from(await res.arrayBuffer()))).text);
  };

  it('imports free-exercise-db photos as unverified, with their source, never public domain', async () => {
    const res = await t.gql(IMPORT, { path: 'free-exercise-db/exercises.json' }, 'admin');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.importFreeExerciseDb.images).toBe(14);
    const { media } = await mediaOf('fedb-single-leg-glute-bridge');
    expect(media).toHaveLength(2);
    for (const item of media) {
      expect(item).toMatchObject({
        licenceVerified: false,
        licenceVerifiedAt: null,
        source: 'https://github.com/yuhonas/free-exercise-db',
        author: expect.stringContaining('free-exercise-db'),
      });
      expect(item.licence).not.toMatch(/public domain/i);
      expect(item.licence).toMatch(/unverified/i);
    }
  });

  it('keeps unverified pictures off a handout until a clinician confirms the licence', async () => {
    const seeded = await mediaOf(SEEDED);
    expect(seeded.media.length).toBeGreaterThan(0);
    expect(seeded.media.every((m) => !m.licenceVerified)).toBe(true);

    const issued = await t.gql(ISSUE, {
      input: { patientName: 'A Patient', items: [{ exerciseId: seeded.id, ...ITEM }] },
    });
    expect(issued.body.errors).toBeUndefined();
    const handout = issued.body.data!.issueHandout;
    expect(handout.items[0].picture).toBeNull();
    const before = await pdfOf(handout.pdfUrl);
    expect(before).not.toMatch(/publicdomain/i);
    expect(before).not.toContain(squash('free-exercise-db'));

    // Staff may not confirm a licence; a clinician must name one when there is none to confirm.
    const first = seeded.media[0].id;
    const staff = await t.gql(VERIFY, { input: { id: first } }, 'staff');
    expect(onlyError(staff).extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(VERIFY, { input: { id: first, licenceUrl: 'javascript:alert(1)' } });
    expect(onlyError(bad).extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(onlyError(bad).extensions)).toContain('licenceUrl');

    const verified = await t.gql(VERIFY, {
      input: {
        id: first,
        licence: 'CC BY 4.0',
        licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      },
    });
    expect(verified.body.errors).toBeUndefined();
    expect(verified.body.data!.verifyMediaLicence).toMatchObject({
      licence: 'CC BY 4.0',
      licenceVerified: true,
      licenceVerifiedAt: expect.any(String),
    });
    const audit = await t.gql(AUDIT, {}, 'admin');
    expect(audit.body.errors).toBeUndefined();
    expect(JSON.stringify(audit.body.data)).toContain(first);

    const reissued = await t.gql(REISSUE, { input: { id: handout.id } });
    expect(reissued.body.errors).toBeUndefined();
    const v2 = reissued.body.data!.reissueHandout;
    expect(v2.items[0].picture).toMatchObject({ licence: 'CC BY 4.0' });
    const after = await pdfOf(v2.pdfUrl);
    expect(after).toContain(squash('licence CC BY 4.0'));
    expect(after).not.toMatch(/publicdomain/i);
  });

  it('counts a clinician upload with a licence as verified and refuses a licence URL that is not a web link', async () => {
    const { id } = await mediaOf('fedb-side-bridge');
    const png = await (
      await import('sharp')
    )
      .default({ create: { width: 40, height: 30, channels: 3, background: '#88aacc' } })
      .png()
      .toBuffer();
    const upload = async (fields: Record<string, string>) => {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'p.png');
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      const res = await fetch(`${t.url}/media/exercises/${id}/images`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.tokens.clinician}` },
        body: form,
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const licensed = await upload({
      altText: 'Side bridge',
      author: 'Stride Physical Therapy',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      source: 'clinic photo shoot 2026',
    });
    expect(licensed.status).toBe(201);
    expect(licensed.body).toMatchObject({
      author: 'Stride Physical Therapy',
      credit: 'Stride Physical Therapy',
      licenceVerified: true,
      source: 'clinic photo shoot 2026',
    });
    const bad = await upload({ licenceUrl: 'ftp://example.com/licence' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('licenceUrl');
  });
});
