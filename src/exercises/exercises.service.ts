import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { requestLoader } from '../common/database/loaders.js';
import type { Viewer } from '../common/access/viewer.js';
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

@Injectable()
export class ExercisesService {
  constructor(private readonly exercises: ExerciseRepository) {}

  /** One exercise this viewer may see; an invisible one is as not found as a missing one. */
  async find(ref: { id?: string | null; slug?: string | null }, viewer: Viewer): Promise<Exercise> {
    if (!ref.id === !ref.slug) {
      throw badUserInput([{ field: 'id', message: 'give exactly one of id or slug' }]);
    }
    const exercise = ref.id
      ? await this.exercises.findById(assertUuid(ref.id))
      : await this.exercises.findBySlug(ref.slug as string);
    if (!exercise || !canSee(viewer, exercise))
      throw notFound('Exercise', ref.id ?? (ref.slug as string));
    return exercise;
  }

  /** This request's batching loader of exercises by id (null for an unknown id). */
  loader(context: object): DataLoader<string, Exercise | null> {
    return requestLoader(context, 'exerciseById', async (ids: readonly string[]) => {
      const byId = new Map((await this.exercises.findByIds(ids)).map((e) => [e.id, e]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** A page of the catalogue; `info` lets it read only the columns the request asks for. */
  async list(
    filter: ExerciseFilter,
    page: PageArgs,
    viewer: Viewer,
    info?: GraphQLResolveInfo,
  ): Promise<Connection<Exercise>> {
    const visible = visibleFilter(filter, viewer);
    const columns = info ? selectedColumns(info, this.exercises.properties) : null;
    const rows = await this.exercises.findPage(visible, page.first, afterKey(page.after), columns);
    return toConnection(
      rows,
      page.first,
      () => this.exercises.count(visible),
      (node: Exercise) => ({ node, cursor: encodeCursor(keyOf(node)) }),
    );
  }
}
