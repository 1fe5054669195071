import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { keysetPage } from '../common/database/keyset-page.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest } from '../common/pagination/page.args.js';
import { ApiKey } from './api-key.entity.js';

export type NewApiKeyRow = Pick<ApiKey, 'name' | 'prefix' | 'keyHash' | 'createdBy'>;

/**
 * Every statement on API keys. A key is its own aggregate, not part of an account: it belongs to
 * an app, `createdBy` only says who made it, and it outlives that account's deactivation.
 */
@Injectable()
export class ApiKeyRepository {
  constructor(private readonly db: TransactionalConnection) {}

  findById(ctx: RequestContext, id: string): Promise<ApiKey | null> {
    return this.db.getRepository(ctx, ApiKey).findOneBy({ id });
  }

  /** Newest first, by keyset on (created_at, id). */
  page(ctx: RequestContext, page: PageRequest): Promise<Connection<ApiKey>> {
    return keysetPage(
      this.db.getRepository(ctx, ApiKey).createQueryBuilder('k'),
      {
        list: 'apiKeys',
        sort: 'k.created_at',
        id: 'k.id',
        direction: 'DESC',
        sortValue: 'timestamp',
      },
      page,
    );
  }

  /** Newest first. */
  list(ctx: RequestContext): Promise<ApiKey[]> {
    return this.db.getRepository(ctx, ApiKey).find({ order: { createdAt: 'DESC' } });
  }

  /** The id of the live key with this hash, or null (unknown or revoked). */
  async findLiveIdByHash(ctx: RequestContext, hash: string): Promise<string | null> {
    const key = await this.db
      .getRepository(ctx, ApiKey)
      .createQueryBuilder('k')
      .where('k.key_hash = :hash AND k.revoked_at IS NULL', { hash })
      .getOne();
    return key?.id ?? null;
  }

  async insert(ctx: RequestContext, row: NewApiKeyRow): Promise<string> {
    const repo = this.db.getRepository(ctx, ApiKey);
    return (await repo.save(repo.create(row))).id;
  }

  async revoke(ctx: RequestContext, id: string): Promise<void> {
    await this.db.getRepository(ctx, ApiKey).update(id, { revokedAt: new Date() });
  }
}
