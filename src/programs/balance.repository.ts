import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import { BalanceFacet, type Gap } from './balance.js';

export interface SuggestionRequest {
  gaps: readonly Pick<Gap, 'facet' | 'missing'>[];
  /** Never suggested: they are in the program already. */
  programIds: readonly string[];
  medianDifficulty: number;
  /** Body regions and running focus of the program, to prefer exercises that fit it. */
  regions: readonly string[];
  focus: readonly string[];
  perGap: number;
  /** How far from the median difficulty a suggestion may be. */
  maxDistance: number;
}

/** Whether exercise `c` has one of the gap's missing values, per facet. */
const FILLS = `CASE g.facet
  WHEN '${BalanceFacet.PLANE}' THEN CAST(c.planes AS text[]) && g.missing
  WHEN '${BalanceFacet.STANCE}' THEN CAST(c.stance AS text) = ANY (g.missing)
  WHEN '${BalanceFacet.TEMPO_INTENT}' THEN CAST(c.tempo_intent AS text) = ANY (g.missing)
  WHEN '${BalanceFacet.LOAD_KIND}' THEN CAST(c.load_kind AS text) = ANY (g.missing)
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

/** The SQL behind the suggestions of a balance analysis. */
@Injectable()
export class BalanceRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Published exercises filling each gap, best first, in the order of `gaps`: one statement. */
  async suggestions(ctx: RequestContext, request: SuggestionRequest): Promise<Exercise[][]> {
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
}
