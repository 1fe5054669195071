import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { In, QueryFailedError, Repository } from 'typeorm';
import { ANONYMOUS, Role, type Viewer } from '../common/access/viewer.js';
import { AppConfig } from '../common/config/app-config.js';
import { requestLoader } from '../common/database/loaders.js';
import { assertUuid, badUserInput, notFound, unauthenticated } from '../common/errors/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { Account } from './account.entity.js';
import { ApiKey } from './api-key.entity.js';
import {
  DUMMY_HASH,
  hashApiKey,
  hashPassword,
  newApiKey,
  TokenSigner,
  verifyPassword,
} from './credentials.js';

/** How long a looked-up API key is trusted before the table is asked again. */
const KEY_CACHE_MS = 30_000;

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);
  private readonly tokens: TokenSigner;
  private readonly keys = new Map<string, { id: string | null; until: number }>();

  constructor(
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    @InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>,
  ) {
    if (!config.JWT_SECRET) {
      this.logger.warn('JWT_SECRET is not set: using a random one, so sign-ins end at restart');
    }
    this.tokens = new TokenSigner(
      config.JWT_SECRET ?? randomBytes(32).toString('hex'),
      config.JWT_TTL_SECONDS,
    );
  }

  /** The first admin from ADMIN_EMAIL/ADMIN_PASSWORD, if that account does not exist yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    if (await this.accounts.existsBy({ email: email.toLowerCase() })) return;
    await this.createAccount('system', {
      email,
      password,
      displayName: 'Administrator',
      role: Role.ADMIN,
    });
    this.logger.log(`Created the first admin account ${email.toLowerCase()}`);
  }

  /** Who sent the request: a bearer token, an API key, or nobody. A bad credential is an error. */
  async viewerFor(headers: Record<string, string | string[] | undefined>): Promise<Viewer> {
    const authorization = single(headers.authorization);
    const apiKey = single(headers['x-api-key']);
    if (authorization) {
      const [scheme, token] = authorization.split(' ');
      const claims =
        scheme?.toLowerCase() === 'bearer' && token ? await this.tokens.verify(token) : null;
      if (!claims)
        throw credentialError('The sign-in token is invalid or has expired: sign in again.');
      return { kind: 'account', id: claims.sub, role: claims.role };
    }
    if (apiKey) {
      const id = await this.apiKeyId(apiKey);
      if (!id) throw credentialError('The API key is unknown or has been revoked.');
      return { kind: 'apiKey', id };
    }
    return ANONYMOUS;
  }

  async login(
    email: string,
    password: string,
  ): Promise<{ token: string; expiresAt: Date; account: Account }> {
    const account = await this.accounts
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const ok = await verifyPassword(account?.passwordHash ?? (await DUMMY_HASH), password);
    if (!account || !ok || !account.active) {
      await this.audit.record(ANONYMOUS, 'LOGIN_FAILED', null, {
        email: email.trim().toLowerCase(),
      });
      throw unauthenticated('Wrong email or password.');
    }
    const viewer: Viewer = { kind: 'account', id: account.id, role: account.role };
    await this.audit.record(viewer, 'LOGIN', { type: 'account', id: account.id });
    const { token, expiresAt } = await this.tokens.sign({ sub: account.id, role: account.role });
    return { token, expiresAt, account };
  }

  findAccount(id: string): Promise<Account | null> {
    return this.accounts.findOneBy({ id });
  }

  /** An account by id, batched across one request (the authors, owners and clinicians of a list). */
  account(context: object, id: string): Promise<Account | null> {
    return requestLoader(context, 'accountById', async (ids: readonly string[]) => {
      const byId = new Map(
        (await this.accounts.findBy({ id: In([...ids]) })).map((a) => [a.id, a]),
      );
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  listAccounts(): Promise<Account[]> {
    return this.accounts.find({ order: { email: 'ASC' } });
  }

  async createAccount(actor: Viewer | 'system', input: NewAccount): Promise<Account> {
    const email = input.email.trim().toLowerCase();
    try {
      const account = await this.accounts.save(
        this.accounts.create({
          email,
          displayName: input.displayName,
          role: input.role,
          passwordHash: await hashPassword(input.password),
        }),
      );
      await this.audit.record(
        actor,
        'ACCOUNT_CREATED',
        { type: 'account', id: account.id },
        { role: account.role },
      );
      return (await this.findAccount(account.id)) as Account;
    } catch (error) {
      if (error instanceof QueryFailedError && /account_email_key/.test(error.message)) {
        throw badUserInput([
          { field: 'input.email', message: 'email is already used by another account' },
        ]);
      }
      throw error;
    }
  }

  async updateAccount(
    actor: Viewer,
    id: string,
    changes: { role?: Role; active?: boolean },
  ): Promise<Account> {
    const account = await this.findAccount(assertUuid(id));
    if (!account) throw notFound('Account', id);
    if (changes.role !== undefined && changes.role !== account.role) {
      await this.audit.record(
        actor,
        'ACCOUNT_ROLE_CHANGED',
        { type: 'account', id },
        { from: account.role, to: changes.role },
      );
    }
    if (changes.active !== undefined && changes.active !== account.active) {
      await this.audit.record(actor, changes.active ? 'ACCOUNT_ACTIVATED' : 'ACCOUNT_DEACTIVATED', {
        type: 'account',
        id,
      });
    }
    await this.accounts.update(id, { ...changes });
    return (await this.findAccount(id)) as Account;
  }

  listApiKeys(): Promise<ApiKey[]> {
    return this.apiKeys.find({ order: { createdAt: 'DESC' } });
  }

  /** Creates a key; its secret is returned this once and never again. */
  async createApiKey(actor: Viewer, name: string): Promise<{ apiKey: ApiKey; secret: string }> {
    const { secret, prefix, hash } = newApiKey();
    const apiKey = await this.apiKeys.save(
      this.apiKeys.create({
        name,
        prefix,
        keyHash: hash,
        createdBy: actor.kind === 'account' ? actor.id : null,
      }),
    );
    await this.audit.record(
      actor,
      'API_KEY_CREATED',
      { type: 'apiKey', id: apiKey.id },
      { name, prefix },
    );
    return { apiKey: (await this.apiKeys.findOneBy({ id: apiKey.id })) as ApiKey, secret };
  }

  async revokeApiKey(actor: Viewer, id: string): Promise<ApiKey> {
    const apiKey = await this.apiKeys.findOneBy({ id: assertUuid(id) });
    if (!apiKey) throw notFound('API key', id);
    if (!apiKey.revokedAt) {
      await this.apiKeys.update(id, { revokedAt: new Date() });
      await this.audit.record(
        actor,
        'API_KEY_REVOKED',
        { type: 'apiKey', id },
        { name: apiKey.name },
      );
    }
    this.keys.clear();
    return (await this.apiKeys.findOneBy({ id })) as ApiKey;
  }

  private async apiKeyId(secret: string): Promise<string | null> {
    const hash = hashApiKey(secret);
    const cached = this.keys.get(hash);
    if (cached && cached.until > Date.now()) return cached.id;
    const key = await this.apiKeys
      .createQueryBuilder('k')
      .where('k.key_hash = :hash AND k.revoked_at IS NULL', { hash })
      .getOne();
    this.keys.set(hash, { id: key?.id ?? null, until: Date.now() + KEY_CACHE_MS });
    return key?.id ?? null;
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Thrown while building the context, so it must carry its own HTTP status. */
function credentialError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
