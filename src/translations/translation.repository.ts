import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { ExerciseTranslation } from './exercise-translation.entity.js';
import type { Locale } from './locale.js';
import { TRANSLATABLE_FIELDS, type TranslatableField } from './localize.js';

/** The texts a write may set; a key left out is not touched. */
export type TranslationChanges = Partial<Pick<ExerciseTranslation, TranslatableField>>;

/** Every query on the exercise_translation table; services never build SQL. */
@Injectable()
export class TranslationRepository {
  constructor(
    @InjectRepository(ExerciseTranslation) private readonly repo: Repository<ExerciseTranslation>,
  ) {}

  /** The translations of these exercises (into `locale`, or all), in one statement. */
  findByExercises(
    exerciseIds: readonly string[],
    locale?: Locale,
    manager: EntityManager = this.repo.manager,
  ): Promise<ExerciseTranslation[]> {
    return manager.getRepository(ExerciseTranslation).find({
      where: { exerciseId: In([...exerciseIds]), ...(locale ? { locale } : {}) },
      order: { exerciseId: 'ASC', locale: 'ASC' },
    });
  }

  findOne(
    exerciseId: string,
    locale: Locale,
    manager: EntityManager = this.repo.manager,
  ): Promise<ExerciseTranslation | null> {
    return manager.getRepository(ExerciseTranslation).findOneBy({ exerciseId, locale });
  }

  /**
   * Adds the translation at version 1 unless one exists, including one a concurrent request
   * inserted first (ON CONFLICT DO NOTHING waits for it): null then, never a unique violation.
   * `sourceHash` is the sourceHash() of the English it was written from.
   */
  async insertIfAbsent(
    exerciseId: string,
    locale: Locale,
    values: TranslationChanges,
    sourceHash: string,
    updatedBy: string | null,
    manager: EntityManager = this.repo.manager,
  ): Promise<ExerciseTranslation | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ExerciseTranslation)
      .values({ exerciseId, locale, ...values, sourceHash, updatedBy })
      .orIgnore()
      .returning(['exerciseId'])
      .execute();
    const inserted = Array.isArray(result.raw) && result.raw.length > 0;
    return inserted ? this.findOne(exerciseId, locale, manager) : null;
  }

  /**
   * Writes the change only if the translation is still at `version` (a conditional update, so
   * two editors starting from one version cannot both win). Null when stale or missing. Any
   * change marks the whole translation as written from the current English (`sourceHash`): the
   * editor saw that English, so the translation is no longer outdated.
   */
  async updateIfVersion(
    exerciseId: string,
    locale: Locale,
    version: number,
    changes: TranslationChanges,
    sourceHash: string,
    updatedBy: string | null,
    manager: EntityManager = this.repo.manager,
  ): Promise<ExerciseTranslation | null> {
    const result = await manager
      .createQueryBuilder()
      .update(ExerciseTranslation)
      .set({
        ...changes,
        sourceHash,
        updatedBy,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .where('exercise_id = :exerciseId AND locale = :locale AND version = :version', {
        exerciseId,
        locale,
        version,
      })
      .execute();
    return result.affected ? this.findOne(exerciseId, locale, manager) : null;
  }

  /**
   * Deletes the translation only if it is still at `version`, returning what it held (for the
   * audit log); null when stale or missing.
   */
  async deleteIfVersion(
    exerciseId: string,
    locale: Locale,
    version: number,
    manager: EntityManager = this.repo.manager,
  ): Promise<(TranslationChanges & { version: number }) | null> {
    const result = await manager
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
