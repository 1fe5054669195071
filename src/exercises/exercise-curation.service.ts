import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { accountId } from '../common/access/viewer.js';
import { RequestContext } from '../common/context/request-context.js';
import { pgConstraint, pgErrorCode, UNIQUE_VIOLATION } from '../common/database/pg-errors.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { assertUuid, badUserInput, conflict, notFound } from '../common/errors/errors.js';
import { MediaService } from '../media/media.service.js';
import { diffSnapshots, type FieldChange } from './diff.js';
import type { Exercise } from './exercise.entity.js';
import type { CreateExerciseInput } from './dto/create-exercise.input.js';
import type { UpdateExerciseInput } from './dto/update-exercise.input.js';
import { ExerciseRepository } from './exercise.repository.js';
import { exerciseValues, newExerciseValues } from './exercise.values.js';
import type { Revision } from './revision.entity.js';
import { RevisionRepository } from './revision.repository.js';
import { missingTags } from './tagging.js';
import { ExerciseStatus, TempoIntent } from './vocabulary.js';
import { ARRIVAL_ACTION, transitionProblem } from './workflow.js';

/** What a revision keeps: the content and status, not the bookkeeping columns. */
const NOT_CONTENT = new Set(['id', 'version', 'createdAt', 'updatedAt']);

export function snapshotOf(exercise: Exercise): Record<string, unknown> {
  return Object.fromEntries(Object.entries(exercise).filter(([key]) => !NOT_CONTENT.has(key)));
}

/**
 * Every change to the library: each one a conditional update on the version the editor read
 * (a stale version is a CONFLICT, never a silent overwrite), a revision and an audit entry, all
 * in one transaction.
 */
@Injectable()
export class ExerciseCurationService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly exercises: ExerciseRepository,
    private readonly revisions: RevisionRepository,
    private readonly audit: AuditService,
    private readonly media: MediaService,
  ) {}

  create(
    ctx: RequestContext,
    input: CreateExerciseInput,
    message?: string | null,
  ): Promise<Exercise> {
    return this.uniqueSlug(() =>
      this.createExercise(ctx, newExerciseValues(input), message ?? 'Created', 'EXERCISE_CREATED'),
    );
  }

  async update(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateExerciseInput,
    message?: string | null,
  ): Promise<Exercise> {
    const current = await this.current(ctx, id);
    const changes = exerciseValues(input);
    const notation =
      changes.tempoNotation !== undefined ? changes.tempoNotation : current.tempoNotation;
    if (!notation && (changes.tempoIntent ?? current.tempoIntent) !== TempoIntent.ISOMETRIC) {
      throw badUserInput([
        { field: 'input.tempo', message: 'tempo is required unless the tempo intent is ISOMETRIC' },
      ]);
    }
    assertStillTagged(current, changes, 'input', 'the change');
    return this.change(ctx, id, version, changes, message ?? 'Edited', 'EXERCISE_UPDATED');
  }

  async changeStatus(
    ctx: RequestContext,
    id: string,
    version: number,
    status: ExerciseStatus,
    message?: string | null,
  ): Promise<Exercise> {
    const current = await this.current(ctx, id);
    const problem = transitionProblem(current.status, status);
    if (problem) throw badUserInput([{ field: 'input.status', message: problem }]);
    const untagged = missingTags(current);
    if (
      untagged.length > 0 &&
      (status === ExerciseStatus.IN_REVIEW || status === ExerciseStatus.PUBLISHED)
    ) {
      throw badUserInput([
        {
          field: 'input.status',
          message: `tag ${untagged.join(', ')} before the exercise goes to ${status}`,
        },
      ]);
    }
    // Publishing also needs every picture and video described and credited; checked in the
    // change's own transaction (the embedded engine has one connection, which it holds).
    const check =
      status === ExerciseStatus.PUBLISHED
        ? async (ctx: RequestContext) => {
            const problems = await this.media.publishProblems(ctx, id);
            if (problems.length > 0) {
              throw badUserInput(problems.map((message) => ({ field: 'input.id', message })));
            }
          }
        : undefined;
    return this.change(
      ctx,
      id,
      version,
      { status },
      message ?? `Now ${status}`,
      ARRIVAL_ACTION[status],
      { from: current.status, to: status },
      check,
    );
  }

  /** Brings back a revision's content (its status stays as it is now), as a new revision. */
  async restore(
    ctx: RequestContext,
    id: string,
    version: number,
    revision: number,
    message?: string | null,
  ): Promise<Exercise> {
    const old = await this.revision(ctx, assertUuid(id), revision, 'input.revision');
    const { status: _status, ...content } = old.snapshot;
    assertStillTagged(
      await this.current(ctx, id),
      content as Partial<Exercise>,
      'input.revision',
      `revision ${revision}`,
    );
    return this.change(
      ctx,
      id,
      version,
      content as Partial<Exercise>,
      message ?? `Restored version ${revision}`,
      'EXERCISE_RESTORED',
      { revision },
    );
  }

  revisionsOf(ctx: RequestContext, exerciseId: string): Promise<Revision[]> {
    return this.revisions.findByExercise(ctx, assertUuid(exerciseId));
  }

  async diff(
    ctx: RequestContext,
    exerciseId: string,
    from: number,
    to: number,
  ): Promise<FieldChange[]> {
    const [a, b] = await Promise.all([
      this.revision(ctx, exerciseId, from, 'from'),
      this.revision(ctx, exerciseId, to, 'to'),
    ]);
    return diffSnapshots(a.snapshot, b.snapshot);
  }

  /**
   * Adds an exercise with its first revision and audit entry, in the context's transaction (one
   * is opened when it is in none): also the write side for seeding and import.
   */
  createExercise(
    ctx: RequestContext,
    values: Partial<Exercise>,
    message: string,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<Exercise> {
    return this.db.withTransaction(ctx, async (ctx) => {
      const exercise = await this.exercises.insert(ctx, values);
      await this.writeRevision(ctx, exercise, message, action, details);
      return exercise;
    });
  }

  /**
   * Writes `changes` over `current` if it is still at the version read, with a revision and an
   * audit entry, in the context's transaction. Null when someone changed it since.
   */
  updateExercise(
    ctx: RequestContext,
    current: Pick<Exercise, 'id' | 'version'>,
    changes: Partial<Exercise>,
    message: string,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<Exercise | null> {
    return this.db.withTransaction(ctx, async (ctx) => {
      const exercise = await this.exercises.updateIfVersion(
        ctx,
        current.id,
        current.version,
        changes,
      );
      if (exercise) await this.writeRevision(ctx, exercise, message, action, details);
      return exercise;
    });
  }

  /** The newest revision of each exercise, for writers that must not overwrite a person's edit. */
  async latestRevisions(
    ctx: RequestContext,
    exerciseIds: readonly string[],
  ): Promise<Map<string, Revision>> {
    const rows = await this.revisions.latest(ctx, exerciseIds);
    return new Map(rows.map((r) => [r.exerciseId, r]));
  }

  private async change(
    ctx: RequestContext,
    id: string,
    version: number,
    changes: Partial<Exercise>,
    message: string,
    action: string,
    details: Record<string, unknown> = {},
    check?: (ctx: RequestContext) => Promise<void>,
  ): Promise<Exercise> {
    const updated = await this.uniqueSlug(() =>
      this.db.withTransaction(ctx, async (ctx) => {
        await check?.(ctx);
        return this.updateExercise(ctx, { id, version }, changes, message, action, {
          fields: Object.keys(changes),
          ...details,
        });
      }),
    );
    if (updated) return updated;
    const latest = await this.current(ctx, id);
    throw conflict(
      `Exercise ${id} was changed by someone else: you edited version ${version}, it is now at version ${latest.version}. Reload it and apply your change again.`,
      { currentVersion: latest.version },
    );
  }

  /** The revision of this version and its audit entry, in the context's transaction. */
  private async writeRevision(
    ctx: RequestContext,
    exercise: Exercise,
    message: string,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.revisions.append(ctx, {
      exerciseId: exercise.id,
      version: exercise.version,
      snapshot: snapshotOf(exercise),
      authorId: accountId(ctx.viewer),
      message,
    });
    await this.audit.record(
      ctx,
      action,
      { type: 'exercise', id: exercise.id },
      { version: exercise.version, ...details },
    );
  }

  private async current(ctx: RequestContext, id: string): Promise<Exercise> {
    const exercise = await this.exercises.findById(ctx, assertUuid(id));
    if (!exercise) throw notFound('Exercise', id);
    return exercise;
  }

  private async revision(
    ctx: RequestContext,
    exerciseId: string,
    version: number,
    field: string,
  ): Promise<Revision> {
    const revision = await this.revisions.findOne(ctx, assertUuid(exerciseId), version);
    if (!revision) {
      throw badUserInput([{ field, message: `exercise ${exerciseId} has no revision ${version}` }]);
    }
    return revision;
  }

  private async uniqueSlug<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION && /slug/.test((error as Error).message)) {
        throw badUserInput([
          { field: 'input.slug', message: 'slug is already used by another exercise' },
        ]);
      }
      // The status moved on between the check and the write (another editor submitted it).
      if (pgConstraint(error) === 'exercise_tagged') {
        throw badUserInput([
          { field: 'input', message: 'an exercise in review or published must stay fully tagged' },
        ]);
      }
      throw error;
    }
  }
}

/**
 * An exercise in review or published keeps every tag (the database checks it too): a change or a
 * restored revision that would leave one out is refused, saying which.
 */
function assertStillTagged(
  current: Exercise,
  changes: Partial<Exercise>,
  field: string,
  what: string,
): void {
  if (current.status !== ExerciseStatus.IN_REVIEW && current.status !== ExerciseStatus.PUBLISHED) {
    return;
  }
  const missing = missingTags({ ...current, ...changes });
  if (missing.length === 0) return;
  throw badUserInput([
    {
      field,
      message: `${what} would leave the ${current.status} exercise without ${missing.join(', ')}: tag it, or move it back to DRAFT first`,
    },
  ]);
}
