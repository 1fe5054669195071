import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';

/** Every statement on password_reset: at most one live link per account, used once. */
@Injectable()
export class PasswordResetRepository {
  constructor(private readonly db: TransactionalConnection) {}

  /** Issues the account's link, replacing any earlier one (which stops working). */
  async replace(
    ctx: RequestContext,
    row: { accountId: string; tokenHash: string; issuedBy: string | null; expiresAt: Date },
  ): Promise<void> {
    await this.db.manager(ctx).query(
      `INSERT INTO password_reset (account_id, token_hash, issued_by, expires_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash,
         issued_by = EXCLUDED.issued_by, issued_at = now(), expires_at = EXCLUDED.expires_at,
         used_at = NULL`,
      [row.accountId, row.tokenHash, row.issuedBy, row.expiresAt],
    );
  }

  /** The account a live (unused, unexpired) link belongs to, or null. */
  async findLive(ctx: RequestContext, tokenHash: string): Promise<string | null> {
    const rows = await this.db
      .manager(ctx)
      .query<{ account_id: string }[]>(
        'SELECT account_id FROM password_reset WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()',
        [tokenHash],
      );
    return rows[0]?.account_id ?? null;
  }

  /** Uses the link if it is still live: true once, false for every later (or concurrent) try. */
  async use(ctx: RequestContext, tokenHash: string): Promise<boolean> {
    const [rows] = (await this.db.manager(ctx).query(
      `UPDATE password_reset SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING account_id`,
      [tokenHash],
    )) as [{ account_id: string }[], number];
    return rows.length === 1;
  }
}
