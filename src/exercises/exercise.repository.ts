import { containing } from '../common/database/like.js';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { In, type SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { keysetPage, type KeysetOrder } from '../common/database/keyset-page.js';
import { updateIfVersion } from '../common/database/update-if-version.js';
import type { Connection } from '../common/pagination/connection.js';
import { PAGE_SIZE, type PageRequest } from '../common/pagination/page.args.js';
import { Exercise } from './exercise.entity.js';
import { attachEdges, type EdgeRead } from './exercise-detail.js';
import type { ExerciseFilter } from './dto/exercise-filter.input.js';
import type { FillerRequest } from './filler-request.js';
import {
  BASE_COLUMNS,
  bound,
  corrected,
  matchesSql,
  prefixed,
  rankedSql,
  searchTerms,
  known,
  TYPOS_BELOW,
  WORDS_SQL,
  type SearchTerms,
  type TierPlan,
} from './search-query.js';
import { NEEDS_TAGGING_SQL } from './tagging.js';
import { ExerciseStatus } from './vocabulary.js';

/** One facet value and how many exercises carry it. */
export interface FacetRow {
  facet: string;
  value: string;
  count: number;
}

interface WordRow {
  token: string;
  in_names: number;
  in_aliases: number;
  closest: string | null;
}
/** The typed query reads every tier: a walk or a GIN read that finds nothing costs little. */
const EVERY_TIER: TierPlan = { name: true, alias: true };
interface SearchHit {
  tier: number;
  found: number;
  exercise: Record<string, unknown>;
}

/** A result's score: 10 for an exact name down to 1 for a corrected word in other text. */
const tierScore = (tier: number) => 10 - tier;

/** What the search's tiers read of each exercise (search-query.ts). */
const SEARCH_COLUMNS = BASE_COLUMNS.map((c) => `e.${c} AS ${c}`);

/** The catalogue's order: by name, the id breaking ties so that cursors are stable. */
const BY_NAME: KeysetOrder = {
  list: 'exercises',
  sort: 'e.name',
  id: 'e.id',
  direction: 'ASC',
  sortValue: 'text',
};

/** Whether exercise `c` has one of the gap's missing values, per facet. */
const FILLS = `CASE g.facet
  WHEN 'PLANE' THEN CAST(c.planes AS text[]) && g.missing
  WHEN 'STANCE' THEN CAST(c.stance AS text) = ANY (g.missing)
  WHEN 'TEMPO_INTENT' THEN CAST(c.tempo_intent AS text) = ANY (g.missing)
  WHEN 'LOAD_KIND' THEN CAST(c.load_kind AS text) = ANY (g.missing)
END`;

const DISTANCE = 'abs(c.difficulty - CAST(:median AS numeric))';
const SHARED = `(SELECT count(*) FROM unnest(c.regions) r WHERE r = ANY (CAST(:regions AS body_region[])))
  + (SELECT count(*) FROM unnest(c.focus) f WHERE f = ANY (CAST(:focus AS running_focus[])))`;

/**
 * The best few candidates of every gap at once: the gaps are a jsonb list turned into rows, and a
 * LATERAL subquery ranks the published exercises filling each one.
 */
const PICKS = `(
  SELECT g.ord, p.id, p.rank
  FROM jsonb_to_recordset(CAST(:gaps AS jsonb)) AS g(ord int, facet text, missing text[])
  CROSS JOIN LATERAL (
    SELECT c.id, row_number() OVER (ORDER BY ${DISTANCE}, ${SHARED} DESC, c.name, c.id) AS rank
    FROM exercise c
    WHERE c.status = :published
      AND NOT c.id = ANY (CAST(:programIds AS uuid[]))
      AND ${DISTANCE} <= :maxDistance
      AND ${FILLS}
    ORDER BY rank
    LIMIT :perGap
  ) p
)`;

/** An edge as the detail statement's JSON holds it. */
type DetailEdgeRow = Omit<EdgeRead, 'createdAt' | 'updatedAt' | symbol> & {
  createdAt: string;
  updatedAt: string;
  end: Record<string, unknown>;
};

/** Every query on the exercise table; services never build SQL. */
@Injectable()
export class ExerciseRepository {
  constructor(private readonly db: TransactionalConnection) {}

  findById(ctx: RequestContext, id: string): Promise<Exercise | null> {
    return this.db.getRepository(ctx, Exercise).findOneBy({ id });
  }

  findByIds(ctx: RequestContext, ids: readonly string[]): Promise<Exercise[]> {
    return this.db.getRepository(ctx, Exercise).findBy({ id: In([...ids]) });
  }

  /**
   * Exercises by id as plain rows of every column, built as JSON by the database: for the
   * per-request loader, whose rows only pass through to GraphQL (no entity to hydrate).
   */
  async readByIds(ctx: RequestContext, ids: readonly string[]): Promise<Exercise[]> {
    const rows: { exercise: Record<string, unknown> }[] = await this.db
      .manager(ctx)
      .query(
        `SELECT ${this.asJson(ctx, 'e', this.properties(ctx))} AS exercise FROM exercise e WHERE e.id = ANY (CAST($1 AS uuid[]))`,
        [[...ids]],
      );
    return rows.map((row) => this.fromJson(ctx, row.exercise));
  }

  findBySlugs(ctx: RequestContext, slugs: readonly string[]): Promise<Exercise[]> {
    if (!slugs.length) return Promise.resolve([]);
    return this.db.getRepository(ctx, Exercise).findBy({ slug: In([...slugs]) });
  }

  /**
   * One exercise by id or slug with only `columns`, and when `edges` is given every progression
   * edge touching it whose other end has one of `edges.statuses` (all when undefined), with
   * `edges.ends` of that end: one statement where the detail would otherwise cost three (the
   * exercise, its edges, their ends). The database builds the rows as JSON, so nothing is
   * hydrated; the edges are attached to the exercise (exercise-detail.ts).
   */
  async findDetail(
    ctx: RequestContext,
    key: { id: string } | { slug: string },
    columns: readonly string[],
    edges?: { ends: readonly string[]; statuses?: readonly ExerciseStatus[] },
  ): Promise<Exercise | null> {
    const parameters: unknown[] = ['id' in key ? key.id : key.slug];
    let edgesSql = '';
    if (edges) {
      if (edges.statuses) parameters.push(edges.statuses);
      edgesSql = `, (SELECT coalesce(json_agg(json_build_object(
          'id', p.id, 'fromId', p.from_id, 'toId', p.to_id, 'kind', p.kind, 'changes', p.changes,
          'criterion', p.criterion, 'order', p.position, 'createdAt', p.created_at,
          'updatedAt', p.updated_at, 'end', ${this.asJson(ctx, 'o', edges.ends)}
        ) ORDER BY p.position, p.created_at), '[]')
        FROM progression p
        JOIN exercise o ON o.id = CASE WHEN p.from_id = e.id THEN p.to_id ELSE p.from_id END
        WHERE (p.from_id = e.id OR p.to_id = e.id)
        ${edges.statuses ? 'AND o.status = ANY (CAST($2 AS exercise_status[]))' : ''}) AS edges`;
    }
    const rows: { exercise: Record<string, unknown>; edges?: DetailEdgeRow[] }[] = await this.db
      .manager(ctx)
      .query(
        `SELECT ${this.asJson(ctx, 'e', columns)} AS exercise${edgesSql}
        FROM exercise e WHERE e.${'id' in key ? 'id' : 'slug'} = $1`,
        parameters,
      );
    if (!rows[0]) return null;
    const exercise = this.fromJson(ctx, rows[0].exercise);
    if (rows[0].edges) {
      attachEdges(
        exercise,
        rows[0].edges.map(({ createdAt, updatedAt, end, ...edge }) => ({
          ...edge,
          createdAt: new Date(createdAt),
          updatedAt: new Date(updatedAt),
          end: this.fromJson(ctx, end),
        })),
      );
    }
    return exercise;
  }

  /** The slugs `base` would clash with: itself and its numbered variants (`base-2`...). */
  async slugsLike(ctx: RequestContext, base: string): Promise<Set<string>> {
    const rows = await this.db
      .manager(ctx)
      .query<{ slug: string }[]>(
        `SELECT slug FROM exercise WHERE slug = $1 OR slug LIKE $1 || '-%'`,
        [base],
      );
    return new Set(rows.map((r) => r.slug));
  }

  /** Every exercise by slug, or those of the given statuses. */
  findAll(ctx: RequestContext, statuses?: readonly ExerciseStatus[]): Promise<Exercise[]> {
    return this.db.getRepository(ctx, Exercise).find({
      where: statuses ? { status: In([...statuses]) } : {},
      order: { slug: 'ASC' },
    });
  }

  /** Every mapped property of an exercise, for callers that pick columns. */
  properties(ctx: RequestContext): string[] {
    this.allProperties ??= this.db
      .getRepository(ctx, Exercise)
      .metadata.columns.map((c) => c.propertyName);
    return this.allProperties;
  }

  /** The mapped properties, found once (the metadata does not change while running). */
  private allProperties?: string[];

  count(ctx: RequestContext, statuses?: readonly ExerciseStatus[]): Promise<number> {
    return this.db
      .getRepository(ctx, Exercise)
      .countBy(statuses ? { status: In([...statuses]) } : {});
  }

  /** A page of the catalogue matching the filter, by name; `columns` narrows the select. */
  findPage(
    ctx: RequestContext,
    filter: ExerciseFilter,
    page: PageRequest,
    columns?: (keyof Exercise)[] | null,
  ): Promise<Connection<Exercise>> {
    const rows = {
      select: this.asJson(ctx, 'e', columns ?? this.properties(ctx)),
      map: (row: Record<string, unknown>) => this.fromJson(ctx, row),
    };
    return keysetPage(this.filtered(ctx, filter), BY_NAME, page, PAGE_SIZE, rows);
  }

  /**
   * Positions offset..offset+limit of the search's ranking (search-query.ts) with their scores:
   * the ranking read tier by tier until the page is full; when the typed words found fewer than
   * TYPOS_BELOW, their corrections (looked up in search_word) and the corrected query's tiers.
   * Each ranking statement also reads its page's exercises (only `columns`, null: all) as JSON:
   * a common word's page is one statement and nothing is hydrated.
   */
  async search(
    ctx: RequestContext,
    text: string,
    filter: ExerciseFilter,
    offset: number,
    limit: number,
    columns?: readonly string[] | null,
  ): Promise<{ exercise: Exercise; score: number }[]> {
    const terms = searchTerms(text);
    if (!terms) return [];
    const base = this.searchBase(ctx, filter);
    const page = { want: offset + limit, offset, limit };
    const select = this.asJson(ctx, 'e', columns ?? this.properties(ctx));
    const hits = await this.ranked(ctx, rankedSql(EVERY_TIER), base, select, {
      ...terms,
      ...page,
    });
    const found = hits[0]?.found ?? (await this.countTyped(ctx, terms, base, page.want));
    const fixed =
      found < Math.min(TYPOS_BELOW, page.want) ? await this.correction(ctx, terms) : null;
    if (fixed) {
      // The typed words' matches are all known (fewer than a page): the corrected ones follow.
      const from = Math.max(0, offset - found);
      hits.push(
        ...(await this.ranked(ctx, rankedSql(fixed.plan, true, 5), base, select, {
          ...fixed.terms,
          ...prefixed('x', terms),
          want: from + limit - hits.length,
          offset: from,
          limit: limit - hits.length,
        })),
      );
    }
    return hits.map((h) => ({
      exercise: this.fromJson(ctx, h.exercise),
      score: tierScore(h.tier),
    }));
  }

  async countSearch(ctx: RequestContext, text: string, filter: ExerciseFilter): Promise<number> {
    const terms = searchTerms(text);
    if (!terms) return 0;
    const [sql, values] = await this.matching(ctx, terms, this.searchBase(ctx, filter));
    const [{ count }] = await this.db
      .manager(ctx)
      .query<{ count: number }[]>(`SELECT count(*)::int AS count FROM (${sql}) s`, values);
    return count;
  }

  /** How many matching exercises (published unless filtered) carry each facet value, in one statement. */
  async facetCounts(
    ctx: RequestContext,
    filter: ExerciseFilter,
    text?: string,
  ): Promise<FacetRow[]> {
    const matching = this.filtered(ctx, filter, [ExerciseStatus.PUBLISHED]).select([
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
    const terms = text ? searchTerms(text) : null;
    if (text && !terms) matching.andWhere('false');
    if (terms) matching.addSelect(SEARCH_COLUMNS);
    const [sql, parameters] = terms
      ? await this.matching(ctx, terms, matching.getQueryAndParameters())
      : matching.getQueryAndParameters();
    const single = (column: string) =>
      `SELECT '${column}' AS facet, ${column}::text AS value, count(*)::int AS count FROM m GROUP BY 2`;
    const many = (column: string) =>
      `SELECT '${column}' AS facet, v::text AS value, count(*)::int AS count FROM m, unnest(m.${column}) v GROUP BY 2`;
    const rows: FacetRow[] = await this.db.manager(ctx).query(
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

  /** Published exercises filling each gap, best first, in the order of `gaps`: one statement. */
  async fillers(ctx: RequestContext, request: FillerRequest): Promise<Exercise[][]> {
    const byGap = request.gaps.map((): Exercise[] => []);
    if (!request.gaps.length) return byGap;
    const { entities, raw } = await this.db
      .getRepository(ctx, Exercise)
      .createQueryBuilder('e')
      .innerJoin(PICKS, 'pick', 'pick.id = e.id')
      .addSelect('pick.ord', 'pick_ord')
      .setParameters({
        gaps: JSON.stringify(
          request.gaps.map(({ facet, missing }, ord) => ({ ord, facet, missing })),
        ),
        programIds: request.programIds,
        median: request.medianDifficulty,
        regions: request.regions,
        focus: request.focus,
        published: ExerciseStatus.PUBLISHED,
        maxDistance: request.maxDistance,
        perGap: request.perGap,
      })
      .orderBy('pick.ord')
      .addOrderBy('pick.rank')
      .getRawAndEntities<{ e_id: string; pick_ord: number }>();
    // An exercise filling two gaps is one entity but two raw rows: place it by its rows.
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const row of raw) byGap[Number(row.pick_ord)].push(byId.get(row.e_id)!);
    return byGap;
  }

  /** Inserts a new exercise, in the context's transaction when it is in one. */
  insert(ctx: RequestContext, values: Partial<Exercise>): Promise<Exercise> {
    const repo = this.db.getRepository(ctx, Exercise);
    return repo.save(repo.create(values));
  }

  /** The change, only if the row is still at `version`; null when the version was stale. */
  updateIfVersion(
    ctx: RequestContext,
    id: string,
    version: number,
    changes: Partial<Exercise>,
  ): Promise<Exercise | null> {
    return updateIfVersion(this.db.manager(ctx), Exercise, { id }, version, changes);
  }

  /** The row aliased `alias` as a JSON object of `properties`, built by the database. */
  private asJson(ctx: RequestContext, alias: string, properties: readonly string[]): string {
    const metadata = this.db.getRepository(ctx, Exercise).metadata;
    const pairs = properties.map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`Exercise has no column ${property}`);
      return `'${property}', "${alias}"."${column.databaseName}"`;
    });
    return `json_build_object(${pairs.join(', ')})`;
  }

  /** An exercise from `asJson`: JSON typed everything but the timestamps. */
  private fromJson(ctx: RequestContext, row: Record<string, unknown>): Exercise {
    this.timestamps ??= this.db
      .getRepository(ctx, Exercise)
      .metadata.columns.filter((c) => c.type === 'timestamptz')
      .map((c) => c.propertyName);
    for (const property of this.timestamps) {
      const value = row[property];
      if (typeof value === 'string') row[property] = new Date(value);
    }
    return row as unknown as Exercise;
  }

  /** The properties JSON gives as text that the entity holds as Dates (found once). */
  private timestamps?: string[];

  /** The filtered catalogue a search ranks: published unless a status is asked for. */
  private searchBase(ctx: RequestContext, filter: ExerciseFilter): [string, unknown[]] {
    const key = JSON.stringify(filter);
    let base = this.searchBases.get(key);
    if (!base) {
      base = this.filtered(ctx, filter, [ExerciseStatus.PUBLISHED])
        .select(SEARCH_COLUMNS)
        .getQueryAndParameters();
      this.searchBases.set(key, base);
    }
    return base;
  }

  /**
   * searchBase's statements by filter: building one with TypeORM's query builder cost more CPU
   * than the rest of a search's Node work. Bounded; the filters the apps send repeat.
   */
  private readonly searchBases = new LRUCache<string, [string, unknown[]]>({ max: 500 });

  /**
   * The query with each word no name or alias starts replaced by the closest known word
   * (search_word), and which tiers it can match; null when no word changes.
   */
  private async correction(
    ctx: RequestContext,
    terms: SearchTerms,
  ): Promise<{ terms: SearchTerms; plan: TierPlan } | null> {
    const look = async (t: SearchTerms) => {
      const [sql, values] = bound(WORDS_SQL, ['', []], { tokens: t.tokens });
      return this.db.manager(ctx).query<WordRow[]>(sql, values);
    };
    const typed = await look(terms);
    const fixed = corrected(
      terms,
      typed.map((r) => (r.in_names + r.in_aliases > 0 ? null : r.closest)),
    );
    if (!fixed) return null;
    const rows = await look(fixed);
    const plan = {
      name: known(rows.map((r) => r.in_names)),
      alias: known(rows.map((r) => r.in_aliases)),
    };
    return { terms: fixed, plan };
  }

  /** A ranking statement's page joined back to its exercises, `select` (asJson) of each. */
  private ranked(
    ctx: RequestContext,
    template: string,
    base: [string, unknown[]],
    select: string,
    values: Record<string, unknown>,
  ): Promise<SearchHit[]> {
    const [sql, params] = bound(template, base, values);
    return this.db.manager(ctx).query(
      `SELECT r.tier, r.found, ${select} AS exercise
      FROM (${sql}) r JOIN exercise e ON e.id = r.id
      ORDER BY r.tier, length(e.name), e.name, e.id`,
      params,
    );
  }

  /** How many exercises the typed words match, up to `cap` (when a page beyond them is asked). */
  private async countTyped(
    ctx: RequestContext,
    terms: SearchTerms,
    base: [string, unknown[]],
    cap: number,
  ): Promise<number> {
    const [sql, values] = bound(matchesSql(false), base, { ...terms });
    const [{ count }] = await this.db
      .manager(ctx)
      .query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM (SELECT 1 FROM (${sql}) s LIMIT ${cap}) s`,
        values,
      );
    return count;
  }

  /** The statement of every match (with the corrected words' when the typed ones found few). */
  private async matching(
    ctx: RequestContext,
    terms: SearchTerms,
    base: [string, unknown[]],
  ): Promise<[string, unknown[]]> {
    const few = (await this.countTyped(ctx, terms, base, TYPOS_BELOW)) < TYPOS_BELOW;
    const fixed = few ? await this.correction(ctx, terms) : null;
    return fixed
      ? bound(matchesSql(true), base, { ...terms, ...prefixed('c', fixed.terms) })
      : bound(matchesSql(false), base, { ...terms });
  }

  /** The facet filters; without a status filter, `statuses` (default: all but ARCHIVED). */
  private filtered(
    ctx: RequestContext,
    filter: ExerciseFilter,
    statuses?: ExerciseStatus[],
  ): SelectQueryBuilder<Exercise> {
    const q = this.db.getRepository(ctx, Exercise).createQueryBuilder('e');
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
        { text: containing(filter.text.trim()) },
      );
    }
    return q;
  }
}
