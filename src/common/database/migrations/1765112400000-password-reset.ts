import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time password-reset links an admin issues and hands over (no e-mail server). One live link
 * per account: issuing another replaces it. Only a SHA-256 of the token is kept; using it sets
 * `used_at` in the same statement that checks it, so it works once.
 */
export class PasswordReset1765112400000 implements MigrationInterface {
  name = 'PasswordReset1765112400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_reset (
        account_id uuid PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT password_reset_token_hash_key UNIQUE,
        issued_by uuid REFERENCES account (id) ON DELETE SET NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE password_reset');
  }
}
