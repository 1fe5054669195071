import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { seesUnpublished } from '../common/access/viewer.js';
import type { RequestContext } from '../common/context/request-context.js';
import { assertUuid, badUserInput, notFound } from '../common/errors/errors.js';
import {
  type Connection,
  afterKey,
  encodeCursor,
  type PageArgs,
  toConnection,
} from '../common/pagination/connection.js';
import type { Exercise } from './exercise.entity.js';
import type { ExerciseFilter } from './dto/exercise-filter.input.js';
import { ExerciseRepository, keyOf } from './exercise.repository.js';
import { selectedColumns } from './selected-columns.js';
import { canSee, visibleFilter } from './visibility.js';
import type { GraphQLResolveInfo } from 'graphql';

/**
 * The exercise catalogue as every other module sees it: the drafts-are-invisible rule lives here
 * and in `visibility.ts` only. Other modules ask this service; none imports the repository.
 */
@Injectable()
export class ExercisesService {
  constructor(private readonly exercises: ExerciseRepository) {}

  /** One exercise this viewer may see; an invisible one is as not found as a missing one. */
  async find(
    ctx: RequestContext,
    ref: { id?: string | null; slug?: string | null },
  ): Promise<Exercise> {
    if (!ref.id === !ref.slug) {
      throw badUserInput([{ field: 'id', message: 'give exactly one of id or slug' }]);
    }
    const exercise = ref.id
      ? await this.exercises.findById(assertUuid(ref.id), ctx.manager)
      : await this.exercises.findBySlug(ref.slug as string);
    if (!exercise || !canSee(ctx.viewer, exercise))
      throw notFound('Exercise', ref.id ?? (ref.slug as string));
    return exercise;
  }

  /** The exercise `id` names, or NOT_FOUND naming `field` when it is missing or invisible. */
  async requireVisible(ctx: RequestContext, id: string, field = 'exerciseId'): Promise<Exercise> {
    const exercise = await this.exercises.findById(assertUuid(id, field), ctx.manager);
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
    const rows = await this.exercises.findByIds([...new Set(ids)], ctx.manager);
    return rows.filter((exercise) => canSee(ctx.viewer, exercise));
  }

  /** A page of the catalogue; `info` lets it read only the columns the request asks for. */
  async list(
    ctx: RequestContext,
    filter: ExerciseFilter,
    page: PageArgs,
    info?: GraphQLResolveInfo,
  ): Promise<Connection<Exercise>> {
    const visible = visibleFilter(filter, ctx.viewer);
    const columns = info ? selectedColumns(info, this.exercises.properties) : null;
    const rows = await this.exercises.findPage(visible, page.first, afterKey(page.after), columns);
    return toConnection(
      rows,
      page.first,
      () => this.exercises.count(visible),
      (node: Exercise) => ({ node, cursor: encodeCursor(keyOf(node)) }),
    );
  }

  /**
   * This request's batching loader of exercises by id, whatever their status: for references the
   * caller has already checked (a template's items, the ends of an edge it may see).
   */
  loader(ctx: RequestContext): DataLoader<string, Exercise | null> {
    return ctx.loader('exerciseById', async (ids: readonly string[]) => {
      const byId = new Map(
        (await this.exercises.findByIds(ids, ctx.manager)).map((e) => [e.id, e]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * Whether this viewer may see the exercise `id` refers to (an id read from a reference, so it
   * exists): no statement for a viewer who sees every status, else through this request's loader.
   */
  async isVisible(ctx: RequestContext, id: string): Promise<boolean> {
    if (seesUnpublished(ctx.viewer)) return true;
    return (await this.visibleById(ctx, id)) !== null;
  }
}
