import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { assertRoles } from '../common/access/roles.guard.js';
import { accountId, CURATORS } from '../common/access/viewer.js';
import { RequestContext } from '../common/context/request-context.js';
import { pgConstraint, pgErrorCode, UNIQUE_VIOLATION } from '../common/database/pg-errors.js';
import { firstFreeSlug, slugify } from '../common/slug.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { AppConfig } from '../common/config/app-config.js';
import {
  assertUuid,
  badUserInput,
  conflict,
  ErrorReason,
  forbidden,
  notFound,
} from '../common/errors/errors.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest } from '../common/pagination/page.args.js';
import { MediaService } from '../media/media.service.js';
import { diffSnapshots, type FieldChange } from './diff.js';
import type { Exercise } from './exercise.entity.js';
import type { CreateExerciseInput } from './dto/create-exercise.input.js';
import type { UpdateExerciseInput } from './dto/update-exercise.input.js';
import { ExerciseRepository } from './exercise.repository.js';
import { exerciseValues, newExerciseValues } from './exercise.values.js';
import type { Revision } from './revision.entity.js';
import { RevisionRepository } from './revision.repository.js';
import { listed, missingTagFields } from './tagging.js';
import { tempoOptional } from './exercise.rules.js';
import { ExerciseStatus } from './vocabulary.js';
import { ARRIVAL_ACTION, TRANSITIONS, transitionProblem } from './workflow.js';

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
    private readonly config: AppConfig,
  ) {}

  async create(
    ctx: RequestContext,
    input: CreateExerciseInput,
    message?: string | null,
  ): Promise<Exercise> {
    const values = newExerciseValues(input);
    if (!input.slug) {
      const base = slugify(input.name, 'exercise');
      values.slug = firstFreeSlug(base, await this.exercises.slugsLike(ctx, base));
    }
    return this.uniqueSlug('input.slug', () =>
      this.createExercise(ctx, values, message ?? 'Created', 'EXERCISE_CREATED'),
    );
  }

  async update(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateExerciseInput,
    message?: string | null,
  ): Promise<Exercise> {
    if (input.slug === null) {
      throw badUserInput([
        { field: 'input.slug', message: 'slug cannot be null: leave it out to keep it' },
      ]);
    }
    const current = await this.current(ctx, id);
    const changes = exerciseValues(input);
    const notation =
      changes.tempoNotation !== undefined ? changes.tempoNotation : current.tempoNotation;
    const intent = changes.tempoIntent !== undefined ? changes.tempoIntent : current.tempoIntent;
    // As on create: a draft with no tempo intent yet may have no notation either.
    if (!notation && !tempoOptional(intent)) {
      throw badUserInput([
        {
          field: 'input.tempo',
          message: 'tempo is required unless the tempo intent is ISOMETRIC or STRETCH',
        },
      ]);
    }
    assertStillTagged(current, changes);
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
    const untagged = missingTagFields(current);
    if (untagged.length > 0 && MUST_BE_TAGGED.has(status)) {
      throw badUserInput([
        {
          field: 'input.status',
          message: `the exercise has no ${listed(untagged)} yet: set ${untagged.length > 1 ? 'them' : 'it'} with updateExercise before it goes to ${status}`,
        },
      ]);
    }
    // Publishing also needs every picture and video described and credited, and (when the
    // clinic asks for it) a reviewer other than its authors; checked in the change's own
    // transaction (the embedded engine has one connection, which it holds).
    const check =
      status === ExerciseStatus.PUBLISHED
        ? async (ctx: RequestContext) => {
            await this.assertSecondReviewer(ctx, id);
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

  /**
   * Brings back a revision's content as a new revision. The status stays as it is now, unless
   * `asDraft`: then the exercise also becomes a DRAFT in the same revision (the way to bring back
   * a version that lacks tags a published or in-review exercise must keep).
   */
  async restore(
    ctx: RequestContext,
    id: string,
    version: number,
    revision: number,
    options: { message?: string | null; asDraft?: boolean | null } = {},
  ): Promise<Exercise> {
    const old = await this.revision(ctx, assertUuid(id), revision, 'input.revision');
    const { status: _status, ...content } = old.snapshot;
    const current = await this.current(ctx, id);
    const restored = content as Partial<Exercise>;
    if (options.asDraft) {
      const to = ExerciseStatus.DRAFT;
      const moved = current.status !== to;
      return this.change(
        ctx,
        id,
        version,
        moved ? { ...restored, status: to } : restored,
        options.message ??
          (moved
            ? `Restored version ${revision} as a DRAFT (was ${current.status})`
            : `Restored version ${revision}`),
        'EXERCISE_RESTORED',
        { revision, asDraft: true, ...(moved ? { from: current.status, to } : {}) },
        undefined,
        'input.revision',
      );
    }
    if (MUST_BE_TAGGED.has(current.status)) {
      const missing = missingTagFields({ ...current, ...restored });
      if (missing.length > 0) {
        throw badUserInput([
          {
            field: 'input.revision',
            message: `revision ${revision} has no ${listed(missing)}, which a ${current.status} exercise must keep: restore it with asDraft: true (the exercise becomes a DRAFT), then tag it and submit it again`,
          },
        ]);
      }
    }
    return this.change(
      ctx,
      id,
      version,
      restored,
      options.message ?? `Restored version ${revision}`,
      'EXERCISE_RESTORED',
      { revision },
      undefined,
      'input.revision',
    );
  }

  /**
   * A page of an exercise's revisions, newest first, for clinicians and admins: checked here, since
   * guards do not run on field resolvers and Exercise is public. Batched across the exercises of
   * one request that ask for the same page.
   */
  revisionPage(
    ctx: RequestContext,
    exerciseId: string,
    page: PageRequest,
  ): Promise<Connection<Revision>> {
    assertRoles(ctx.viewer, CURATORS, 'Reading revisions');
    const { first, after, last, before } = page;
    return ctx
      .loader<string, Connection<Revision>>(
        `revisions:${JSON.stringify([first, after, last, before])}`,
        (ids) => this.revisions.pages(ctx, ids, page),
      )
      .load(exerciseId);
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
    slugField = 'input.slug',
  ): Promise<Exercise> {
    const updated = await this.uniqueSlug(slugField, () =>
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

  /** Turns a broken unique slug or tagging rule (the database's last word) into the client's error. */
  private async uniqueSlug<T>(field: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION && /slug/.test((error as Error).message)) {
        throw badUserInput([
          {
            field,
            message:
              field === 'input.slug'
                ? 'slug is already used by another exercise'
                : 'its slug is now used by another exercise: change that slug first',
          },
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

  /**
   * With REQUIRE_SECOND_REVIEWER, the exercise's authors may not publish it: whoever submitted it
   * for review and whoever changed it while it was in review (the revisions since it last arrived
   * IN_REVIEW). Revisions without an account (the seed loader, imports) name no author.
   */
  private async assertSecondReviewer(ctx: RequestContext, id: string): Promise<void> {
    if (!this.config.REQUIRE_SECOND_REVIEWER) return;
    const publisher = accountId(ctx.viewer);
    const authors = await this.revisions.authorsSinceSubmitted(ctx, id);
    if (publisher && !authors.includes(publisher)) return;
    throw forbidden(
      'REQUIRE_SECOND_REVIEWER is on: you submitted or changed this exercise while it was in review, so another clinician or admin must publish it',
      { reason: ErrorReason.SECOND_REVIEWER_REQUIRED },
    );
  }
}

/** Statuses whose exercise keeps every tag (the database's exercise_tagged check too). */
const MUST_BE_TAGGED: ReadonlySet<ExerciseStatus> = new Set([
  ExerciseStatus.IN_REVIEW,
  ExerciseStatus.PUBLISHED,
]);

/**
 * An exercise in review or published keeps every tag: a change that would clear one is refused,
 * naming each field cleared and the way out its status has.
 */
function assertStillTagged(current: Exercise, changes: Partial<Exercise>): void {
  if (!MUST_BE_TAGGED.has(current.status)) return;
  const missing = missingTagFields({ ...current, ...changes });
  if (missing.length === 0) return;
  const wayOut = TRANSITIONS[current.status].includes(ExerciseStatus.DRAFT)
    ? 'move it back to DRAFT first'
    : 'restore a revision with asDraft: true to make it a DRAFT first';
  throw badUserInput(
    missing.map((field) => ({
      field: `input.${field}`,
      message: `${field} cannot be cleared while the exercise is ${current.status}: ${wayOut}`,
    })),
  );
}
