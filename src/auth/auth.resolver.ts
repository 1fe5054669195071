import { Ctx, RequestContext } from '../common/context/request-context.js';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import {
  INPUT_WITH_MOVED_ARGS,
  validMovedArgs,
  MovedArgument,
} from '../common/graphql/moved-args.js';
import { CLINIC_TEAM, Role } from '../common/access/viewer.js';
import { Account } from './account.entity.js';
import { ApiKey } from './api-key.entity.js';
import { Clinician } from './models/clinician.model.js';
import { ChangePasswordInput } from './dto/change-password.input.js';
import { CreateAccountInput } from './dto/create-account.input.js';
import { CreateApiKeyInput } from './dto/create-api-key.input.js';
import { IssuePasswordResetInput } from './dto/issue-password-reset.input.js';
import { LoginInput } from './dto/login.input.js';
import { PasswordReset } from './models/password-reset.model.js';
import { ResetPasswordInput } from './dto/reset-password.input.js';
import { NewApiKey } from './models/new-api-key.model.js';
import { RefreshSessionInput } from './dto/refresh-session.input.js';
import { RevokeApiKeyInput } from './dto/revoke-api-key.input.js';
import { Session } from './models/session.model.js';
import { SignedOut } from './models/signed-out.model.js';
import { SignOutInput } from './dto/sign-out.input.js';
import { UpdateAccountInput } from './dto/update-account.input.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => Session, {
    description:
      'Signs in: a short-lived access token (JWT_TTL_SECONDS) and a refresh token (REFRESH_TTL_SECONDS). Repeated failures for one email make it wait, doubling each time (RATE_LIMITED with Retry-After).',
  })
  login(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The email and password' }) input: LoginInput,
  ): Promise<Session> {
    return this.auth.login(ctx, input.email, input.password);
  }

  @Mutation(() => Session, {
    description:
      'Exchanges a refresh token for a new access token and refresh token. Each refresh token works once: presenting a used one again ends its session (it was copied).',
  })
  refreshSession(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The refresh token' }) input: RefreshSessionInput,
  ): Promise<Session> {
    return this.auth.refresh(ctx, input.refreshToken);
  }

  @Mutation(() => SignedOut, {
    description:
      'Ends the session of the Bearer token and/or of `refreshToken` (its access and refresh tokens stop working at once); `everywhere: true` ends all of the account’s sessions.',
  })
  async signOut(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Which sessions to end' }) input: SignOutInput,
  ): Promise<SignedOut> {
    return { sessionsEnded: await this.auth.signOut(ctx, input) };
  }

  @Roles(...CLINIC_TEAM)
  @Mutation(() => Session, {
    description:
      'Changes the signed-in account’s own password. Every session of the account ends, on every device; the returned one replaces this device’s.',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The current and the new password' }) input: ChangePasswordInput,
  ): Promise<Session> {
    return this.auth.changePassword(ctx, input.currentPassword, input.newPassword);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PasswordReset, {
    description:
      'A one-time token with which the account sets a new password (resetPassword) until PASSWORD_RESET_TTL_SECONDS pass; hand it over in person. Replaces any earlier one.',
  })
  issuePasswordReset(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Whose password' }) input: IssuePasswordResetInput,
  ): Promise<PasswordReset> {
    return this.auth.issuePasswordReset(ctx, input.accountId);
  }

  @Mutation(() => Session, {
    description:
      'Sets a new password with a token from issuePasswordReset (no sign-in needed). The token works once; every session of the account ends, and the returned one is new.',
  })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The token and the new password' }) input: ResetPasswordInput,
  ): Promise<Session> {
    return this.auth.resetPassword(ctx, input.token, input.newPassword);
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null' })
  me(@Ctx() ctx: RequestContext): Promise<Account | null> | null {
    return ctx.viewer.kind === 'account' ? this.auth.findAccount(ctx, ctx.viewer.id) : null;
  }

  @Roles(...CLINIC_TEAM)
  @Query(() => [Clinician], {
    description:
      'The active clinicians a handout can name (issueHandout’s clinicianId), by name: ids and names only, for the whole team',
  })
  clinicians(@Ctx() ctx: RequestContext): Promise<Clinician[]> {
    return this.auth.listClinicians(ctx);
  }

  @Roles(Role.ADMIN)
  @Query(() => [Account], {
    description: 'Every account, by email (admins)',
    deprecationReason: 'Use accountsConnection, a connection (first, after, role, active)',
  })
  accounts(@Ctx() ctx: RequestContext): Promise<Account[]> {
    return this.auth.listAccounts(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Account, {
    description:
      'Makes an account (admins); an email already used is BAD_USER_INPUT on input.email',
  })
  createAccount(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new account' }) input: CreateAccountInput,
  ): Promise<Account> {
    return this.auth.createAccount(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Account, {
    description:
      'Changes a role or (de)activates, effective at the account’s next request; deactivating also ends all its sessions',
  })
  async updateAccount(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Which account, and the changes' }) input: UpdateAccountInput,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
  ): Promise<Account> {
    const { id: accountId, ...changes } = await validMovedArgs(UpdateAccountInput, input, [
      { field: 'id', arg: 'id', value: id },
    ]);
    return this.auth.updateAccount(ctx, accountId!, changes);
  }

  @Roles(Role.ADMIN)
  @Query(() => [ApiKey], {
    description: 'Every API key, newest first (admins)',
    deprecationReason: 'Use apiKeysConnection, a connection (first, after)',
  })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return this.auth.listApiKeys(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => NewApiKey, { description: 'A read-only key to published content for an app' })
  createApiKey(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The app the key is for' }) input: CreateApiKeyInput,
  ): Promise<NewApiKey> {
    return this.auth.createApiKey(ctx, input.name);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ApiKey, { description: 'Stops the key at once on this instance' })
  async revokeApiKey(
    @Ctx() ctx: RequestContext,
    @Args('input', {
      type: () => RevokeApiKeyInput,
      nullable: true,
      description: INPUT_WITH_MOVED_ARGS,
    })
    input?: RevokeApiKeyInput | null,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
  ): Promise<ApiKey> {
    const key = await validMovedArgs(RevokeApiKeyInput, input, [
      { field: 'id', arg: 'id', value: id },
    ]);
    return this.auth.revokeApiKey(ctx, key.id);
  }
}
