import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { unauthenticated } from '../common/errors/errors.js';
import { AccountSession, SessionEnd } from './account-session.entity.js';
import type { SessionState } from './credential-cache.js';
import { newRefreshSecret, parseRefreshToken, refreshToken } from './credentials.js';

export interface OpenedSession {
  sessionId: string;
  accountId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** The refresh token's owner may have lost it, or someone else may hold it: one answer for all. */
const REFRESH_REFUSED = 'The refresh token is invalid, expired or revoked: sign in again.';

/** All SQL about sessions. A session is one sign-in on one device (see the Sessions migration). */
@Injectable()
export class SessionsService {
  constructor(
    private readonly config: AppConfig,
    @InjectRepository(AccountSession) private readonly sessions: Repository<AccountSession>,
  ) {}

  /** A new session for a signed-in account; its refresh token is returned this once. */
  async open(accountId: string, manager = this.sessions.manager): Promise<OpenedSession> {
    const { secret, hash } = newRefreshSecret();
    const refreshExpiresAt = this.refreshExpiry();
    // Sessions that ended long ago are of no use: each sign-in clears its account's old ones.
    await manager.query(
      `DELETE FROM account_session
        WHERE account_id = $1 AND (expires_at < now() OR revoked_at < now() - interval '30 days')`,
      [accountId],
    );
    const [row] = (await manager.query(
      `INSERT INTO account_session (account_id, refresh_hash, expires_at)
       VALUES ($1, $2, $3) RETURNING id`,
      [accountId, hash, refreshExpiresAt],
    )) as { id: string }[];
    return {
      sessionId: row.id,
      accountId,
      refreshToken: refreshToken(row.id, secret),
      refreshExpiresAt,
    };
  }

  /**
   * Rotation: a live session's current refresh token is exchanged for a new one, once. A token
   * that was already exchanged (a copy, or a replay) ends the session for everyone holding it,
   * and `onReuse` is told which. An unknown, expired or revoked token, or an inactive account,
   * is refused the same way.
   */
  async refresh(token: string, onReuse: (session: AccountSession) => Promise<void>) {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw unauthenticated(REFRESH_REFUSED);
    const { secret, hash } = newRefreshSecret();
    const refreshExpiresAt = this.refreshExpiry();
    const [rows] = (await this.sessions.query(
      `UPDATE account_session s
          SET refresh_hash = $3, refreshed_at = now(), expires_at = $4
         FROM account a
        WHERE s.id = $1 AND s.refresh_hash = $2 AND s.revoked_at IS NULL
          AND s.expires_at > now() AND a.id = s.account_id AND a.active
       RETURNING s.account_id`,
      [parsed.sessionId, parsed.hash, hash, refreshExpiresAt],
    )) as [{ account_id: string }[], number];
    if (rows.length === 1) {
      return {
        sessionId: parsed.sessionId,
        accountId: rows[0].account_id,
        refreshToken: refreshToken(parsed.sessionId, secret),
        refreshExpiresAt,
      } satisfies OpenedSession;
    }
    const reused = await this.sessions
      .createQueryBuilder('s')
      .where('s.id = :id AND s.revoked_at IS NULL AND s.expires_at > now()', {
        id: parsed.sessionId,
      })
      .andWhere('s.refresh_hash <> :hash', { hash: parsed.hash })
      .getOne();
    if (reused && (await this.revoke(reused.id, SessionEnd.REUSED))) await onReuse(reused);
    throw unauthenticated(REFRESH_REFUSED);
  }

  /** The session a refresh token names, if the token is its current one. */
  async findByRefreshToken(token: string): Promise<AccountSession | null> {
    const parsed = parseRefreshToken(token);
    if (!parsed) return null;
    return this.sessions
      .createQueryBuilder('s')
      .where('s.id = :id AND s.refresh_hash = :hash AND s.revoked_at IS NULL', {
        id: parsed.sessionId,
        hash: parsed.hash,
      })
      .getOne();
  }

  /** Ends one session; true when it was still live. */
  async revoke(id: string, reason: SessionEnd, manager = this.sessions.manager): Promise<boolean> {
    const [, affected] = (await manager.query(
      `UPDATE account_session SET revoked_at = now(), revoked_reason = $2
        WHERE id = $1 AND revoked_at IS NULL`,
      [id, reason],
    )) as [unknown, number];
    return affected > 0;
  }

  /** Ends every live session of an account; how many there were. */
  async revokeAll(
    accountId: string,
    reason: SessionEnd,
    manager: EntityManager = this.sessions.manager,
  ): Promise<number> {
    const [, affected] = (await manager.query(
      `UPDATE account_session SET revoked_at = now(), revoked_reason = $2
        WHERE account_id = $1 AND revoked_at IS NULL`,
      [accountId, reason],
    )) as [unknown, number];
    return affected;
  }

  /** What a request needs to know about its session and account, straight from the database. */
  async state(id: string): Promise<SessionState | null> {
    const [row] = (await this.sessions.query(
      `SELECT s.account_id, s.expires_at, s.revoked_at IS NOT NULL AS revoked, a.role, a.active
         FROM account_session s JOIN account a ON a.id = s.account_id
        WHERE s.id = $1`,
      [id],
    )) as {
      account_id: string;
      expires_at: Date;
      revoked: boolean;
      role: SessionState['role'];
      active: boolean;
    }[];
    if (!row) return null;
    return {
      accountId: row.account_id,
      role: row.role,
      active: row.active,
      revoked: row.revoked,
      expiresAt: new Date(row.expires_at).getTime(),
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TTL_SECONDS * 1000);
  }
}
