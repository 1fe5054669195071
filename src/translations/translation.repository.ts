import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { updateIfVersion } from '../common/database/update-if-version.js';
import { ExerciseTranslation } from './exercise-translation.entity.js';
import type { Locale } from './locale.js';
import { TRANSLATABLE_FIELDS, type TranslatableField } from './localize.js';

/** The texts a write may set; a key left out is not touched. */
export type TranslationChanges = Partial<Pick<ExerciseTranslation, TranslatableField>>;

/** Every query on the exercise_translation table; services never build SQL. */
@Injectable()
export class TranslationRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** The translations of these exercises (into `locale`, or all), in one statement. */
  findByExercises(
    ctx: RequestContext,
    exerciseIds: readonly string[],
    locale?: Locale,
  ): Promise<ExerciseTranslation[]> {
    return this.db.getRepository(ctx, ExerciseTranslation).find({
      where: { exerciseId: In([...exerciseIds]), ...(locale ? { locale } : {}) },
      order: { exerciseId: 'ASC', locale: 'ASC' },
    });
  }

  findOne(
    ctx: RequestContext,
    exerciseId: string,
    locale: Locale,
  ): Promise<ExerciseTranslation | null> {
    return this.db.getRepository(ctx, ExerciseTranslation).findOneBy({ exerciseId, locale });
  }

  /**
   * Adds the translation at version 1 unless one exists, including one a concurrent request
   * inserted first (ON CONFLICT DO NOTHING waits for it): null then, never a unique violation.
   * `sourceHash` is the sourceHash() of the English it was written from.
   */
  async insertIfAbsent(
    ctx: RequestContext,
    exerciseId: string,
    locale: Locale,
    values: TranslationChanges,
    sourceHash: string,
    updatedBy: string | null,
  ): Promise<ExerciseTranslation | null> {
    const result = await this.db
      .manager(ctx)
      .createQueryBuilder()
      .insert()
      .into(ExerciseTranslation)
      .values({ exerciseId, locale, ...values, sourceHash, updatedBy })
      .orIgnore()
      .returning(['exerciseId'])
      .execute();
    const inserted = Array.isArray(result.raw) && result.raw.length > 0;
    return inserted ? this.findOne(ctx, exerciseId, locale) : null;
  }

  /**
   * Writes the change only if the translation is still at `version`; null when stale or missing.
   * Any change marks the whole translation as written from the current English (`sourceHash`):
   * the editor saw that English, so the translation is no longer outdated.
   */
  updateIfVersion(
    ctx: RequestContext,
    exerciseId: string,
    locale: Locale,
    version: number,
    changes: TranslationChanges,
    sourceHash: string,
    updatedBy: string | null,
  ): Promise<ExerciseTranslation | null> {
    return updateIfVersion(
      this.db.manager(ctx),
      ExerciseTranslation,
      { exerciseId, locale },
      version,
      { ...changes, sourceHash, updatedBy },
    );
  }

  /**
   * Deletes the translation only if it is still at `version`, returning what it held (for the
   * audit log); null when stale or missing.
   */
  async deleteIfVersion(
    ctx: RequestContext,
    exerciseId: string,
    locale: Locale,
    version: number,
  ): Promise<(TranslationChanges & { version: number }) | null> {
    const result = await this.db
      .manager(ctx)
      .createQueryBuilder()
      .delete()
      .from(ExerciseTranslation)
      .where('exercise_id = :exerciseId AND locale = :locale AND version = :version', {
        exerciseId,
        locale,
        version,
      })
      .returning([...TRANSLATABLE_FIELDS, 'version'])
      .execute();
    const rows = result.raw as (TranslationChanges & { version: number })[];
    return rows[0] ?? null;
  }
}
