import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository, type SelectQueryBuilder } from 'typeorm';
import { Exercise } from './exercise.entity.js';
import type { ExerciseFilter } from './dto/exercise-filter.input.js';
import { NEEDS_TAGGING_SQL } from './tagging.js';
import { ExerciseStatus } from './vocabulary.js';

/** Sort key of the catalogue: by name, the id breaking ties so that cursors are stable. */
export type ExerciseKey = [name: string, id: string];

export const keyOf = (exercise: Exercise): ExerciseKey => [exercise.name, exercise.id];

/** One facet value and how many exercises carry it. */
export interface FacetRow {
  facet: string;
  value: string;
  count: number;
}

const TSQUERY = "websearch_to_tsquery('english', :text)";
/** Matches the words, or is close to the name (typos). */
const MATCHES = `(e.search_vector @@ ${TSQUERY} OR :text <% e.name)`;
/**
 * ts_rank weighs A/B/C/D as 1.0/0.4/0.2/0.1; word similarity to the name ranks near-misses and
 * whole-name similarity puts "Side plank" above "Side plank on knees" for "side plank".
 */
const SCORE = `ts_rank(e.search_vector, ${TSQUERY}) + word_similarity(:text, e.name) + similarity(:text, e.name)`;

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

  /** Every mapped property of an exercise, for callers that pick columns. */
  get properties(): string[] {
    return this.repo.metadata.columns.map((c) => c.propertyName);
  }

  /** Exercises matching the filter, or the whole table. */
  count(filter?: ExerciseFilter): Promise<number> {
    return filter ? this.filtered(filter).getCount() : this.repo.count();
  }

  /** `first + 1` rows after the cursor key, so the caller can tell whether a next page exists. */
  findPage(
    filter: ExerciseFilter,
    first: number,
    after: ExerciseKey | null,
    columns?: (keyof Exercise)[] | null,
  ): Promise<Exercise[]> {
    const page = this.filtered(filter)
      .orderBy('e.name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(first + 1);
    if (columns) page.select(columns.map((c) => `e.${c}`));
    if (after) {
      page.andWhere('(e.name, e.id) > (:afterName, :afterId)', {
        afterName: after[0],
        afterId: after[1],
      });
    }
    return page.getMany();
  }

  /**
   * Ranked full-text search: weighted tsvector matches (name > aliases > summary > steps and
   * cues) plus trigram similarity to the name, which also lets a misspelt name match. Every match
   * is scored, so the ranking is exact and the same on every call. That costs with a common
   * word: scoring its thousands of matches is what the 100k benchmark measures.
   */
  async search(
    text: string,
    filter: ExerciseFilter,
    first: number,
    offset: number,
  ): Promise<{ exercise: Exercise; score: number }[]> {
    const { entities, raw } = await this.filtered(filter, [ExerciseStatus.PUBLISHED])
      .andWhere(MATCHES)
      .setParameter('text', text)
      .addSelect(SCORE, 'score')
      .orderBy('score', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .offset(offset)
      .limit(first + 1)
      .getRawAndEntities<{ score: string | number }>();
    return entities.map((exercise, i) => ({ exercise, score: Number(raw[i].score) }));
  }

  countSearch(text: string, filter: ExerciseFilter): Promise<number> {
    return this.searched(text, filter).getCount();
  }

  /** How many matching exercises (published unless filtered) carry each facet value, in one statement. */
  async facetCounts(filter: ExerciseFilter, text?: string): Promise<FacetRow[]> {
    const matching = (
      text ? this.searched(text, filter) : this.filtered(filter, [ExerciseStatus.PUBLISHED])
    ).select([
      'e.planes AS planes',
      'e.stance AS stance',
      'e.position AS position',
      'e.tempo_intent AS tempo_intent',
      'e.load_kind AS load_kind',
      'e.equipment AS equipment',
      'e.regions AS regions',
      'e.focus AS focus',
      'e.difficulty AS difficulty',
    ]);
    const [sql, parameters] = matching.getQueryAndParameters();
    const single = (column: string) =>
      `SELECT '${column}' AS facet, ${column}::text AS value, count(*)::int AS count FROM m GROUP BY 2`;
    const many = (column: string) =>
      `SELECT '${column}' AS facet, v::text AS value, count(*)::int AS count FROM m, unnest(m.${column}) v GROUP BY 2`;
    const rows: FacetRow[] = await this.repo.query(
      `WITH m AS (${sql})
      ${[
        "SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM m",
        many('planes'),
        single('stance'),
        single('position'),
        single('tempo_intent'),
        single('load_kind'),
        many('equipment'),
        many('regions'),
        many('focus'),
        single('difficulty'),
      ].join(' UNION ALL ')}`,
      parameters,
    );
    return rows;
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
    manager: EntityManager = this.repo.manager,
  ): Promise<Exercise | null> {
    const result = await manager
      .createQueryBuilder()
      .update(Exercise)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected ? this.findById(id, manager) : null;
  }

  private searched(text: string, filter: ExerciseFilter): SelectQueryBuilder<Exercise> {
    return this.filtered(filter, [ExerciseStatus.PUBLISHED])
      .andWhere(MATCHES)
      .setParameter('text', text);
  }

  /** The facet filters; without a status filter, `statuses` (default: all but ARCHIVED). */
  private filtered(
    filter: ExerciseFilter,
    statuses?: ExerciseStatus[],
  ): SelectQueryBuilder<Exercise> {
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
    else if (statuses) oneOf('status', statuses, 'status');
    else q.andWhere('e.status <> :archived', { archived: ExerciseStatus.ARCHIVED });
    if (filter.needsTagging === true) q.andWhere(NEEDS_TAGGING_SQL);
    if (filter.needsTagging === false) q.andWhere(`NOT ${NEEDS_TAGGING_SQL}`);
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
