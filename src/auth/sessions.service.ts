import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import type { RequestContext } from '../common/context/request-context.js';
import { unauthenticated } from '../common/errors/errors.js';
import { type AccountSession, SessionEnd } from './account-session.entity.js';
import type { SessionState } from './credential-cache.js';
import { newRefreshSecret, parseRefreshToken, refreshToken } from './credentials.js';
import { SessionRepository } from './session.repository.js';

export interface OpenedSession {
  sessionId: string;
  accountId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** The refresh token's owner may have lost it, or someone else may hold it: one answer for all. */
const REFRESH_REFUSED = 'The refresh token is invalid, expired or revoked: sign in again.';

/** Sessions and their refresh tokens. A session is one sign-in on one device. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
  ) {}

  /** A new session for a signed-in account; its refresh token is returned this once. */
  async open(ctx: RequestContext, accountId: string): Promise<OpenedSession> {
    const { secret, hash } = newRefreshSecret();
    const refreshExpiresAt = this.refreshExpiry();
    // Each sign-in clears its account's sessions that ended long ago.
    await this.sessions.deleteEnded(ctx, accountId);
    const sessionId = await this.sessions.insert(ctx, accountId, hash, refreshExpiresAt);
    return {
      sessionId,
      accountId,
      refreshToken: refreshToken(sessionId, secret),
      refreshExpiresAt,
    };
  }

  /**
   * Rotation: a live session's current refresh token is exchanged for a new one, once. A token
   * that was already exchanged (a copy, or a replay) ends the session for everyone holding it,
   * and `onReuse` is told which. An unknown, expired or revoked token, or an inactive account,
   * is refused the same way.
   */
  async refresh(
    ctx: RequestContext,
    token: string,
    onReuse: (session: AccountSession) => Promise<void>,
  ): Promise<OpenedSession> {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw unauthenticated(REFRESH_REFUSED);
    const { secret, hash } = newRefreshSecret();
    const refreshExpiresAt = this.refreshExpiry();
    const { sessionId } = parsed;
    const accountId = await this.sessions.rotate(
      ctx,
      sessionId,
      parsed.hash,
      hash,
      refreshExpiresAt,
    );
    if (accountId) {
      return {
        sessionId,
        accountId,
        refreshToken: refreshToken(sessionId, secret),
        refreshExpiresAt,
      };
    }
    const reused = await this.sessions.findLiveWithOtherHash(ctx, sessionId, parsed.hash);
    if (reused && (await this.revoke(ctx, reused.id, SessionEnd.REUSED))) await onReuse(reused);
    throw unauthenticated(REFRESH_REFUSED);
  }

  /** The session a refresh token names, if the token is its current one. */
  async findByRefreshToken(ctx: RequestContext, token: string): Promise<AccountSession | null> {
    const parsed = parseRefreshToken(token);
    if (!parsed) return null;
    return this.sessions.findUnrevokedByHash(ctx, parsed.sessionId, parsed.hash);
  }

  /** Ends one session; true when it was still live. */
  revoke(ctx: RequestContext, id: string, reason: SessionEnd): Promise<boolean> {
    return this.sessions.revoke(ctx, id, reason);
  }

  /** Ends every live session of an account; how many there were. */
  revokeAll(ctx: RequestContext, accountId: string, reason: SessionEnd): Promise<number> {
    return this.sessions.revokeAll(ctx, accountId, reason);
  }

  /** What a request needs to know about its session and account, straight from the database. */
  state(ctx: RequestContext, id: string): Promise<SessionState | null> {
    return this.sessions.state(ctx, id);
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TTL_SECONDS * 1000);
  }
}
