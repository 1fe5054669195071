import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import type DataLoader from 'dataloader';
import { requestLoader } from '../common/database/loaders.js';
import { badUserInput, conflict, notFound } from '../common/errors/errors.js';
import {
  type Connection,
  decodeCursor,
  encodeCursor,
  type PageArgs,
  toConnection,
} from '../common/pagination/connection.js';
import type { Exercise } from './exercise.entity.js';
import type { ExerciseFilter } from './exercise.filter.js';
import type { CreateExerciseInput, UpdateExerciseInput } from './exercise.inputs.js';
import { type ExerciseKey, ExerciseRepository, keyOf } from './exercise.repository.js';
import { exerciseValues, newExerciseValues } from './exercise.values.js';
import { TempoIntent } from './vocabulary.js';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class ExercisesService {
  constructor(private readonly exercises: ExerciseRepository) {}

  async find(ref: { id?: string | null; slug?: string | null }): Promise<Exercise> {
    if (!ref.id === !ref.slug) {
      throw badUserInput([{ field: 'id', message: 'give exactly one of id or slug' }]);
    }
    const exercise = ref.id
      ? await this.exercises.findById(ref.id)
      : await this.exercises.findBySlug(ref.slug as string);
    if (!exercise) throw notFound('Exercise', ref.id ?? (ref.slug as string));
    return exercise;
  }

  /** This request's batching loader of exercises by id (null for an unknown id). */
  loader(context: object): DataLoader<string, Exercise | null> {
    return requestLoader(context, 'exerciseById', async (ids: readonly string[]) => {
      const byId = new Map((await this.exercises.findByIds(ids)).map((e) => [e.id, e]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  async list(filter: ExerciseFilter, page: PageArgs): Promise<Connection<Exercise>> {
    const rows = await this.exercises.findPage(filter, page.first, afterKey(page.after));
    return toConnection(
      rows,
      page.first,
      () => this.exercises.count(filter),
      (node: Exercise) => ({
        node,
        cursor: encodeCursor(keyOf(node)),
      }),
    );
  }

  async create(input: CreateExerciseInput): Promise<Exercise> {
    return this.uniqueSlug(() => this.exercises.insert(newExerciseValues(input)));
  }

  /** Applies the change only if nobody changed the exercise since `version` was read. */
  async update(id: string, version: number, input: UpdateExerciseInput): Promise<Exercise> {
    const current = await this.find({ id: checkedId(id) });
    const changes = exerciseValues(input);
    const notation =
      changes.tempoNotation !== undefined ? changes.tempoNotation : current.tempoNotation;
    const intent = changes.tempoIntent ?? current.tempoIntent;
    if (!notation && intent !== TempoIntent.ISOMETRIC) {
      throw badUserInput([
        { field: 'input.tempo', message: 'tempo is required unless the tempo intent is ISOMETRIC' },
      ]);
    }
    const updated = await this.uniqueSlug(() =>
      this.exercises.updateIfVersion(id, version, changes),
    );
    if (updated) return updated;
    const latest = await this.find({ id });
    throw conflict(
      `Exercise ${id} was changed by someone else: you edited version ${version}, it is now at version ${latest.version}. Reload it and apply your change again.`,
      { currentVersion: latest.version },
    );
  }

  async archive(id: string): Promise<Exercise> {
    await this.find({ id: checkedId(id) });
    await this.exercises.archive(id);
    return this.find({ id });
  }

  private async uniqueSlug<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
        ?.code;
      if (error instanceof QueryFailedError && code === UNIQUE_VIOLATION) {
        throw badUserInput([
          { field: 'input.slug', message: 'slug is already used by another exercise' },
        ]);
      }
      throw error;
    }
  }
}

function checkedId(id: string): string {
  if (!isUUID(id)) throw badUserInput([{ field: 'id', message: 'id must be a UUID' }]);
  return id;
}

function afterKey(after: string | null | undefined): ExerciseKey | null {
  if (!after) return null;
  const key = decodeCursor(after);
  if (!key || key.length !== 2 || !key.every((part) => typeof part === 'string')) {
    throw badUserInput([
      { field: 'after', message: 'after is not a cursor returned by this list' },
    ]);
  }
  return key as ExerciseKey;
}
