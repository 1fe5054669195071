import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { pageCost } from '../common/graphql/limits.js';
import type { Connection } from '../common/pagination/connection.js';
import { PageArgs } from '../common/pagination/page.args.js';
import type { Account } from './account.entity.js';
import type { ApiKey } from './api-key.entity.js';
import { AuthService } from './auth.service.js';
import { AccountsArgs } from './dto/accounts.args.js';
import { AccountConnection } from './models/account-connection.model.js';
import { ApiKeyConnection } from './models/api-key-connection.model.js';

/** The admin's lists of accounts and API keys, as connections. */
@Resolver()
export class AdminListsResolver {
  constructor(private readonly auth: AuthService) {}

  @Roles(Role.ADMIN)
  @Query(() => AccountConnection, {
    description:
      'Accounts by email (admins), filtered by role and active; pages forward (first, after) and back (last, before)',
    ...pageCost(),
  })
  accountsConnection(
    @Ctx() ctx: RequestContext,
    @Args() args: AccountsArgs,
  ): Promise<Connection<Account>> {
    return this.auth.accountPage(ctx, args, args);
  }

  @Roles(Role.ADMIN)
  @Query(() => ApiKeyConnection, {
    description:
      'API keys, newest first, revoked ones included (admins); pages forward (first, after) and back (last, before)',
    ...pageCost(),
  })
  apiKeysConnection(
    @Ctx() ctx: RequestContext,
    @Args() args: PageArgs,
  ): Promise<Connection<ApiKey>> {
    return this.auth.apiKeyPage(ctx, args);
  }
}
