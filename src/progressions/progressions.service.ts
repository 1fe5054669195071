import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context/request-context.js';
import { groupBy } from '../common/database/loaders.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { badUserInput, notFound } from '../common/errors/errors.js';
import type { Exercise } from '../exercises/exercise.entity.js';
import { edgesReadWith, endReadWith } from '../exercises/exercise-detail.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import type { LinkExercisesInput } from './dto/link-exercises.input.js';
import type { UpdateProgressionInput } from './dto/update-progression.input.js';
import type { LadderStep } from './models/ladder-step.model.js';
import type { ProgressionPath } from './models/progression-path.model.js';
import type { Progression } from './progression.entity.js';
import { ProgressionRepository } from './progression.repository.js';
import { PathDirection, ProgressionKind } from './vocabulary.js';

/** Longest chain walked when looking for a path or a cycle; far above any real ladder. */
const MAX_WALK = 50;
const MAX_LADDER_DEPTH = 20;

export type Relation = 'progressions' | 'regressions' | 'variations';

const RELATIONS: Record<Relation, (id: string) => (p: Progression) => boolean> = {
  progressions: (id) => (p) => p.kind === ProgressionKind.PROGRESSION && p.fromId === id,
  regressions: (id) => (p) => p.kind === ProgressionKind.PROGRESSION && p.toId === id,
  variations: (id) => (p) =>
    p.kind === ProgressionKind.VARIATION && (p.fromId === id || p.toId === id),
};

/**
 * The progression graph. Every write takes one advisory lock before checking for cycles: two
 * transactions adding a->b and b->a would otherwise each pass the check under READ COMMITTED
 * and together leave a cycle.
 */
@Injectable()
export class ProgressionsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly edges: ProgressionRepository,
    private readonly exercises: ExercisesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The edges touching `exerciseId` that it sees as `relation`, through one loader per request:
   * progressions, regressions and variations of a whole page cost a single query together.
   * An edge whose other end this viewer may not see is left out.
   */
  async related(
    ctx: RequestContext,
    exercise: Exercise,
    relation: Relation,
  ): Promise<Progression[]> {
    const id = exercise.id;
    // A detail read its edges and their ends with it (exercise-detail.ts): no statement here.
    const read = edgesReadWith(exercise);
    if (read) {
      return read.filter(RELATIONS[relation](id)).filter((p) => {
        const other = endReadWith(p, p.fromId === id ? 'to' : 'from');
        return other !== undefined && this.exercises.sees(ctx, other);
      }) as Progression[];
    }
    const loader = ctx.loader('progressionsTouching', async (ids: readonly string[]) =>
      groupBy(ids, await this.edges.findTouching(ctx, ids), (p) => [p.fromId, p.toId]),
    );
    const edges = (await loader.load(id)).filter(RELATIONS[relation](id));
    // The other ends come from the same per-request loader the `from`/`to` fields use, so this
    // check costs no extra statement.
    const visible = await Promise.all(
      edges.map((p) => this.exercises.isVisible(ctx, p.fromId === id ? p.toId : p.fromId)),
    );
    return edges.filter((_, i) => visible[i]);
  }

  async link(ctx: RequestContext, input: LinkExercisesInput): Promise<Progression> {
    if (input.fromId === input.toId) {
      throw badUserInput([
        { field: 'input.toId', message: 'an exercise cannot be linked to itself' },
      ]);
    }
    return this.db.withTransaction(ctx, async (ctx) => {
      await this.edges.lockGraph(ctx);
      const from = await this.usable(ctx, input.fromId, 'input.fromId');
      const to = await this.usable(ctx, input.toId, 'input.toId');
      const existing = await this.edges.findPair(ctx, from.id, to.id);
      if (input.kind === ProgressionKind.PROGRESSION) {
        await this.checkProgression(ctx, from, to);
      }
      if (existing) {
        throw badUserInput([
          {
            field: 'input.toId',
            message: `${from.slug} and ${to.slug} are already linked (${existing.kind})`,
          },
        ]);
      }
      const edge = await this.edges.save(ctx, {
        fromId: from.id,
        toId: to.id,
        kind: input.kind,
        changes: input.changes,
        criterion: input.criterion ?? '',
        order: input.order ?? 0,
      });
      await this.audit.record(ctx, 'PROGRESSION_LINKED', target(edge), {
        from: from.slug,
        to: to.slug,
        kind: edge.kind,
      });
      return edge;
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: UpdateProgressionInput,
  ): Promise<Progression> {
    return this.db.withTransaction(ctx, async (ctx) => {
      await this.edges.lockGraph(ctx);
      const edge = await this.existing(ctx, id);
      if (input.kind === ProgressionKind.PROGRESSION && edge.kind !== ProgressionKind.PROGRESSION) {
        const [from, to] = await Promise.all([
          this.usable(ctx, edge.fromId, 'id'),
          this.usable(ctx, edge.toId, 'id'),
        ]);
        await this.checkProgression(ctx, from, to);
      }
      const changes = dropUndefined(input);
      Object.assign(edge, changes);
      await this.audit.record(ctx, 'PROGRESSION_UPDATED', target(edge), {
        fields: Object.keys(changes),
      });
      return this.edges.save(ctx, edge);
    });
  }

  /** Deletes one edge; returns it as it was. */
  async unlink(ctx: RequestContext, id: string): Promise<Progression> {
    return this.db.withTransaction(ctx, async (ctx) => {
      await this.edges.lockGraph(ctx);
      const edge = await this.existing(ctx, id);
      await this.edges.delete(ctx, id);
      await this.audit.record(ctx, 'PROGRESSION_UNLINKED', target(edge), { kind: edge.kind });
      return edge;
    });
  }

  /** removeProgression: the unlink, with both exercises as they are now, as this viewer sees them. */
  async remove(
    ctx: RequestContext,
    id: string,
  ): Promise<{ removedProgressionId: string; from: Exercise; to: Exercise }> {
    const edge = await this.unlink(ctx, id);
    const [from, to] = await Promise.all([
      this.exercises.requireVisible(ctx, edge.fromId, 'from'),
      this.exercises.requireVisible(ctx, edge.toId, 'to'),
    ]);
    return { removedProgressionId: edge.id, from, to };
  }

  /** The rungs this viewer may see; an invisible one is dropped, the rungs beyond it stay. */
  async ladder(ctx: RequestContext, exerciseId: string, depth: number): Promise<LadderStep[]> {
    if (depth < 1 || depth > MAX_LADDER_DEPTH) {
      throw badUserInput([
        { field: 'depth', message: `depth must be from 1 to ${MAX_LADDER_DEPTH}` },
      ]);
    }
    const rows = await this.edges.ladder(ctx, exerciseId, depth);
    const exerciseIds = rows.map((r) => r.exerciseId);
    const viaIds = rows.flatMap((r) => (r.viaId ? [r.viaId] : []));
    const [exercises, vias] = await Promise.all([
      this.exercises.findVisible(ctx, exerciseIds),
      this.edges.findByIds(ctx, viaIds),
    ]);
    const exerciseById = new Map(exercises.map((e) => [e.id, e]));
    const viaById = new Map(vias.map((p) => [p.id, p]));
    return rows.flatMap((r) => {
      const exercise = exerciseById.get(r.exerciseId);
      if (!exercise) return [];
      return [{ level: r.level, exercise, via: r.viaId ? (viaById.get(r.viaId) ?? null) : null }];
    });
  }

  /**
   * The shortest chain of progressions between two exercises, in whichever direction exists;
   * null when there is none, or when it passes an exercise this viewer may not see.
   */
  async path(ctx: RequestContext, fromId: string, toId: string): Promise<ProgressionPath | null> {
    await this.visible(ctx, fromId, 'from');
    await this.visible(ctx, toId, 'to');
    if (fromId === toId) return { direction: PathDirection.HARDER, steps: [] };
    const harder = await this.edges.shortestPath(ctx, fromId, toId, MAX_WALK);
    const easier = harder ? null : await this.edges.shortestPath(ctx, toId, fromId, MAX_WALK);
    const ids = harder ?? easier;
    if (!ids) return null;
    const byId = new Map((await this.edges.findByIds(ctx, ids)).map((p) => [p.id, p]));
    const steps = ids.map((id) => byId.get(id) as Progression);
    const passes = new Set(steps.flatMap((p) => [p.fromId, p.toId]));
    const visible = await Promise.all([...passes].map((id) => this.exercises.isVisible(ctx, id)));
    if (!visible.every(Boolean)) return null;
    return harder
      ? { direction: PathDirection.HARDER, steps }
      : { direction: PathDirection.EASIER, steps: steps.reverse() };
  }

  /**
   * A PROGRESSION must not make the exercise easier, nor close a cycle. Hold the graph lock
   * (lockGraph) in ctx's transaction.
   */
  async checkProgression(ctx: RequestContext, from: Exercise, to: Exercise): Promise<void> {
    if (to.difficulty < from.difficulty) {
      throw badUserInput([
        {
          field: 'input.kind',
          message: `a progression must not be easier: ${to.slug} is difficulty ${to.difficulty}, ${from.slug} is ${from.difficulty}`,
        },
      ]);
    }
    const back = await this.edges.shortestPath(ctx, to.id, from.id, MAX_WALK);
    if (!back) return;
    // `back` leads from `to` to `from`: with the new edge it would be from -> to -> ... -> from.
    const byId = new Map((await this.edges.findByIds(ctx, back)).map((p) => [p.id, p]));
    const ids = [from.id, to.id, ...back.map((id) => (byId.get(id) as Progression).toId)];
    const exercises = await this.exercises.loader(ctx).loadMany([...new Set(ids)]);
    const slugById = new Map(
      exercises.flatMap((e) => (e && !(e instanceof Error) ? [[e.id, e.slug] as const] : [])),
    );
    const cycle = ids.map((id) => slugById.get(id));
    throw badUserInput([
      {
        field: 'input.toId',
        message: `linking ${from.slug} -> ${to.slug} would close a cycle: ${cycle.join(' -> ')}`,
      },
    ]);
  }

  /** An exercise this viewer may see; a missing or invisible one is NOT_FOUND. */
  private async visible(ctx: RequestContext, id: string, field: string): Promise<Exercise> {
    if (!isUUID(id)) throw badUserInput([{ field, message: `${field} must be a UUID` }]);
    return this.exercises.requireVisible(ctx, id, field);
  }

  /** An exercise that may be linked: visible to its curator and not archived. */
  private async usable(ctx: RequestContext, id: string, field: string): Promise<Exercise> {
    const exercise = await this.visible(ctx, id, field);
    if (exercise.status === ExerciseStatus.ARCHIVED) {
      throw badUserInput([{ field, message: `${exercise.slug} is archived and cannot be linked` }]);
    }
    return exercise;
  }

  private async existing(ctx: RequestContext, id: string): Promise<Progression> {
    if (!isUUID(id)) throw badUserInput([{ field: 'id', message: 'id must be a UUID' }]);
    const edge = await this.edges.findById(ctx, id);
    if (!edge) throw notFound('Progression', id);
    return edge;
  }

  /**
   * The library seed's edge from -> to, in ctx's transaction: created, or changed to `values` (a
   * new PROGRESSION checked as link checks it), or left alone when it holds them already.
   */
  async seedEdge(
    ctx: RequestContext,
    from: Exercise,
    to: Exercise,
    values: Pick<Progression, 'kind' | 'changes' | 'criterion' | 'order'>,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    await this.edges.lockGraph(ctx);
    const pair = await this.edges.findPair(ctx, from.id, to.id);
    const current = pair?.fromId === from.id ? pair : null;
    const fields = Object.keys(values) as (keyof typeof values)[];
    if (current && fields.every((f) => JSON.stringify(current[f]) === JSON.stringify(values[f]))) {
      return 'unchanged';
    }
    if (
      values.kind === ProgressionKind.PROGRESSION &&
      current?.kind !== ProgressionKind.PROGRESSION
    ) {
      await this.checkProgression(ctx, from, to);
    }
    await this.edges.save(ctx, { ...current, ...values, fromId: from.id, toId: to.id });
    return current ? 'updated' : 'created';
  }
}

function target(edge: Progression) {
  return { type: 'progression', id: edge.id };
}

function dropUndefined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
