import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { AccountSession, type SessionEnd } from './account-session.entity.js';
import type { SessionState } from './credential-cache.js';

/** Every statement on sessions (one sign-in on one device: see the Sessions migration). */
@Injectable()
export class SessionRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Sessions of the account that ended long ago: of no use any more. */
  async deleteEnded(ctx: RequestContext, accountId: string): Promise<void> {
    await this.db.manager(ctx).query(
      `DELETE FROM account_session
        WHERE account_id = $1 AND (expires_at < now() OR revoked_at < now() - interval '30 days')`,
      [accountId],
    );
  }

  /** A new session's id. */
  async insert(
    ctx: RequestContext,
    accountId: string,
    refreshHash: string,
    expiresAt: Date,
  ): Promise<string> {
    const [row] = (await this.db.manager(ctx).query(
      `INSERT INTO account_session (account_id, refresh_hash, expires_at)
       VALUES ($1, $2, $3) RETURNING id`,
      [accountId, refreshHash, expiresAt],
    )) as { id: string }[];
    return row.id;
  }

  /**
   * Swaps a live session's refresh hash `from` for `to`, once, if its account is active; the
   * account's id, or null when nothing matched (unknown, used, expired, revoked or inactive).
   */
  async rotate(
    ctx: RequestContext,
    id: string,
    from: string,
    to: string,
    expiresAt: Date,
  ): Promise<string | null> {
    const [rows] = (await this.db.manager(ctx).query(
      `UPDATE account_session s
          SET refresh_hash = $3, refreshed_at = now(), expires_at = $4
         FROM account a
        WHERE s.id = $1 AND s.refresh_hash = $2 AND s.revoked_at IS NULL
          AND s.expires_at > now() AND a.id = s.account_id AND a.active
       RETURNING s.account_id`,
      [id, from, to, expiresAt],
    )) as [{ account_id: string }[], number];
    return rows.length === 1 ? rows[0].account_id : null;
  }

  /** The live session `id` if its current refresh hash is NOT `hash` (an old token came back). */
  findLiveWithOtherHash(ctx: RequestContext, id: string, hash: string) {
    return this.db
      .getRepository(ctx, AccountSession)
      .createQueryBuilder('s')
      .where('s.id = :id AND s.revoked_at IS NULL AND s.expires_at > now()', { id })
      .andWhere('s.refresh_hash <> :hash', { hash })
      .getOne();
  }

  /** The unrevoked session `id` if `hash` is its current refresh hash. */
  findUnrevokedByHash(ctx: RequestContext, id: string, hash: string) {
    return this.db
      .getRepository(ctx, AccountSession)
      .createQueryBuilder('s')
      .where('s.id = :id AND s.refresh_hash = :hash AND s.revoked_at IS NULL', { id, hash })
      .getOne();
  }

  /** Ends one session; true when it was still live. */
  async revoke(ctx: RequestContext, id: string, reason: SessionEnd): Promise<boolean> {
    const [, affected] = (await this.db.manager(ctx).query(
      `UPDATE account_session SET revoked_at = now(), revoked_reason = $2
        WHERE id = $1 AND revoked_at IS NULL`,
      [id, reason],
    )) as [unknown, number];
    return affected > 0;
  }

  /** Ends every live session of an account; how many there were. */
  async revokeAll(ctx: RequestContext, accountId: string, reason: SessionEnd): Promise<number> {
    const [, affected] = (await this.db.manager(ctx).query(
      `UPDATE account_session SET revoked_at = now(), revoked_reason = $2
        WHERE account_id = $1 AND revoked_at IS NULL`,
      [accountId, reason],
    )) as [unknown, number];
    return affected;
  }

  /** What a request needs to know about its session and account. */
  async state(ctx: RequestContext, id: string): Promise<SessionState | null> {
    const [row] = (await this.db.manager(ctx).query(
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
}
