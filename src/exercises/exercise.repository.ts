import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository, type SelectQueryBuilder } from 'typeorm';
import { Exercise } from './exercise.entity.js';
import type { ExerciseFilter } from './exercise.filter.js';
import { ExerciseStatus } from './vocabulary.js';

/** Sort key of the catalogue: by name, the id breaking ties so that cursors are stable. */
export type ExerciseKey = [name: string, id: string];

export const keyOf = (exercise: Exercise): ExerciseKey => [exercise.name, exercise.id];

/** Every query on the exercise table; services never build SQL. */
@Injectable()
export class ExerciseRepository {
  constructor(@InjectRepository(Exercise) private readonly repo: Repository<Exercise>) {}

  findById(id: string, manager: EntityManager = this.repo.manager): Promise<Exercise | null> {
    return manager.getRepository(Exercise).findOneBy({ id });
  }

  findByIds(
    ids: readonly string[],
    manager: EntityManager = this.repo.manager,
  ): Promise<Exercise[]> {
    return manager.getRepository(Exercise).findBy({ id: In([...ids]) });
  }

  findBySlug(slug: string): Promise<Exercise | null> {
    return this.repo.findOneBy({ slug });
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  /** `first + 1` rows after the cursor key, so the caller can tell whether a next page exists. */
  async findPage(
    filter: ExerciseFilter,
    first: number,
    after: ExerciseKey | null,
  ): Promise<{ rows: Exercise[]; totalCount: number }> {
    const matching = this.filtered(filter);
    const page = matching
      .clone()
      .orderBy('e.name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(first + 1);
    if (after)
      page.andWhere('(e.name, e.id) > (:afterName, :afterId)', {
        afterName: after[0],
        afterId: after[1],
      });
    const [rows, totalCount] = await Promise.all([page.getMany(), matching.getCount()]);
    return { rows, totalCount };
  }

  /** Inserts a new exercise; pass a transaction's manager to take part in it. */
  insert(values: Partial<Exercise>, manager: EntityManager = this.repo.manager): Promise<Exercise> {
    const repo = manager.getRepository(Exercise);
    return repo.save(repo.create(values));
  }

  /**
   * Writes the change only if the row is still at `version` (a conditional update, so two editors
   * starting from one version cannot both win). Returns null when the version was stale.
   */
  async updateIfVersion(
    id: string,
    version: number,
    changes: Partial<Exercise>,
  ): Promise<Exercise | null> {
    const result = await this.repo
      .createQueryBuilder()
      .update(Exercise)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected ? this.findById(id) : null;
  }

  /** Archiving keeps the row (handouts and progressions may point to it). */
  async archive(id: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(Exercise)
      .set({
        status: ExerciseStatus.ARCHIVED,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .where('id = :id AND status <> :archived', { id, archived: ExerciseStatus.ARCHIVED })
      .execute();
  }

  private filtered(filter: ExerciseFilter): SelectQueryBuilder<Exercise> {
    const q = this.repo.createQueryBuilder('e');
    const anyOf = (column: string, type: string, values: string[] | undefined, name: string) => {
      if (values?.length)
        q.andWhere(`e.${column} && CAST(:${name} AS ${type}[])`, { [name]: values });
    };
    const oneOf = (column: string, values: string[] | undefined, name: string) => {
      if (values?.length) q.andWhere(`e.${column} IN (:...${name})`, { [name]: values });
    };
    anyOf('planes', 'plane', filter.planesAny, 'planesAny');
    if (filter.planesAll?.length) {
      q.andWhere('e.planes @> CAST(:planesAll AS plane[])', { planesAll: filter.planesAll });
    }
    oneOf('stance', filter.stance, 'stance');
    oneOf('position', filter.position, 'position');
    oneOf('tempo_intent', filter.tempoIntent, 'tempoIntent');
    oneOf('load_kind', filter.loadKind, 'loadKind');
    anyOf('equipment', 'equipment', filter.equipment, 'equipment');
    anyOf('regions', 'body_region', filter.region, 'region');
    anyOf('primary_muscles', 'muscle', filter.muscle, 'muscle');
    anyOf('focus', 'running_focus', filter.focus, 'focus');
    if (filter.difficultyMin) q.andWhere('e.difficulty >= :dMin', { dMin: filter.difficultyMin });
    if (filter.difficultyMax) q.andWhere('e.difficulty <= :dMax', { dMax: filter.difficultyMax });
    if (filter.status?.length) oneOf('status', filter.status, 'status');
    else q.andWhere('e.status <> :archived', { archived: ExerciseStatus.ARCHIVED });
    if (filter.text?.trim()) {
      q.andWhere(
        "(e.name ILIKE :text OR array_to_string(e.aliases, ' ') ILIKE :text OR e.summary ILIKE :text)",
        { text: `%${escapeLike(filter.text.trim())}%` },
      );
    }
    return q;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
