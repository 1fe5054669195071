import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { seesUnpublished } from '../common/access/viewer.js';
import type { RequestContext } from '../common/context/request-context.js';
import { lookupKey } from '../common/graphql/lookup.js';
import { assertUuid, badUserInput, type FieldProblem, notFound } from '../common/errors/errors.js';
import {
  type Connection,
  cursorOffset,
  type Edge,
  encodeCursor,
} from '../common/pagination/connection.js';
import { offsetPlan, offsetSlice } from '../common/pagination/offset-window.js';
import { type PageRequest, pageWindow } from '../common/pagination/page.args.js';
import type { Exercise } from './exercise.entity.js';
import type { ExerciseFilter } from './dto/exercise-filter.input.js';
import type { ExerciseRefArgs } from './dto/exercise-ref.args.js';
import { ExerciseRepository, type FacetRow } from './exercise.repository.js';
import type { FillerRequest } from './filler-request.js';
import { detailColumns, selectedColumns } from './selected-columns.js';
import { canSee, visibleFilter } from './visibility.js';
import { ExerciseStatus } from './vocabulary.js';

/** The most exercises one program (template or handout) may prescribe. */
export const MAX_PROGRAM_ITEMS = 40;

/** A search result: the exercise and its relevance, higher is better. */
export interface ScoredEdge extends Edge<Exercise> {
  score: number;
}

export type { FacetRow };

/**
 * The exercise catalogue as every other module sees it: the drafts-are-invisible rule lives here
 * and in `visibility.ts` only. Other modules ask this service; none imports the repository.
 */
@Injectable()
export class ExercisesService {
  constructor(private readonly exercises: ExerciseRepository) {}

  /**
   * `exercise(by:)`: the one exercise this viewer may see, or null (an invisible one is as absent
   * as a missing one). The deprecated `id`/`slug` arguments still answer NOT_FOUND instead.
   */
  async lookup(
    ctx: RequestContext,
    args: ExerciseRefArgs,
    info?: GraphQLResolveInfo,
  ): Promise<Exercise | null> {
    const { key, legacy } = lookupKey(args);
    const all = this.exercises.properties(ctx);
    const wanted = info ? detailColumns(info, all) : { exercise: null };
    // Its edges (if asked for) in the same statement, other ends this viewer may not see left out.
    const edges =
      wanted.ends !== undefined
        ? { ends: wanted.ends ?? all, statuses: this.visibleStatuses(ctx) }
        : undefined;
    const exercise = await this.exercises.findDetail(
      ctx,
      key.id ? { id: assertUuid(key.id, legacy ? 'id' : 'by.id') } : { slug: key.slug as string },
      wanted.exercise ?? all,
      edges,
    );
    const visible = exercise && canSee(ctx.viewer, exercise) ? exercise : null;
    if (!visible && legacy) throw notFound('Exercise', key.id ?? (key.slug as string));
    return visible;
  }

  /** The exercise `id` names, or NOT_FOUND naming `field` when it is missing or invisible. */
  async requireVisible(ctx: RequestContext, id: string, field = 'exerciseId'): Promise<Exercise> {
    const exercise = await this.exercises.findById(ctx, assertUuid(id, field));
    if (!exercise || !canSee(ctx.viewer, exercise)) throw notFound('Exercise', id);
    return exercise;
  }

  /**
   * One exercise by id through this request's loader: every call in one tick is one query.
   * Null when it is missing or this viewer may not see it.
   */
  async visibleById(ctx: RequestContext, id: string): Promise<Exercise | null> {
    const exercise = await this.loader(ctx).load(id);
    return canSee(ctx.viewer, exercise) ? exercise : null;
  }

  /** The exercises among `ids` this viewer may see, in one query (order not kept). */
  async findVisible(ctx: RequestContext, ids: readonly string[]): Promise<Exercise[]> {
    if (!ids.length) return [];
    const rows = await this.exercises.findByIds(ctx, [...new Set(ids)]);
    return rows.filter((exercise) => canSee(ctx.viewer, exercise));
  }

  /** The exercises among `slugs` this viewer may see (seeding and import match by slug). */
  async findBySlugs(ctx: RequestContext, slugs: readonly string[]): Promise<Exercise[]> {
    const rows = await this.exercises.findBySlugs(ctx, [...new Set(slugs)]);
    return rows.filter((exercise) => canSee(ctx.viewer, exercise));
  }

  /** Every exercise this viewer may see, by slug (the system sees all): for export and seeding. */
  findAll(ctx: RequestContext): Promise<Exercise[]> {
    return this.exercises.findAll(ctx, this.visibleStatuses(ctx));
  }

  /** How many exercises this viewer may see (the system: the whole library). */
  count(ctx: RequestContext): Promise<number> {
    return this.exercises.count(ctx, this.visibleStatuses(ctx));
  }

  /**
   * The exercises a program prescribes, checked in one statement: each must exist and be
   * published, because only published content reaches patients. A problem names the item's path
   * (`input.items[2].exerciseId`), never a patient.
   */
  async requirePublished(
    ctx: RequestContext,
    ids: readonly string[],
    field: string,
  ): Promise<Map<string, Exercise>> {
    if (ids.length === 0) {
      throw badUserInput([{ field, message: `${field} needs at least one exercise` }]);
    }
    if (ids.length > MAX_PROGRAM_ITEMS) {
      throw badUserInput([
        { field, message: `${field} may hold at most ${MAX_PROGRAM_ITEMS} exercises` },
      ]);
    }
    const rows = await this.exercises.findByIds(ctx, [...new Set(ids)]);
    const byId = new Map(rows.map((e) => [e.id, e]));
    const problems: FieldProblem[] = [];
    ids.forEach((id, index) => {
      const path = `${field}[${index}].exerciseId`;
      const exercise = byId.get(id);
      if (!exercise) problems.push({ field: path, message: `exercise ${id} does not exist` });
      else if (exercise.status !== ExerciseStatus.PUBLISHED) {
        problems.push({
          field: path,
          message: `${exercise.slug} is ${exercise.status}: only published exercises go into programs`,
        });
      }
    });
    if (problems.length > 0) throw badUserInput(problems);
    return byId;
  }

  /**
   * Published exercises that would fill each gap of a program, best first, in the order of the
   * gaps: one statement. Published only, so every viewer may see them.
   */
  suggestFillers(ctx: RequestContext, request: FillerRequest): Promise<Exercise[][]> {
    return this.exercises.fillers(ctx, request);
  }

  /** A page of the catalogue; `info` lets it read only the columns the request asks for. */
  list(
    ctx: RequestContext,
    filter: ExerciseFilter,
    page: PageRequest,
    info?: GraphQLResolveInfo,
  ): Promise<Connection<Exercise>> {
    const visible = visibleFilter(filter, ctx.viewer);
    const columns = info ? selectedColumns(info, this.exercises.properties(ctx)) : null;
    return this.exercises.findPage(ctx, visible, page, columns);
  }

  /**
   * Ranked search over what this viewer may see (published unless a curator filters by status);
   * a cursor is a position in the ranking (tiers read until the page is full: a deep page costs
   * more than the first); `last` without `before` counts the matches first.
   */
  async search(
    ctx: RequestContext,
    text: string,
    filter: ExerciseFilter,
    request: PageRequest,
    info?: GraphQLResolveInfo,
  ): Promise<Connection<Exercise, ScoredEdge>> {
    const visible = visibleFilter(filter, ctx.viewer);
    const columns = info ? selectedColumns(info, this.exercises.properties(ctx)) : null;
    const window = pageWindow(request);
    const count = () => this.exercises.countSearch(ctx, text, visible);
    const plan = await offsetPlan(
      window,
      cursorOffset(window.after, 'after', 'search'),
      cursorOffset(window.before, 'before', 'search'),
      count,
    );
    const rows = await this.exercises.search(ctx, text, visible, plan.offset, plan.limit, columns);
    const { page, hasPreviousPage, hasNextPage } = offsetSlice(plan, rows);
    const edges = page.map(({ exercise, score }, i): ScoredEdge => ({
      node: exercise,
      score,
      cursor: encodeCursor(['search', plan.from + i + 1]),
    }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      get totalCount() {
        return count();
      },
      pageInfo: {
        hasPreviousPage,
        hasNextPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** How many exercises this viewer may see carry each facet value, within a search if given. */
  facets(ctx: RequestContext, filter: ExerciseFilter, text?: string): Promise<FacetRow[]> {
    return this.exercises.facetCounts(ctx, visibleFilter(filter, ctx.viewer), text);
  }

  /**
   * This request's batching loader of exercises by id, whatever their status: for references the
   * caller has already checked (a template's items, the ends of an edge it may see).
   */
  loader(ctx: RequestContext): DataLoader<string, Exercise | null> {
    return ctx.loader('exerciseById', async (ids: readonly string[]) => {
      const byId = new Map((await this.exercises.readByIds(ctx, ids)).map((e) => [e.id, e]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Whether this viewer may see `exercise` (already read, e.g. an end read with a detail). */
  sees(ctx: RequestContext, exercise: Exercise): boolean {
    return canSee(ctx.viewer, exercise);
  }

  /**
   * Whether this viewer may see the exercise `id` refers to (an id read from a reference, so it
   * exists): no statement for a viewer who sees every status, else through this request's loader.
   */
  async isVisible(ctx: RequestContext, id: string): Promise<boolean> {
    if (seesUnpublished(ctx.viewer)) return true;
    return (await this.visibleById(ctx, id)) !== null;
  }

  /** Undefined: every status. */
  private visibleStatuses(ctx: RequestContext): ExerciseStatus[] | undefined {
    return seesUnpublished(ctx.viewer) ? undefined : [ExerciseStatus.PUBLISHED];
  }
}
