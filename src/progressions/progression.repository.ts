import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { Progression } from './progression.entity.js';

/** A step of a ladder: an exercise `level` steps harder (+) or easier (-), reached by `viaId`. */
export interface LadderRow {
  exerciseId: string;
  level: number;
  viaId: string | null;
}

/** Any constant will do: one advisory lock serialises every write to the progression graph. */
const GRAPH_LOCK = 726_001;

/** Walks along PROGRESSION edges; `edges` guards against cycles should one ever exist. */
const WALK = (from: 'from_id' | 'to_id', to: 'from_id' | 'to_id') => `
  WITH RECURSIVE walk(node, edges, depth) AS (
    SELECT p.${to}, ARRAY[p.id], 1 FROM progression p
    WHERE p.${from} = $1 AND p.kind = 'PROGRESSION'
    UNION ALL
    SELECT p.${to}, w.edges || p.id, w.depth + 1
    FROM walk w JOIN progression p ON p.${from} = w.node AND p.kind = 'PROGRESSION'
    WHERE w.depth < $2 AND NOT p.id = ANY (w.edges)
  )`;

/** Rungs up (harder) and down (easier), each exercise kept at its nearest level. */
const LADDER = `WITH RECURSIVE
  up(node, via, level, seen) AS (
    SELECT p.to_id, p.id, 1, ARRAY[p.from_id, p.to_id] FROM progression p
    WHERE p.from_id = $1 AND p.kind = 'PROGRESSION'
    UNION ALL
    SELECT p.to_id, p.id, u.level + 1, u.seen || p.to_id
    FROM up u JOIN progression p ON p.from_id = u.node AND p.kind = 'PROGRESSION'
    WHERE u.level < $2 AND NOT p.to_id = ANY (u.seen)
  ),
  down(node, via, level, seen) AS (
    SELECT p.from_id, p.id, -1, ARRAY[p.to_id, p.from_id] FROM progression p
    WHERE p.to_id = $1 AND p.kind = 'PROGRESSION'
    UNION ALL
    SELECT p.from_id, p.id, d.level - 1, d.seen || p.from_id
    FROM down d JOIN progression p ON p.to_id = d.node AND p.kind = 'PROGRESSION'
    WHERE d.level > -$2 AND NOT p.from_id = ANY (d.seen)
  ),
  steps AS (
    SELECT $1::uuid AS node, NULL::uuid AS via, 0 AS level
    UNION ALL SELECT node, via, level FROM up
    UNION ALL SELECT node, via, level FROM down
  )
SELECT DISTINCT ON (s.node) s.node AS exercise_id, s.level, s.via AS via_id
FROM steps s
ORDER BY s.node, abs(s.level), s.level`;

/** Every statement on the progression table; services never build SQL. */
@Injectable()
export class ProgressionRepository {
  constructor(private readonly db: TransactionalConnection) {}

  findById(ctx: RequestContext, id: string): Promise<Progression | null> {
    return this.db.getRepository(ctx, Progression).findOneBy({ id });
  }

  findByIds(ctx: RequestContext, ids: readonly string[]): Promise<Progression[]> {
    return this.db.getRepository(ctx, Progression).findBy({ id: In([...ids]) });
  }

  /** Every edge leaving or entering any of the exercises, siblings in their order. */
  findTouching(ctx: RequestContext, exerciseIds: readonly string[]): Promise<Progression[]> {
    return this.db
      .getRepository(ctx, Progression)
      .createQueryBuilder('p')
      .where('p.from_id = ANY(:ids) OR p.to_id = ANY(:ids)', { ids: [...exerciseIds] })
      .orderBy('p.position', 'ASC')
      .addOrderBy('p.created_at', 'ASC')
      .getMany();
  }

  /** Takes the graph lock for the rest of the context's transaction. */
  async lockGraph(ctx: RequestContext): Promise<void> {
    await this.db.manager(ctx).query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
  }

  /** Edge ids of the shortest PROGRESSION path from one exercise to another, or null. */
  async shortestPath(
    ctx: RequestContext,
    fromId: string,
    toId: string,
    maxDepth: number,
  ): Promise<string[] | null> {
    const rows: { edges: string[] }[] = await this.db
      .manager(ctx)
      .query(
        `${WALK('from_id', 'to_id')} SELECT edges FROM walk WHERE node = $3 ORDER BY depth LIMIT 1`,
        [fromId, maxDepth, toId],
      );
    return rows[0]?.edges ?? null;
  }

  /** Every exercise up to `depth` steps harder and easier, each at its nearest level. */
  async ladder(ctx: RequestContext, exerciseId: string, depth: number): Promise<LadderRow[]> {
    const rows: { exercise_id: string; level: number; via_id: string | null }[] = await this.db
      .manager(ctx)
      .query(LADDER, [exerciseId, depth]);
    return rows
      .map((r) => ({ exerciseId: r.exercise_id, level: Number(r.level), viaId: r.via_id }))
      .sort((a, b) => a.level - b.level);
  }

  /** Inserts a new edge, or writes the changes of one read before (it carries its id). */
  save(ctx: RequestContext, values: Partial<Progression>): Promise<Progression> {
    const repo = this.db.getRepository(ctx, Progression);
    return repo.save(repo.create(values));
  }

  /** The edge between two exercises in either direction, if any. */
  findPair(ctx: RequestContext, a: string, b: string): Promise<Progression | null> {
    return this.db.getRepository(ctx, Progression).findOne({
      where: [
        { fromId: a, toId: b },
        { fromId: b, toId: a },
      ],
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    const result = await this.db.getRepository(ctx, Progression).delete({ id });
    return (result.affected ?? 0) > 0;
  }
}
