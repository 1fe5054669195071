import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/** An entity whose edits are optimistic: each write bumps `version`. */
export interface Versioned extends ObjectLiteral {
  version: number;
  updatedAt: Date;
}

/**
 * Writes `changes` only if the row matched by `where` is still at `version`, bumping the version
 * and `updatedAt` in the same statement, so two editors who started from one version cannot
 * both win. Returns the row as written, or null when the version was stale (or the row is gone);
 * the caller turns null into a VERSION_CONFLICT naming the current version.
 */
export async function updateIfVersion<T extends Versioned>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  version: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<T | null> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({
      ...changes,
      version: () => 'version + 1',
      updatedAt: () => 'now()',
    } as QueryDeepPartialEntity<T>)
    .where({ ...where, version })
    .execute();
  return result.affected ? manager.getRepository(entity).findOneBy(where) : null;
}
