import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { accountId } from '../common/access/viewer.js';
import type { RequestContext } from '../common/context/request-context.js';
import { groupBy } from '../common/database/loaders.js';
import { CHECK_VIOLATION, pgErrorCode } from '../common/database/pg-errors.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { badUserInput, conflict, notFound } from '../common/errors/errors.js';
import type { Exercise } from '../exercises/exercise.entity.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import type { SetExerciseTranslationInput } from './dto/set-exercise-translation.input.js';
import type { ExerciseTranslation } from './exercise-translation.entity.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';
import {
  type ExerciseText,
  isOutdated,
  localize,
  type LocalizedText,
  sourceHash,
  TRANSLATABLE_FIELDS,
} from './localize.js';
import { type TranslationChanges, TranslationRepository } from './translation.repository.js';

const AUDIT_TARGET = 'exercise_translation';

/** Where a translation handed to GraphQL carries the English of its exercise, when known. */
const ENGLISH = Symbol('english');

/**
 * A translation as GraphQL resolves it: with its exercise's current English when whoever
 * produced it had that at hand (Exercise.translations, setExerciseTranslation), so `outdated`
 * needs no further read; without it, `outdated` loads the exercise through the request's loader.
 */
export type ResolvedTranslation = ExerciseTranslation & { [ENGLISH]?: ExerciseText };

/**
 * Translations of an exercise's patient-facing text. Reading follows the exercise: whoever was
 * given the exercise may read its translations. Every change is a conditional write on the
 * version the editor read (a stale one is a CONFLICT) plus an audit entry, in one transaction;
 * the entry carries the text, since a translation has no revisions of its own.
 */
@Injectable()
export class TranslationsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly translations: TranslationRepository,
    private readonly exercises: ExercisesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Each exercise's translation into `locale`, by exercise id, in one statement (none for the
   * default locale, whose text is the exercise's own); inside ctx's transaction when it has one.
   */
  async forExercises(
    ctx: RequestContext,
    exerciseIds: string[],
    locale: Locale,
  ): Promise<Map<string, ExerciseTranslation>> {
    if (locale === DEFAULT_LOCALE || exerciseIds.length === 0) return new Map();
    const rows = await this.translations.findByExercises(ctx, exerciseIds, locale);
    return new Map(rows.map((t) => [t.exerciseId, t]));
  }

  /** Every stored translation of an exercise, by locale; a page of exercises costs one statement. */
  ofExercise(ctx: RequestContext, exerciseId: string): Promise<ExerciseTranslation[]> {
    const loader = ctx.loader('translationsByExercise', async (ids: readonly string[]) =>
      groupBy(ids, await this.translations.findByExercises(ctx, ids), (t) => [t.exerciseId]),
    );
    return loader.load(exerciseId);
  }

  /**
   * The exercise's translations, each carrying the exercise's English for `outdated` when the
   * exercise was read with all of it (a list reads only the columns asked for: see
   * selected-columns.ts). Copies, so the request's cached rows stay untouched.
   */
  async withEnglish(ctx: RequestContext, exercise: Exercise): Promise<ResolvedTranslation[]> {
    const rows = await this.ofExercise(ctx, exercise.id);
    const english = hasEnglish(exercise) ? exercise : undefined;
    return rows.map((t) => ({ ...t, [ENGLISH]: english }));
  }

  /**
   * Whether the exercise's English changed since the translation was written (see sourceHash).
   * An unknown hash (null) is not outdated. Without the English at hand, the exercise comes
   * from the request's batching loader: one statement for any number of translations.
   */
  async outdated(ctx: RequestContext, translation: ResolvedTranslation): Promise<boolean> {
    if (translation.sourceHash === null) return false;
    const english =
      translation[ENGLISH] ?? (await this.exercises.loader(ctx).load(translation.exerciseId));
    return english ? isOutdated(english, translation.sourceHash) : false;
  }

  /** The exercise's text in `locale`, field by field, from the same batched load. */
  async localized(ctx: RequestContext, exercise: Exercise, locale: Locale): Promise<LocalizedText> {
    if (locale === DEFAULT_LOCALE) return localize(exercise, null, locale);
    const all = await this.ofExercise(ctx, exercise.id);
    return localize(exercise, all.find((t) => t.locale === locale) ?? null, locale);
  }

  /**
   * Adds a translation (no expectedVersion) or changes one (expectedVersion = the version read).
   * Adding one that exists, even one a concurrent request just added, is a CONFLICT.
   */
  async set(ctx: RequestContext, input: SetExerciseTranslationInput): Promise<ResolvedTranslation> {
    const changes = changesOf(input);
    const fields = Object.keys(changes);
    if (fields.length === 0) {
      throw badUserInput([
        {
          field: 'input',
          message: 'give at least one of name, summary, steps, cues or precautions',
        },
      ]);
    }
    const adding = input.expectedVersion === null || input.expectedVersion === undefined;
    if (adding && isEmpty(changes)) throw emptyTranslation();
    const { exerciseId, locale } = input;
    return this.db
      .withTransaction(ctx, async (ctx) => {
        // Written from the English as it is now: the hash is taken in the same transaction.
        const exercise = await this.translatable(ctx, exerciseId);
        const hash = sourceHash(exercise);
        const by = accountId(ctx.viewer);
        const saved = adding
          ? await this.translations.insertIfAbsent(ctx, exerciseId, locale, changes, hash, by)
          : await this.translations.updateIfVersion(
              ctx,
              exerciseId,
              locale,
              input.expectedVersion as number,
              changes,
              hash,
              by,
            );
        if (!saved) {
          const current = await this.translations.findOne(ctx, exerciseId, locale);
          throw adding
            ? conflict(
                `Exercise ${exerciseId} already has a ${label(locale)} translation (version ${current?.version}): send expectedVersion to change it.`,
                { currentVersion: current?.version ?? null },
              )
            : staleOrMissing(exerciseId, locale, input.expectedVersion as number, current);
        }
        // Clearing every text would leave a translation of nothing: that is a removal.
        if (isEmpty(saved)) throw emptyTranslation();
        await this.audit.record(
          ctx,
          adding ? 'TRANSLATION_ADDED' : 'TRANSLATION_UPDATED',
          { type: AUDIT_TARGET, id: exerciseId },
          { locale, version: saved.version, fields, values: changes },
        );
        return { ...saved, [ENGLISH]: exercise };
      })
      .catch((error: unknown) => {
        // The database's own guard against a translation of nothing (see the migration).
        throw pgErrorCode(error) === CHECK_VIOLATION ? emptyTranslation() : error;
      });
  }

  /** Deletes one translation at the version read; returns its exercise. */
  async remove(
    ctx: RequestContext,
    exerciseId: string,
    locale: Locale,
    expectedVersion: number,
  ): Promise<Exercise> {
    return this.db.withTransaction(ctx, async (ctx) => {
      const exercise = await this.exercises.requireVisible(ctx, exerciseId);
      const removed = await this.translations.deleteIfVersion(
        ctx,
        exerciseId,
        locale,
        expectedVersion,
      );
      if (!removed) {
        const current = await this.translations.findOne(ctx, exerciseId, locale);
        if (!current) throw notFound(`The ${label(locale)} translation of exercise`, exerciseId);
        throw staleOrMissing(exerciseId, locale, expectedVersion, current);
      }
      const { version, ...values } = removed;
      await this.audit.record(
        ctx,
        'TRANSLATION_REMOVED',
        { type: AUDIT_TARGET, id: exerciseId },
        { locale, version, values },
      );
      return exercise;
    });
  }

  /** A retired exercise reaches no new handout, so translating it would be wasted work. */
  private async translatable(ctx: RequestContext, id: string): Promise<Exercise> {
    const exercise = await this.exercises.requireVisible(ctx, id, 'input.exerciseId');
    if (exercise.status === ExerciseStatus.ARCHIVED) {
      throw badUserInput([
        {
          field: 'input.exerciseId',
          message: 'the exercise is ARCHIVED: move it back to DRAFT before translating it',
        },
      ]);
    }
    return exercise;
  }

  /**
   * The library seed's whole text of one translation (null: untranslated), in ctx's transaction,
   * written only when it differs, with `hash`, the sourceHash() of the English it goes with.
   */
  async seedTranslation(
    ctx: RequestContext,
    exerciseId: string,
    locale: Locale,
    text: Required<TranslationChanges>,
    hash: string,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const current = await this.translations.findOne(ctx, exerciseId, locale);
    const same = (t: ExerciseTranslation) =>
      TRANSLATABLE_FIELDS.every((f) => JSON.stringify(t[f]) === JSON.stringify(text[f]));
    if (current && same(current)) return 'unchanged';
    const by = accountId(ctx.viewer);
    const saved = current
      ? await this.translations.updateIfVersion(
          ctx,
          exerciseId,
          locale,
          current.version,
          text,
          hash,
          by,
        )
      : await this.translations.insertIfAbsent(ctx, exerciseId, locale, text, hash, by);
    if (!saved)
      throw conflict(
        `The ${label(locale)} translation of exercise ${exerciseId} changed while seeding`,
      );
    await this.audit.record(
      ctx,
      current ? 'TRANSLATION_UPDATED' : 'TRANSLATION_ADDED',
      { type: AUDIT_TARGET, id: exerciseId },
      { locale, version: saved.version, values: text },
    );
    return current ? 'updated' : 'created';
  }
}

/** Whether every English field was read (a list may have read only some columns). */
function hasEnglish(exercise: Exercise): boolean {
  return TRANSLATABLE_FIELDS.every((f) => exercise[f] !== undefined && exercise[f] !== null);
}

/** The texts the input carries: a key left out (undefined) stays, null clears. */
function changesOf(input: SetExerciseTranslationInput): TranslationChanges {
  return Object.fromEntries(
    TRANSLATABLE_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f] ?? null]),
  ) as TranslationChanges;
}

function isEmpty(text: TranslationChanges): boolean {
  return TRANSLATABLE_FIELDS.every((f) => text[f] === null || text[f] === undefined);
}

function emptyTranslation() {
  return badUserInput([
    {
      field: 'input',
      message:
        'a translation needs at least one of name, summary, steps, cues or precautions; use removeExerciseTranslation to delete one',
    },
  ]);
}

function staleOrMissing(
  exerciseId: string,
  locale: Locale,
  expected: number,
  current: ExerciseTranslation | null,
) {
  return current
    ? conflict(
        `The ${label(locale)} translation of exercise ${exerciseId} was changed by someone else: you edited version ${expected}, it is now at version ${current.version}. Reload it and apply your change again.`,
        { currentVersion: current.version },
      )
    : conflict(
        `Exercise ${exerciseId} has no ${label(locale)} translation any more: leave expectedVersion out to add one.`,
        { currentVersion: null },
      );
}

/** The locale as GraphQL spells it (ES), for messages. */
function label(locale: Locale): string {
  return locale.toUpperCase();
}
