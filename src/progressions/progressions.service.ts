import type { RequestContext } from '../common/context/request-context.js';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { groupBy, requestLoader } from '../common/database/loaders.js';
import { badUserInput, notFound } from '../common/errors/errors.js';
import type { Exercise } from '../exercises/exercise.entity.js';
import { ExerciseRepository } from '../exercises/exercise.repository.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { canSee } from '../exercises/visibility.js';
import { AuditService } from '../audit/audit.service.js';
import { seesUnpublished, type Viewer } from '../common/access/viewer.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import type { Progression } from './progression.entity.js';
import type { LinkExercisesInput, UpdateProgressionInput } from './progression.inputs.js';
import { ProgressionRepository } from './progression.repository.js';
import { ProgressionKind } from './vocabulary.js';

/** Longest chain walked when looking for a path or a cycle; far above any real ladder. */
const MAX_WALK = 50;
const MAX_LADDER_DEPTH = 20;

export interface LadderStep {
  level: number;
  exercise: Exercise;
  via: Progression | null;
}

export enum PathDirection {
  HARDER = 'HARDER',
  EASIER = 'EASIER',
}

export interface ProgressionPath {
  direction: PathDirection;
  steps: Progression[];
}

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
    private readonly dataSource: DataSource,
    private readonly edges: ProgressionRepository,
    private readonly exercises: ExerciseRepository,
    private readonly library: ExercisesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The edges touching `exerciseId` that it sees as `relation`, through one loader per request:
   * progressions, regressions and variations of a whole page cost a single query together.
   */
  async related(
    context: object,
    exerciseId: string,
    relation: Relation,
    viewer: Viewer,
  ): Promise<Progression[]> {
    const loader = requestLoader(context, 'progressionsTouching', async (ids: readonly string[]) =>
      groupBy(ids, await this.edges.findTouching(ids), (p) => [p.fromId, p.toId]),
    );
    const edges = (await loader.load(exerciseId)).filter(RELATIONS[relation](exerciseId));
    if (seesUnpublished(viewer)) return edges;
    // The other ends come from the same per-request loader the `from`/`to` fields use, so this
    // check costs no extra statement.
    const others = await this.library
      .loader(context as RequestContext)
      .loadMany(edges.map((p) => (p.fromId === exerciseId ? p.toId : p.fromId)));
    return edges.filter((_, i) => canSee(viewer, others[i] instanceof Error ? null : others[i]));
  }

  async link(viewer: Viewer, input: LinkExercisesInput): Promise<Progression> {
    if (input.fromId === input.toId) {
      throw badUserInput([
        { field: 'input.toId', message: 'an exercise cannot be linked to itself' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.edges.lockGraph(manager);
      const from = await this.usable(input.fromId, 'input.fromId', manager);
      const to = await this.usable(input.toId, 'input.toId', manager);
      const existing = await this.edges.findPair(from.id, to.id, manager);
      if (input.kind === ProgressionKind.PROGRESSION) {
        await this.checkProgression(from, to, manager);
      }
      if (existing) {
        throw badUserInput([
          {
            field: 'input.toId',
            message: `${from.slug} and ${to.slug} are already linked (${existing.kind})`,
          },
        ]);
      }
      const edge = await this.edges.save(
        {
          fromId: from.id,
          toId: to.id,
          kind: input.kind,
          changes: input.changes,
          criterion: input.criterion ?? '',
          order: input.order ?? 0,
        },
        manager,
      );
      await this.audit.recordAs(
        viewer,
        'PROGRESSION_LINKED',
        target(edge),
        { from: from.slug, to: to.slug, kind: edge.kind },
        manager,
      );
      return edge;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateProgressionInput): Promise<Progression> {
    return this.dataSource.transaction(async (manager) => {
      await this.edges.lockGraph(manager);
      const edge = await this.existing(id, manager);
      if (input.kind === ProgressionKind.PROGRESSION && edge.kind !== ProgressionKind.PROGRESSION) {
        const [from, to] = await Promise.all([
          this.usable(edge.fromId, 'id', manager),
          this.usable(edge.toId, 'id', manager),
        ]);
        await this.checkProgression(from, to, manager);
      }
      const changes = dropUndefined(input);
      Object.assign(edge, changes);
      await this.audit.recordAs(
        viewer,
        'PROGRESSION_UPDATED',
        target(edge),
        { fields: Object.keys(changes) },
        manager,
      );
      return manager.save(edge);
    });
  }

  async unlink(viewer: Viewer, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.edges.lockGraph(manager);
      const edge = await this.existing(id, manager);
      await this.edges.delete(id, manager);
      await this.audit.recordAs(
        viewer,
        'PROGRESSION_UNLINKED',
        target(edge),
        { kind: edge.kind },
        manager,
      );
      return id;
    });
  }

  async ladder(exerciseId: string, depth: number, viewer: Viewer): Promise<LadderStep[]> {
    if (depth < 1 || depth > MAX_LADDER_DEPTH) {
      throw badUserInput([
        { field: 'depth', message: `depth must be from 1 to ${MAX_LADDER_DEPTH}` },
      ]);
    }
    const rows = await this.edges.ladder(exerciseId, depth);
    const [exercises, vias] = await Promise.all([
      this.exercises.findByIds(rows.map((r) => r.exerciseId)),
      this.edges.findByIds(rows.flatMap((r) => (r.viaId ? [r.viaId] : []))),
    ]);
    const exerciseById = new Map(exercises.map((e) => [e.id, e]));
    const viaById = new Map(vias.map((p) => [p.id, p]));
    return rows
      .map((r) => ({
        level: r.level,
        exercise: exerciseById.get(r.exerciseId) as Exercise,
        via: r.viaId ? (viaById.get(r.viaId) ?? null) : null,
      }))
      .filter((step) => canSee(viewer, step.exercise));
  }

  /** The shortest chain of progressions between two exercises, in whichever direction exists. */
  async path(fromId: string, toId: string, viewer: Viewer): Promise<ProgressionPath | null> {
    for (const [id, field] of [
      [fromId, 'from'],
      [toId, 'to'],
    ]) {
      if (!canSee(viewer, await this.usable(id, field, undefined, true)))
        throw notFound('Exercise', id);
    }
    if (fromId === toId) return { direction: PathDirection.HARDER, steps: [] };
    const harder = await this.edges.shortestPath(fromId, toId, MAX_WALK);
    const easier = harder ? null : await this.edges.shortestPath(toId, fromId, MAX_WALK);
    const ids = harder ?? easier;
    if (!ids) return null;
    const byId = new Map((await this.edges.findByIds(ids)).map((p) => [p.id, p]));
    const steps = ids.map((id) => byId.get(id) as Progression);
    if (!seesUnpublished(viewer)) {
      const passes = await this.exercises.findByIds(
        steps.map((p) => p.toId).concat(steps.map((p) => p.fromId)),
      );
      if (!passes.every((e) => canSee(viewer, e))) return null;
    }
    return harder
      ? { direction: PathDirection.HARDER, steps }
      : { direction: PathDirection.EASIER, steps: steps.reverse() };
  }

  /** A PROGRESSION must not make the exercise easier, nor close a cycle. Hold the graph lock. */
  async checkProgression(from: Exercise, to: Exercise, manager: EntityManager) {
    if (to.difficulty < from.difficulty) {
      throw badUserInput([
        {
          field: 'input.kind',
          message: `a progression must not be easier: ${to.slug} is difficulty ${to.difficulty}, ${from.slug} is ${from.difficulty}`,
        },
      ]);
    }
    const back = await this.edges.shortestPath(to.id, from.id, MAX_WALK, manager);
    if (!back) return;
    // `back` leads from `to` to `from`: with the new edge it would be from -> to -> ... -> from.
    const byId = new Map((await this.edges.findByIds(back, manager)).map((p) => [p.id, p]));
    const ids = [from.id, to.id, ...back.map((id) => (byId.get(id) as Progression).toId)];
    const exercises = await this.exercises.findByIds([...new Set(ids)], manager);
    const slugById = new Map(exercises.map((e) => [e.id, e.slug]));
    const cycle = ids.map((id) => slugById.get(id));
    throw badUserInput([
      {
        field: 'input.toId',
        message: `linking ${from.slug} -> ${to.slug} would close a cycle: ${cycle.join(' -> ')}`,
      },
    ]);
  }

  private async usable(
    id: string,
    field: string,
    manager?: EntityManager,
    allowArchived = false,
  ): Promise<Exercise> {
    if (!isUUID(id)) throw badUserInput([{ field, message: `${field} must be a UUID` }]);
    const exercise = await this.exercises.findById(id, manager);
    if (!exercise) throw notFound('Exercise', id);
    if (!allowArchived && exercise.status === ExerciseStatus.ARCHIVED) {
      throw badUserInput([{ field, message: `${exercise.slug} is archived and cannot be linked` }]);
    }
    return exercise;
  }

  private async existing(id: string, manager?: EntityManager): Promise<Progression> {
    if (!isUUID(id)) throw badUserInput([{ field: 'id', message: 'id must be a UUID' }]);
    const edge = await this.edges.findById(id, manager);
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
    const manager = ctx.manager ?? this.dataSource.manager;
    await this.edges.lockGraph(manager);
    const pair = await this.edges.findPair(from.id, to.id, manager);
    const current = pair?.fromId === from.id ? pair : null;
    const fields = Object.keys(values) as (keyof typeof values)[];
    if (current && fields.every((f) => JSON.stringify(current[f]) === JSON.stringify(values[f]))) {
      return 'unchanged';
    }
    if (
      values.kind === ProgressionKind.PROGRESSION &&
      current?.kind !== ProgressionKind.PROGRESSION
    ) {
      await this.checkProgression(from, to, manager);
    }
    await this.edges.save({ ...current, ...values, fromId: from.id, toId: to.id }, manager);
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
