import { jest } from '@jest/globals';
import { MediaContentKey1765300000000 } from '../src/common/database/migrations/1765300000000-media-content-key.js';
import { MediaRepository } from '../src/media/media.repository.js';
import { MEDIA_STORAGE, type MediaStorage } from '../src/media/storage.js';
import { exerciseInput } from './support/fixtures.js';
import { onlyError, startTestApp, type TestApp } from './support/test-app.js';
import { png, uploadImage } from './support/uploads.js';
import { graphql } from './graphql/index.js';

/** Issue 13: one exercise holds a picture once; a published exercise's new media arrive complete. */

const CREATE = graphql(`
  mutation UploadsCreate($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      id
      version
    }
  }
`);
const STATUS = graphql(`
  mutation UploadsStatus($input: ChangeStatusInput!) {
    changeExerciseStatus(input: $input) {
      version
      status
    }
  }
`);
const MEDIA = graphql(`
  query UploadsMedia($id: ID!) {
    exercise(by: { id: $id }) {
      media {
        id
        kind
        position
        altText
        author
        licence
        licenceVerified
        poster {
          id
        }
      }
    }
  }
`);
const ADD_VIDEO = graphql(`
  mutation UploadsAddVideo($input: AddExerciseVideoInput!) {
    addExerciseVideo(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation UploadsUpdate($id: ID!, $input: UpdateExerciseMediaInput!) {
    updateExerciseMedia(id: $id, input: $input) {
      altText
      author
    }
  }
`);
const AUDIT = graphql(`
  query UploadsAudit($action: String) {
    auditLog(action: $action, first: 200) {
      targetId
      details
    }
  }
`);

const complete = { altText: 'Side view, knee bent', author: 'Stride PT', licence: 'CC BY 4.0' };

describe('media uploads: the same picture once per exercise, complete on a published one', () => {
  let t: TestApp;
  let storage: MediaStorage;
  beforeAll(async () => {
    t = await startTestApp();
    storage = t.running.app.get<MediaStorage>(MEDIA_STORAGE);
  });
  afterAll(() => t?.close());

  let made = 0;
  async function exercise(status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' = 'DRAFT') {
    const created = await t.gql(CREATE, { input: exerciseInput({ slug: `uploads-${++made}` }) });
    expect(created.body.errors).toBeUndefined();
    const { id } = created.body.data!.createExercise;
    let { version } = created.body.data!.createExercise;
    for (const next of ['IN_REVIEW', 'PUBLISHED'] as const) {
      if (status === 'DRAFT' || (status === 'IN_REVIEW' && next === 'PUBLISHED')) break;
      const moved = await t.gql(STATUS, { input: { id, version, status: next } });
      expect(moved.body.errors).toBeUndefined();
      version = moved.body.data!.changeExerciseStatus.version;
    }
    return { id, version };
  }
  const mediaOf = async (id: string) => {
    const res = await t.gql(MEDIA, { id });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.exercise!.media;
  };
  const addedEntries = async (id: string) =>
    (await t.gql(AUDIT, { action: 'MEDIA_ADDED' }, 'admin')).body.data!.auditLog.filter(
      (e) => e.targetId === id,
    );

  it('answers a second upload of the same bytes with the first item: 200, reused, nothing written', async () => {
    const { id } = await exercise();
    const bytes = png(21, 13);
    const first = await uploadImage(t, id, bytes, { altText: 'First words' });
    expect([first.status, first.body.reused]).toEqual([201, false]);
    const put = jest.spyOn(storage, 'put');
    try {
      const again = await uploadImage(t, id, bytes, { altText: 'Other words', licence: 'CC0' });
      expect([again.status, again.body.reused, again.body.id]).toEqual([200, true, first.body.id]);
      // The existing item as it is: the texts sent again are not applied.
      expect(again.body).toMatchObject({
        altText: 'First words',
        licence: '',
        url: first.body.url,
      });
      // The same picture with metadata the upload drops (a PNG text chunk) is the same item too.
      const tagged = await uploadImage(t, id, png(21, 13, { Comment: 'taken at the clinic' }));
      expect([tagged.status, tagged.body.id]).toEqual([200, first.body.id]);
      expect(put).not.toHaveBeenCalled();
    } finally {
      put.mockRestore();
    }
    expect((await mediaOf(id)).map((m) => m.id)).toEqual([first.body.id]);
    expect(await addedEntries(first.body.id)).toHaveLength(1);
  });

  it('ends identical uploads sent at once as one item', async () => {
    const { id } = await exercise();
    const bytes = png(34, 8);
    // Half name the exercise in capitals: the same exercise, so the same item.
    const answers = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) => uploadImage(t, i % 2 ? id.toUpperCase() : id, bytes)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.body.reused)).toHaveLength(5);
    expect(await mediaOf(id)).toHaveLength(1);
  });

  it('leans on the unique key when a writer slipped in after the look-up, keeping the file', async () => {
    const { id } = await exercise();
    const bytes = png(29, 3);
    const first = await uploadImage(t, id, bytes);
    // As if another writer (a seed restore takes no exercise lock) added the row after this
    // upload looked: the insert meets media_exercise_content_key and answers the existing item.
    const rows = t.running.app.get(MediaRepository);
    const look = jest.spyOn(rows, 'findImage').mockResolvedValueOnce(null);
    try {
      const again = await uploadImage(t, id, bytes);
      expect([again.status, again.body.reused, again.body.id]).toEqual([200, true, first.body.id]);
    } finally {
      look.mockRestore();
    }
    expect(await mediaOf(id)).toHaveLength(1);
    expect((await fetch(first.body.url)).status).toBe(200);
  });

  it('gives another exercise its own item for the same bytes, over one stored file', async () => {
    const [a, b] = [await exercise(), await exercise()];
    const bytes = png(17, 17);
    const first = await uploadImage(t, a.id, bytes, { altText: 'For A' });
    const second = await uploadImage(t, b.id, bytes, { altText: 'For B' });
    expect([first.status, second.status, second.body.reused]).toEqual([201, 201, false]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.url).toBe(first.body.url);
    expect(second.body.altText).toBe('For B');
  });

  it('refuses an upload to a published exercise without alt text, author or licence, naming each; nothing written', async () => {
    const { id } = await exercise('PUBLISHED');
    const put = jest.spyOn(storage, 'put');
    try {
      const none = await uploadImage(t, id, png(9, 4));
      expect(none.status).toBe(400);
      expect(none.body.code).toBe('BAD_USER_INPUT');
      expect(none.body.fields!.map((f) => f.field)).toEqual(['altText', 'author', 'licence']);
      expect(none.body.fields![0].message).toMatch(/published/);
      const blankAlt = await uploadImage(t, id, png(9, 4), { ...complete, altText: '   ' });
      expect([blankAlt.status, blankAlt.body.field, blankAlt.body.fields]).toEqual([
        400,
        'altText',
        undefined,
      ]);
      // Refused before decoding: not even a broken file is looked at.
      const broken = await uploadImage(t, id, Buffer.from('not a picture'), { altText: 'x' });
      expect(broken.body.fields!.map((f) => f.field)).toEqual(['author', 'licence']);
      expect(put).not.toHaveBeenCalled();
    } finally {
      put.mockRestore();
    }
    expect(await mediaOf(id)).toEqual([]);

    // author and its old name credit both filled in: refused naming credit, nothing stored.
    const both = await uploadImage(t, id, png(9, 4), { ...complete, credit: 'Old form' });
    expect([both.status, both.body.field, both.body.message]).toEqual([
      400,
      'credit',
      'give author only: credit is its deprecated name',
    ]);
    expect(await mediaOf(id)).toEqual([]);

    // Complete (the deprecated `credit` still names the author), it is added and verified.
    const ok = await uploadImage(t, id, png(9, 4), { ...complete, author: '', credit: 'Old form' });
    expect([ok.status, ok.body.author]).toEqual([201, 'Old form']);
    expect(await mediaOf(id)).toMatchObject([{ altText: complete.altText, licenceVerified: true }]);
  });

  it('lets drafts and exercises in review get the texts later', async () => {
    for (const status of ['DRAFT', 'IN_REVIEW'] as const) {
      const { id } = await exercise(status);
      expect((await uploadImage(t, id, png(5, 3))).status).toBe(201);
    }
  });

  it('holds videos and edits of a published exercise to the same rule', async () => {
    const { id } = await exercise('PUBLISHED');
    const video = (extra: Record<string, string>) =>
      t.gql(ADD_VIDEO, {
        input: { exerciseId: id, url: 'https://videos.example.com/a.mp4', ...extra },
      });
    const refused = onlyError(await video({ altText: 'A lunge' }));
    expect(refused.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.author', message: expect.stringMatching(/required/) },
        { field: 'input.licence', message: expect.stringMatching(/required/) },
      ],
    });
    expect((await video(complete)).body.errors).toBeUndefined();

    const [item] = await mediaOf(id);
    const cleared = onlyError(
      await t.gql(UPDATE, { id: item.id, input: { altText: ' ', author: '' } }),
    );
    expect(cleared.extensions?.fields).toEqual([
      {
        field: 'input.altText',
        message: 'altText cannot be cleared while the exercise is published',
      },
      {
        field: 'input.author',
        message: 'author cannot be cleared while the exercise is published',
      },
    ]);
    const changed = await t.gql(UPDATE, { id: item.id, input: { altText: 'A forward lunge' } });
    expect(changed.body.data?.updateExerciseMedia).toEqual({
      altText: 'A forward lunge',
      author: complete.author,
    });
    // A draft's item may still be emptied.
    const draft = await exercise();
    const upload = await uploadImage(t, draft.id, png(6, 6), complete);
    const emptied = await t.gql(UPDATE, { id: upload.body.id, input: { altText: '' } });
    expect(emptied.body.errors).toBeUndefined();
  });

  it('never publishes an exercise with an incomplete picture, however an upload and a publish interleave', async () => {
    for (let round = 0; round < 4; round++) {
      const { id, version } = await exercise('IN_REVIEW');
      const [upload, publish] = await Promise.all([
        uploadImage(t, id, png(40 + round, 2)),
        t.gql(STATUS, { input: { id, version, status: 'PUBLISHED' } }),
      ]);
      const published = publish.body.data?.changeExerciseStatus.status === 'PUBLISHED';
      // One of the two wins; both never do.
      expect({ round, uploaded: upload.status === 201, published }).not.toEqual({
        round,
        uploaded: true,
        published: true,
      });
      expect(upload.status === 201 || published).toBe(true);
    }
  });

  it('merges what an exercise held twice before the key existed (migration 1765300000000)', async () => {
    const { id } = await exercise();
    const a = await uploadImage(t, id, png(3, 9), { altText: 'Kept words' });
    const b = await uploadImage(t, id, png(4, 9));
    const runner = t.dataSource.createQueryRunner();
    const migration = new MediaContentKey1765300000000();
    let copy: { id: string };
    try {
      await runner.startTransaction();
      await migration.down(runner);
      // A copy of A as uploads before the key could leave it, with a confirmed licence and an
      // author A lacks, and a video showing the copy as its poster.
      [copy] = await runner.query(
        `INSERT INTO media (exercise_id, position, kind, sha256, mime, width, height, bytes,
                            storage_key, alt_text, credit, licence, licence_verified)
         SELECT exercise_id, 2, kind, sha256, mime, width, height, bytes, storage_key, '',
                'Copy author', 'CC BY 4.0', true
         FROM media WHERE id = $1 RETURNING id`,
        [a.body.id],
      );
      await runner.query(
        `INSERT INTO media (exercise_id, position, kind, video_url, poster_id)
         VALUES ($1, 3, 'VIDEO', 'https://videos.example.com/m.mp4', $2)`,
        [id, copy.id],
      );
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      // Released before the next request: the embedded engine has one connection.
      await runner.release();
    }

    expect(await mediaOf(id)).toEqual([
      expect.objectContaining({
        id: a.body.id,
        position: 0,
        altText: 'Kept words',
        author: 'Copy author',
        licence: 'CC BY 4.0',
        licenceVerified: true,
      }),
      expect.objectContaining({ id: b.body.id, position: 1 }),
      expect.objectContaining({ kind: 'VIDEO', position: 2, poster: { id: a.body.id } }),
    ]);
    const removed = (await t.gql(AUDIT, { action: 'MEDIA_REMOVED' }, 'admin')).body.data!.auditLog;
    expect(removed.find((e) => e.targetId === copy.id)?.details).toMatchObject({
      duplicateOf: a.body.id,
      credit: 'Copy author',
    });
    // The key is back: the same bytes again are the kept item.
    const again = await uploadImage(t, id, png(3, 9));
    expect([again.status, again.body.id]).toEqual([200, a.body.id]);
  });
});
