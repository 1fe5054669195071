import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { keysetPage } from '../common/database/keyset-page.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest } from '../common/pagination/page.args.js';
import { pgConstraint, pgErrorCode, UNIQUE_VIOLATION } from '../common/database/pg-errors.js';
import type { Role } from '../common/access/viewer.js';
import { Account } from './account.entity.js';

export interface AccountFilter {
  role?: readonly Role[] | null;
  active?: boolean | null;
}

export type NewAccountRow = Pick<Account, 'email' | 'displayName' | 'role' | 'passwordHash'>;

/** Every statement on accounts. The password hash is read only by the two methods that say so. */
@Injectable()
export class AccountRepository {
  constructor(private readonly db: TransactionalConnection) {}

  findById(ctx: RequestContext, id: string): Promise<Account | null> {
    return this.db.getRepository(ctx, Account).findOneBy({ id });
  }

  findByIds(ctx: RequestContext, ids: readonly string[]): Promise<Account[]> {
    return this.db.getRepository(ctx, Account).findBy({ id: In([...ids]) });
  }

  /** By email (unique, and never changed), by keyset. */
  page(
    ctx: RequestContext,
    filter: AccountFilter,
    page: PageRequest,
  ): Promise<Connection<Account>> {
    const query = this.db.getRepository(ctx, Account).createQueryBuilder('a');
    if (filter.role) query.andWhere('a.role = ANY(:roles)', { roles: [...filter.role] });
    if (filter.active != null) query.andWhere('a.active = :active', { active: filter.active });
    return keysetPage(
      query,
      { list: 'accounts', sort: 'a.email', id: 'a.id', direction: 'ASC', sortValue: 'text' },
      page,
    );
  }

  list(ctx: RequestContext): Promise<Account[]> {
    return this.db.getRepository(ctx, Account).find({ order: { email: 'ASC' } });
  }

  /** Active accounts with one of `roles`, by name: only their ids and names are read. */
  listActive(
    ctx: RequestContext,
    roles: readonly Role[],
  ): Promise<Pick<Account, 'id' | 'displayName'>[]> {
    return this.db.getRepository(ctx, Account).find({
      select: { id: true, displayName: true },
      where: { active: true, role: In([...roles]) },
      order: { displayName: 'ASC', id: 'ASC' },
    });
  }

  existsByEmail(ctx: RequestContext, email: string): Promise<boolean> {
    return this.db.getRepository(ctx, Account).existsBy({ email });
  }

  /** With its password hash, to check a sign-in. */
  findWithHashByEmail(ctx: RequestContext, email: string): Promise<Account | null> {
    return this.withHash(ctx).where('a.email = :email', { email }).getOne();
  }

  /** With its password hash, to check a password change. */
  findWithHashById(ctx: RequestContext, id: string): Promise<Account | null> {
    return this.withHash(ctx).where('a.id = :id', { id }).getOne();
  }

  /** The new account's id, or null when another account has the email already. */
  async insert(ctx: RequestContext, row: NewAccountRow): Promise<string | null> {
    const repo = this.db.getRepository(ctx, Account);
    try {
      return (await repo.save(repo.create(row))).id;
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION && pgConstraint(error) === 'account_email_key') {
        return null;
      }
      throw error;
    }
  }

  async update(
    ctx: RequestContext,
    id: string,
    changes: Partial<Pick<Account, 'role' | 'active' | 'passwordHash'>>,
  ): Promise<void> {
    await this.db.getRepository(ctx, Account).update(id, changes);
  }

  private withHash(ctx: RequestContext) {
    return this.db.getRepository(ctx, Account).createQueryBuilder('a').addSelect('a.passwordHash');
  }
}
