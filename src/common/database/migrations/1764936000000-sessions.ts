import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions, so that rights end when they should rather than when a token expires.
 *
 * A session is one sign-in on one device. Its access tokens name it (`sid`) and every request
 * checks the row and its account, so signing out, a deactivation or a password change ends it at
 * the next request. The refresh token is `<session id>.<secret>`; only a SHA-256 of the current
 * secret is kept, and each refresh replaces it (rotation): a secret that no longer matches was
 * copied, and presenting it ends the session.
 */
export class Sessions1764936000000 implements MigrationInterface {
  name = 'Sessions1764936000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        refresh_hash text NOT NULL CONSTRAINT account_session_refresh_hash_key UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        refreshed_at timestamptz,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        -- SIGNED_OUT, PASSWORD_CHANGED, DEACTIVATED, REUSED: why it ended, for the admin.
        revoked_reason text,
        CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await db.query(
      `CREATE INDEX account_session_live ON account_session (account_id) WHERE revoked_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_session`);
  }
}
