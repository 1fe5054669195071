import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { RequestContext } from '../context/request-context.js';

/**
 * The one way repositories reach the database (vendure's TransactionalConnection): inside
 * `withTransaction` every repository called with that context uses the transaction's manager.
 * That matters beyond atomicity: the embedded engine has one connection, so a query that
 * escaped its transaction would wait for it forever.
 */
@Injectable()
export class TransactionalConnection {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The transaction's manager when `ctx` is in one, else the pool's. */
  manager(ctx: RequestContext): EntityManager {
    return ctx.manager ?? this.dataSource.manager;
  }

  getRepository<T extends ObjectLiteral>(
    ctx: RequestContext,
    entity: EntityTarget<T>,
  ): Repository<T> {
    return this.manager(ctx).getRepository(entity);
  }

  /**
   * Runs `work` in a transaction with a context that carries it; joins the caller's transaction
   * when there is one, so services compose without knowing who opened it.
   */
  withTransaction<T>(ctx: RequestContext, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    if (ctx.manager?.queryRunner?.isTransactionActive) return work(ctx);
    return this.dataSource.transaction((manager) => work(ctx.withManager(manager)));
  }
}
