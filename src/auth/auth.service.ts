import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { accountId, ANONYMOUS, Role, type Viewer } from '../common/access/viewer.js';
import { notSignedIn } from '../common/access/roles.guard.js';
import { AppConfig } from '../common/config/app-config.js';
import { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest } from '../common/pagination/page.args.js';
import {
  assertUuid,
  badUserInput,
  notFound,
  serviceUnavailable,
  unauthenticated,
} from '../common/errors/errors.js';
import { passwordProblem } from '../common/access/password-policy.js';
import { AuditService } from '../audit/audit.service.js';
import type { Account } from './account.entity.js';
import { type AccountFilter, AccountRepository } from './account.repository.js';
import { SessionEnd } from './account-session.entity.js';
import type { ApiKey } from './api-key.entity.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { CredentialCache, RevocationBus } from './credential-cache.js';
import {
  DUMMY_HASH,
  hashApiKey,
  hashPassword,
  newApiKey,
  newPasswordResetToken,
  passwordResetHash,
  TokenSigner,
  verifyPassword,
} from './credentials.js';
import { resetPasswordUrl } from './password-reset-page.js';
import { PasswordResetRepository } from './password-reset.repository.js';
import { type OpenedSession, SessionsService } from './sessions.service.js';
import { accountKey, emailKey, SignInThrottle } from './sign-in-throttle.js';

/** The roles a handout may name as its clinician (everyone but the front desk). */
const CLINICIAN_ROLES: readonly Role[] = [Role.CLINICIAN, Role.ADMIN];

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** What login, refresh and a password change hand back. */
export interface SignedIn {
  token: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  account: Account;
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);
  private readonly tokens: TokenSigner;
  private readonly credentials: CredentialCache;
  private lastLookupFailure = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottle,
    private readonly bus: RevocationBus,
    private readonly accounts: AccountRepository,
    private readonly apiKeys: ApiKeyRepository,
    private readonly resets: PasswordResetRepository,
  ) {
    if (!config.JWT_SECRET) {
      this.logger.warn('JWT_SECRET is not set: using a random one, so sign-ins end at restart');
    }
    this.tokens = new TokenSigner(
      config.JWT_SECRET ?? randomBytes(32).toString('hex'),
      config.JWT_TTL_SECONDS,
    );
    // Read while the request's context is being built, before anyone is known: the service asks.
    this.credentials = new CredentialCache(
      config.CREDENTIAL_CACHE_MS,
      {
        session: (id) => sessions.state(RequestContext.system(), id),
        apiKey: (hash) => apiKeys.findLiveIdByHash(RequestContext.system(), hash),
      },
      bus,
    );
  }

  /** The first admin from ADMIN_EMAIL/ADMIN_PASSWORD, if that account does not exist yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    const ctx = RequestContext.system();
    if (await this.accounts.existsByEmail(ctx, email.toLowerCase())) return;
    await this.createAccount(ctx, {
      email,
      password,
      displayName: 'Administrator',
      role: Role.ADMIN,
    });
    this.logger.log(`Created the first admin account ${email.toLowerCase()}`);
  }

  /**
   * Who sent the request: a bearer token, an API key, or nobody. A bad credential (expired,
   * signed out, revoked, forged) makes the caller anonymous with the reason in `refused`: public
   * reads still answer, fields that need a sign-in say why, and `authChallenge` tells the client.
   * The token only names an account and a session: whether the session is live, the account
   * active, and its role, come from the database (remembered CREDENTIAL_CACHE_MS at most). Only a
   * database that cannot be asked is an error (503): a caller is never silently demoted by it.
   */
  async viewerFor(headers: Record<string, string | string[] | undefined>): Promise<Viewer> {
    const authorization = single(headers.authorization);
    const apiKey = single(headers['x-api-key']);
    if (authorization) {
      const [scheme, token, extra] = authorization.split(' ');
      const claims =
        scheme?.toLowerCase() === 'bearer' && token && extra === undefined
          ? await this.tokens.verify(token)
          : null;
      if (!claims) return refused('The sign-in token is invalid or has expired: sign in again.');
      const session = await this.lookup(() => this.credentials.session(claims.sid));
      if (
        !session ||
        session.accountId !== claims.sub ||
        session.revoked ||
        !session.active ||
        session.expiresAt <= Date.now()
      ) {
        return refused('This sign-in has ended: sign in again.');
      }
      return { kind: 'account', id: claims.sub, role: session.role, sessionId: claims.sid };
    }
    if (apiKey) {
      const id =
        apiKey.length <= 200
          ? await this.lookup(() => this.credentials.apiKeyId(hashApiKey(apiKey)))
          : null;
      if (!id) return refused('The API key is unknown or has been revoked.');
      return { kind: 'apiKey', id };
    }
    return ANONYMOUS;
  }

  /**
   * Checks a password (the per-address and per-account limits were applied before the operation
   * ran: rate-limit.ts). A failure is audited against the account when it exists, without the
   * email typed (people type passwords into it) or the password. Whatever token came with the
   * request, a failure is nobody's and a success the account's.
   */
  async login(ctx: RequestContext, email: string, password: string): Promise<SignedIn> {
    const account = await this.accounts.findWithHashByEmail(ctx, email.trim().toLowerCase());
    const ok = await verifyPassword(account?.passwordHash ?? (await DUMMY_HASH), password);
    if (!account || !ok || !account.active) {
      await this.audit.record(
        ctx.as(ANONYMOUS),
        'LOGIN_FAILED',
        account ? { type: 'account', id: account.id } : null,
        { reason: !account ? 'UNKNOWN_EMAIL' : !ok ? 'WRONG_PASSWORD' : 'INACTIVE' },
      );
      throw unauthenticated('Wrong email or password.');
    }
    await this.throttle.succeeded(emailKey(email));
    const session = await this.sessions.open(ctx, account.id);
    const signedIn = ctx.as({ kind: 'account', id: account.id, role: account.role });
    await this.audit.record(signedIn, 'LOGIN', { type: 'account', id: account.id });
    return this.signedIn(session, account);
  }

  /** A new access token and refresh token for a refresh token, which is used up (rotation). */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<SignedIn> {
    const session = await this.sessions.refresh(ctx, refreshToken, async (reused) => {
      await this.bus.publish({ kind: 'session', id: reused.id });
      await this.audit.record(RequestContext.system(), 'SESSION_REUSED', {
        type: 'account',
        id: reused.accountId,
      });
    });
    const account = await this.findAccount(ctx, session.accountId);
    if (!account) throw unauthenticated('This sign-in has ended: sign in again.');
    return this.signedIn(session, account);
  }

  /**
   * Ends the caller's session (the one its token names), the one a refresh token names, or with
   * `everywhere` all of the account's sessions. How many ended; 0 when there was nothing to end.
   */
  async signOut(
    ctx: RequestContext,
    input: { refreshToken?: string | null; everywhere?: boolean | null },
  ): Promise<number> {
    const viewer = ctx.viewer;
    const ended: { id: string; accountId: string }[] = [];
    if (viewer.kind === 'account' && viewer.sessionId) {
      if (input.everywhere) {
        const n = await this.sessions.revokeAll(ctx, viewer.id, SessionEnd.SIGNED_OUT);
        await this.bus.publish({ kind: 'account', id: viewer.id });
        await this.audit.record(
          ctx,
          'SIGNED_OUT',
          { type: 'account', id: viewer.id },
          {
            sessions: n,
          },
        );
        return n;
      }
      if (await this.sessions.revoke(ctx, viewer.sessionId, SessionEnd.SIGNED_OUT)) {
        ended.push({ id: viewer.sessionId, accountId: viewer.id });
      }
    }
    if (input.refreshToken) {
      const session = await this.sessions.findByRefreshToken(ctx, input.refreshToken);
      const mine = viewer.kind !== 'account' || session?.accountId === viewer.id;
      if (session && mine && (await this.sessions.revoke(ctx, session.id, SessionEnd.SIGNED_OUT))) {
        ended.push(session);
      }
    }
    for (const session of ended) {
      await this.bus.publish({ kind: 'session', id: session.id });
      await this.audit.record(RequestContext.system(), 'SIGNED_OUT', {
        type: 'account',
        id: session.accountId,
      });
    }
    return ended.length;
  }

  /**
   * The signed-in account's own new password, under the sign-in limits (rate-limit.ts). Every session of the
   * account ends (a thief's included) and this device gets a new one.
   */
  async changePassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<SignedIn> {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'account' || !viewer.sessionId) throw notSignedIn(viewer);
    const account = await this.accounts.findWithHashById(ctx, viewer.id);
    if (!account) throw unauthenticated();
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      await this.audit.record(ctx, 'PASSWORD_CHANGE_FAILED', { type: 'account', id: viewer.id });
      throw badUserInput([
        { field: 'input.currentPassword', message: 'currentPassword is not the current password' },
      ]);
    }
    await this.throttle.succeeded(accountKey(viewer.id));
    const problem = passwordProblem(newPassword, [account.email, account.displayName]);
    if (problem)
      throw badUserInput([{ field: 'input.newPassword', message: `newPassword ${problem}` }]);
    if (await verifyPassword(account.passwordHash, newPassword)) {
      throw badUserInput([
        { field: 'input.newPassword', message: 'newPassword must differ from the current one' },
      ]);
    }
    const passwordHash = await hashPassword(newPassword);
    const session = await this.db.withTransaction(ctx, async (tx) => {
      await this.accounts.update(tx, viewer.id, { passwordHash });
      await this.sessions.revokeAll(tx, viewer.id, SessionEnd.PASSWORD_CHANGED);
      await this.audit.record(tx, 'PASSWORD_CHANGED', { type: 'account', id: viewer.id });
      return this.sessions.open(tx, viewer.id);
    });
    await this.bus.publish({ kind: 'account', id: viewer.id });
    return this.signedIn(session, account);
  }

  /**
   * An admin lets an account set a new password without the old one: a one-time token to hand
   * over (no e-mail), also as a link to the reset page, replacing any earlier one. Only its hash
   * is kept; the audit entry holds neither.
   */
  async issuePasswordReset(
    ctx: RequestContext,
    id: string,
  ): Promise<{ token: string; url: string; expiresAt: Date; account: Account }> {
    const account = await this.findAccount(ctx, assertUuid(id, 'input.accountId'));
    if (!account) throw notFound('Account', id);
    if (!account.active) {
      throw badUserInput([
        { field: 'input.accountId', message: 'the account is deactivated: activate it first' },
      ]);
    }
    const { token, hash } = newPasswordResetToken();
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_RESET_TTL_SECONDS * 1000);
    await this.db.withTransaction(ctx, async (tx) => {
      await this.resets.replace(tx, {
        accountId: id,
        tokenHash: hash,
        issuedBy: accountId(ctx.viewer),
        expiresAt,
      });
      await this.audit.record(
        tx,
        'PASSWORD_RESET_ISSUED',
        { type: 'account', id },
        { expiresAt: expiresAt.toISOString() },
      );
    });
    return { token, url: resetPasswordUrl(this.config.publicUrl, token), expiresAt, account };
  }

  /**
   * Sets a new password with a reset token, once: the password policy applies, every session of
   * the account ends, and the returned one is new. An unknown, used or expired token, or a
   * deactivated account, is refused the same way (the token is checked before the password, and
   * used only when the password is accepted).
   */
  async resetPassword(ctx: RequestContext, token: string, newPassword: string): Promise<SignedIn> {
    const refused = badUserInput([
      {
        field: 'input.token',
        message: 'token is invalid, expired or already used: ask an admin for a new one',
      },
    ]);
    const hash = passwordResetHash(token);
    const id = hash ? await this.resets.findLive(ctx, hash) : null;
    const account = id ? await this.accounts.findWithHashById(ctx, id) : null;
    if (!hash || !account || !account.active) throw refused;
    const problem = passwordProblem(newPassword, [account.email, account.displayName]);
    if (problem)
      throw badUserInput([{ field: 'input.newPassword', message: `newPassword ${problem}` }]);
    const passwordHash = await hashPassword(newPassword);
    const session = await this.db.withTransaction(ctx, async (tx) => {
      if (!(await this.resets.use(tx, hash))) throw refused;
      await this.accounts.update(tx, account.id, { passwordHash });
      await this.sessions.revokeAll(tx, account.id, SessionEnd.PASSWORD_RESET);
      await this.audit.record(tx, 'PASSWORD_RESET', { type: 'account', id: account.id });
      return this.sessions.open(tx, account.id);
    });
    // The owner is back in: waits earned by failed sign-ins (theirs or a guesser's) end.
    await this.throttle.succeeded(emailKey(account.email));
    await this.throttle.succeeded(accountKey(account.id));
    await this.bus.publish({ kind: 'account', id: account.id });
    return this.signedIn(session, account);
  }

  /** An account by id, in the context's transaction when it is in one; null when there is none. */
  findAccount(ctx: RequestContext, id: string): Promise<Account | null> {
    return this.accounts.findById(ctx, id);
  }

  /** An account by id, batched across one request (the authors, owners and clinicians of a list). */
  account(ctx: RequestContext, id: string): Promise<Account | null> {
    return ctx
      .loader('accountById', async (ids: readonly string[]) => {
        const byId = new Map((await this.accounts.findByIds(ctx, ids)).map((a) => [a.id, a]));
        return ids.map((key) => byId.get(key) ?? null);
      })
      .load(id);
  }

  /** Whom a handout can name as its clinician: active clinicians and admins, by name. */
  listClinicians(ctx: RequestContext): Promise<Pick<Account, 'id' | 'displayName'>[]> {
    return this.accounts.listActive(ctx, CLINICIAN_ROLES);
  }

  /** Whether a handout can name this account as its clinician (listClinicians lists them). */
  isClinician(account: Account): boolean {
    return account.active && CLINICIAN_ROLES.includes(account.role);
  }

  accountPage(
    ctx: RequestContext,
    filter: AccountFilter,
    page: PageRequest,
  ): Promise<Connection<Account>> {
    return this.accounts.page(ctx, filter, page);
  }

  apiKeyPage(ctx: RequestContext, page: PageRequest): Promise<Connection<ApiKey>> {
    return this.apiKeys.page(ctx, page);
  }

  listAccounts(ctx: RequestContext): Promise<Account[]> {
    return this.accounts.list(ctx);
  }

  /** The context's viewer is the author (`RequestContext.system()` for the first admin). */
  async createAccount(ctx: RequestContext, input: NewAccount): Promise<Account> {
    const id = await this.accounts.insert(ctx, {
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    });
    if (!id) {
      throw badUserInput([
        { field: 'input.email', message: 'email is already used by another account' },
      ]);
    }
    await this.audit.record(ctx, 'ACCOUNT_CREATED', { type: 'account', id }, { role: input.role });
    return (await this.findAccount(ctx, id)) as Account;
  }

  /**
   * A role change or (de)activation, effective at the account's next request: the role is read
   * per request, and a deactivation also ends every session (refresh tokens included).
   */
  async updateAccount(
    ctx: RequestContext,
    id: string,
    changes: { role?: Role; active?: boolean },
  ): Promise<Account> {
    const account = await this.findAccount(ctx, assertUuid(id));
    if (!account) throw notFound('Account', id);
    await this.db.withTransaction(ctx, async (tx) => {
      if (changes.role !== undefined && changes.role !== account.role) {
        await this.audit.record(
          tx,
          'ACCOUNT_ROLE_CHANGED',
          { type: 'account', id },
          { from: account.role, to: changes.role },
        );
      }
      if (changes.active !== undefined && changes.active !== account.active) {
        await this.audit.record(tx, changes.active ? 'ACCOUNT_ACTIVATED' : 'ACCOUNT_DEACTIVATED', {
          type: 'account',
          id,
        });
      }
      if (changes.active === false) {
        await this.sessions.revokeAll(tx, id, SessionEnd.DEACTIVATED);
      }
      await this.accounts.update(tx, id, { ...changes });
    });
    await this.bus.publish({ kind: 'account', id });
    return (await this.findAccount(ctx, id)) as Account;
  }

  listApiKeys(ctx: RequestContext): Promise<ApiKey[]> {
    return this.apiKeys.list(ctx);
  }

  /** Creates a key; its secret is returned this once and never again. */
  async createApiKey(
    ctx: RequestContext,
    name: string,
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const { secret, prefix, hash } = newApiKey();
    const id = await this.apiKeys.insert(ctx, {
      name,
      prefix,
      keyHash: hash,
      createdBy: accountId(ctx.viewer),
    });
    await this.audit.record(ctx, 'API_KEY_CREATED', { type: 'apiKey', id }, { name, prefix });
    return { apiKey: (await this.apiKeys.findById(ctx, id)) as ApiKey, secret };
  }

  async revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey> {
    const apiKey = await this.apiKeys.findById(ctx, assertUuid(id));
    if (!apiKey) throw notFound('API key', id);
    if (!apiKey.revokedAt) {
      await this.apiKeys.revoke(ctx, id);
      await this.audit.record(
        ctx,
        'API_KEY_REVOKED',
        { type: 'apiKey', id },
        { name: apiKey.name },
      );
    }
    await this.bus.publish({ kind: 'apiKey', id });
    return (await this.apiKeys.findById(ctx, id)) as ApiKey;
  }

  private async signedIn(session: OpenedSession, account: Account): Promise<SignedIn> {
    const { token, expiresAt } = await this.tokens.sign({
      sub: account.id,
      sid: session.sessionId,
    });
    return {
      token,
      expiresAt,
      refreshToken: session.refreshToken,
      refreshExpiresAt: session.refreshExpiresAt,
      account,
    };
  }

  /**
   * A credential lookup that cannot reach the database answers 503 (SERVICE_UNAVAILABLE), never
   * "signed out" nor a 500; one log line a minute at most, without the query's parameters.
   */
  private async lookup<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (Date.now() - this.lastLookupFailure > 60_000) {
        this.lastLookupFailure = Date.now();
        this.logger.warn(`Sign-in checks cannot reach the database: ${(error as Error)?.name}`);
      }
      throw serviceUnavailable('Sign-ins cannot be checked right now: try again shortly.');
    }
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function refused(reason: string): Viewer {
  return { kind: 'anonymous', refused: reason };
}
