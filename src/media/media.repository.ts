import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, IsNull, Repository } from 'typeorm';
import { Media } from './media.entity.js';

/** Lock namespaces (two-key advisory locks): one exercise's media list, one content hash. */
const EXERCISE_MEDIA_LOCK = 726_002;
const CONTENT_LOCK = 726_003;

/** Every query on the media table; services never build SQL. */
@Injectable()
export class MediaRepository {
  constructor(@InjectRepository(Media) private readonly repo: Repository<Media>) {}

  findById(id: string, manager: EntityManager = this.repo.manager): Promise<Media | null> {
    return manager.getRepository(Media).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Media[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  /** The media of many exercises in one statement, each list in order. */
  findByExercises(
    exerciseIds: readonly string[],
    manager: EntityManager = this.repo.manager,
  ): Promise<Media[]> {
    return manager
      .getRepository(Media)
      .createQueryBuilder('m')
      .where('m.exercise_id = ANY(:ids)', { ids: [...exerciseIds] })
      .orderBy('m.position', 'ASC')
      .addOrderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /** Any image row holding these bytes and not marked damaged (what serving a file checks). */
  findImageByKey(storageKey: string): Promise<Media | null> {
    return this.repo.findOneBy({ sha256: storageKey.slice(0, 64), storageKey, problem: IsNull() });
  }

  /** Which of these storage keys `media:check` found damaged. */
  async damagedKeys(storageKeys: readonly string[]): Promise<Set<string>> {
    if (storageKeys.length === 0) return new Set();
    const rows: { key: string }[] = await this.repo.query(
      `SELECT DISTINCT storage_key AS key FROM media
       WHERE storage_key = ANY($1::text[]) AND problem IS NOT NULL`,
      [[...storageKeys]],
    );
    return new Set(rows.map((r) => r.key));
  }

  /** The next storage keys of images after `after`, in order: media:check walks them in pages. */
  async imageKeysAfter(after: string, limit: number): Promise<string[]> {
    const rows: { key: string }[] = await this.repo.query(
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
  async markProblem(storageKey: string, problem: string | null): Promise<number> {
    const result = await this.repo
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

  /** Whether an exercise already has an image with these bytes. */
  async exerciseShows(
    exerciseId: string,
    sha256: string,
    manager: EntityManager,
  ): Promise<boolean> {
    return manager.getRepository(Media).existsBy({ exerciseId, sha256 });
  }

  countBySha256(sha256: string, manager: EntityManager): Promise<number> {
    return manager.getRepository(Media).countBy({ sha256 });
  }

  /**
   * Serialises the changes to one exercise's media list until the transaction ends, so that
   * positions stay 0..n-1 when two editors add or move items at once.
   */
  async lockExercise(exerciseId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      EXERCISE_MEDIA_LOCK,
      exerciseId,
    ]);
  }

  /**
   * Serialises writing and removing the file of one content hash with the rows that name it:
   * an upload never sees a file that a removal is about to delete, nor the reverse.
   */
  async lockContent(sha256: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CONTENT_LOCK, sha256]);
  }

  /** A new item at the end of its exercise's list (hold the exercise lock). */
  async append(values: Partial<Media>, manager: EntityManager): Promise<Media> {
    const repo = manager.getRepository(Media);
    const position = await repo.countBy({ exerciseId: values.exerciseId });
    return repo.save(repo.create({ ...values, position }));
  }

  save(media: Media, manager: EntityManager): Promise<Media> {
    return manager.getRepository(Media).save(media);
  }

  /** Writes positions 0..n-1 in the order given (hold the exercise lock). */
  async renumber(ordered: readonly Media[], manager: EntityManager): Promise<void> {
    const ids = ordered.map((m) => m.id);
    await manager.query(
      `UPDATE media SET position = o.position - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
       WHERE media.id = o.id AND media.position <> o.position - 1`,
      [ids],
    );
    ordered.forEach((m, i) => (m.position = i));
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(Media).delete({ id });
  }
}
