import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { CurrentViewer, Role, type Viewer } from '../common/access/viewer.js';
import { Account } from './account.entity.js';
import { ApiKey } from './api-key.entity.js';
import {
  CreateAccountInput,
  CreateApiKeyInput,
  LoginInput,
  NewApiKey,
  Session,
  UpdateAccountInput,
} from './auth.inputs.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => Session, { description: 'Signs in; the token is short-lived (JWT_TTL_SECONDS)' })
  login(@Args('input') input: LoginInput): Promise<Session> {
    return this.auth.login(input.email, input.password);
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null' })
  me(@CurrentViewer() viewer: Viewer): Promise<Account | null> | null {
    return viewer.kind === 'account' ? this.auth.findAccount(viewer.id) : null;
  }

  @Roles(Role.ADMIN)
  @Query(() => [Account])
  accounts(): Promise<Account[]> {
    return this.auth.listAccounts();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Account)
  createAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateAccountInput,
  ): Promise<Account> {
    return this.auth.createAccount(viewer, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Account, {
    description: 'Changes a role or (de)activates; takes effect at the next sign-in',
  })
  updateAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAccountInput,
  ): Promise<Account> {
    return this.auth.updateAccount(viewer, id, input);
  }

  @Roles(Role.ADMIN)
  @Query(() => [ApiKey])
  apiKeys(): Promise<ApiKey[]> {
    return this.auth.listApiKeys();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => NewApiKey, { description: 'A read-only key to published content for an app' })
  createApiKey(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<NewApiKey> {
    return this.auth.createApiKey(viewer, input.name);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ApiKey)
  revokeApiKey(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApiKey> {
    return this.auth.revokeApiKey(viewer, id);
  }
}
