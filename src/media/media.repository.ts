import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { Media } from './media.entity.js';

/** Lock namespaces (two-key advisory locks): one exercise's media list, one content hash. */
const EXERCISE_MEDIA_LOCK = 726_002;
const CONTENT_LOCK = 726_003;
/** One exercise holds the same bytes once (migration 1765300000000). */
const CONTENT_KEY = 'media_exercise_content_key';

/** Every query on the media table; services never build SQL. */
@Injectable()
export class MediaRepository {
  constructor(private readonly db: TransactionalConnection) {}

  findById(ctx: RequestContext, id: string): Promise<Media | null> {
    return this.db.getRepository(ctx, Media).findOneBy({ id });
  }

  findByIds(ctx: RequestContext, ids: readonly string[]): Promise<Media[]> {
    return this.db.getRepository(ctx, Media).findBy({ id: In([...ids]) });
  }

  /** The media of many exercises in one statement, each list in order. */
  findByExercises(ctx: RequestContext, exerciseIds: readonly string[]): Promise<Media[]> {
    return this.db
      .getRepository(ctx, Media)
      .createQueryBuilder('m')
      .where('m.exercise_id = ANY(:ids)', { ids: [...exerciseIds] })
      .orderBy('m.position', 'ASC')
      .addOrderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /** Any image row holding these bytes and not marked damaged (what serving a file checks). */
  findImageByKey(ctx: RequestContext, storageKey: string): Promise<Media | null> {
    return this.db
      .getRepository(ctx, Media)
      .findOneBy({ sha256: storageKey.slice(0, 64), storageKey, problem: IsNull() });
  }

  /**
   * Which of these storage keys a handout must leave out, in one statement: `damaged`, those
   * media:check found damaged; `unverified`, those no item with a confirmed licence names.
   */
  async unprintableKeys(
    ctx: RequestContext,
    storageKeys: readonly string[],
  ): Promise<{ damaged: Set<string>; unverified: Set<string> }> {
    const damaged = new Set<string>();
    const unverified = new Set<string>();
    if (storageKeys.length === 0) return { damaged, unverified };
    const rows: { key: string; damaged: boolean; verified: boolean }[] = await this.db
      .manager(ctx)
      .query(
        `SELECT k.key,
                coalesce(bool_or(m.problem IS NOT NULL), false) AS damaged,
                coalesce(bool_or(m.licence_verified), false) AS verified
         FROM unnest($1::text[]) AS k(key)
         LEFT JOIN media m ON m.storage_key = k.key
         GROUP BY k.key`,
        [[...storageKeys]],
      );
    for (const row of rows) {
      if (row.damaged) damaged.add(row.key);
      if (!row.verified) unverified.add(row.key);
    }
    return { damaged, unverified };
  }

  /** The next storage keys of images after `after`, in order: media:check walks them in pages. */
  async imageKeysAfter(ctx: RequestContext, after: string, limit: number): Promise<string[]> {
    const rows: { key: string }[] = await this.db.manager(ctx).query(
      `SELECT DISTINCT storage_key AS key FROM media
       WHERE kind = 'IMAGE' AND storage_key > $1 ORDER BY storage_key LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.key);
  }

  /**
   * Records what media:check found on every row naming these bytes (null: they are fine);
   * returns how many rows changed.
   */
  async markProblem(
    ctx: RequestContext,
    storageKey: string,
    problem: string | null,
  ): Promise<number> {
    const result = await this.db
      .getRepository(ctx, Media)
      .createQueryBuilder()
      .update(Media)
      .set({ problem })
      .where('storage_key = :storageKey AND problem IS DISTINCT FROM CAST(:problem AS text)', {
        storageKey,
        problem,
      })
      .execute();
    return result.affected ?? 0;
  }

  /** The image of this exercise with these bytes (there is at most one), or null. */
  findImage(ctx: RequestContext, exerciseId: string, sha256: string): Promise<Media | null> {
    return this.db.getRepository(ctx, Media).findOneBy({ exerciseId, sha256 });
  }

  countBySha256(ctx: RequestContext, sha256: string): Promise<number> {
    return this.db.getRepository(ctx, Media).countBy({ sha256 });
  }

  /**
   * Serialises the changes to one exercise's media list until the transaction ends, so that
   * positions stay 0..n-1 when two editors add or move items at once.
   */
  async lockExercise(ctx: RequestContext, exerciseId: string): Promise<void> {
    await this.db
      .manager(ctx)
      // Lower case: an id sent in capitals names the same exercise, so it must be the same lock.
      .query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        EXERCISE_MEDIA_LOCK,
        exerciseId.toLowerCase(),
      ]);
  }

  /**
   * Serialises writing and removing the file of one content hash with the rows that name it:
   * an upload never sees a file that a removal is about to delete, nor the reverse.
   */
  async lockContent(ctx: RequestContext, sha256: string): Promise<void> {
    await this.db
      .manager(ctx)
      .query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CONTENT_LOCK, sha256]);
  }

  /** A new item at the end of its exercise's list (hold the exercise lock). */
  async append(ctx: RequestContext, values: Partial<Media>): Promise<Media> {
    const repo = this.db.getRepository(ctx, Media);
    const position = await repo.countBy({ exerciseId: values.exerciseId });
    return repo.save(repo.create({ ...values, position }));
  }

  /**
   * A new image at the end of its exercise's list, unless the exercise has these bytes already
   * (media_exercise_content_key): then nothing is written and the existing item is returned
   * with `inserted: false`. ON CONFLICT rather than a caught violation: the transaction goes on.
   */
  async appendImage(
    ctx: RequestContext,
    values: Partial<Media> & Pick<Media, 'exerciseId' | 'sha256'>,
  ): Promise<{ media: Media; inserted: boolean }> {
    const repo = this.db.getRepository(ctx, Media);
    const position = await repo.countBy({ exerciseId: values.exerciseId });
    const result = await repo
      .createQueryBuilder()
      .insert()
      .values({ ...values, position })
      // An upsert that overwrites no column is ON CONFLICT ON CONSTRAINT ... DO NOTHING.
      .orUpdate([], CONTENT_KEY)
      .updateEntity(false)
      .returning('id')
      .execute();
    const media = await this.findImage(ctx, values.exerciseId, values.sha256 as string);
    if (!media) throw new Error('an image row neither inserted nor found');
    return { media, inserted: (result.raw as unknown[]).length > 0 };
  }

  save(ctx: RequestContext, media: Media): Promise<Media> {
    return this.db.getRepository(ctx, Media).save(media);
  }

  /** Writes positions 0..n-1 in the order given (hold the exercise lock). */
  async renumber(ctx: RequestContext, ordered: readonly Media[]): Promise<void> {
    const ids = ordered.map((m) => m.id);
    await this.db.manager(ctx).query(
      `UPDATE media SET position = o.position - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
       WHERE media.id = o.id AND media.position <> o.position - 1`,
      [ids],
    );
    ordered.forEach((m, i) => (m.position = i));
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    await this.db.getRepository(ctx, Media).delete({ id });
  }
}
