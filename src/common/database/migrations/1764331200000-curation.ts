import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts and API keys, exercise revisions and the audit log. */
export class Curation1764331200000 implements MigrationInterface {
  name = 'Curation1764331200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE account_role AS ENUM ('ADMIN', 'CLINICIAN', 'STAFF')`);
    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
        display_name text NOT NULL,
        role account_role NOT NULL,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_email_key UNIQUE (email)
      )`);
    // Only a SHA-256 of each key is kept; the prefix lets an admin tell keys apart.
    await db.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        prefix text NOT NULL,
        key_hash text NOT NULL CONSTRAINT api_key_hash_key UNIQUE,
        created_by uuid REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE exercise_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        exercise_id uuid NOT NULL REFERENCES exercise (id) ON DELETE RESTRICT,
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        author_id uuid REFERENCES account (id),
        message text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exercise_revision_version_key UNIQUE (exercise_id, version)
      )`);
    await db.query(`
      CREATE TABLE audit_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_kind text NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        target_type text,
        target_id text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query('CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC, id DESC)');
    await db.query('CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_entry');
    await db.query('DROP TABLE exercise_revision');
    await db.query('DROP TABLE api_key');
    await db.query('DROP TABLE account');
    await db.query('DROP TYPE account_role');
  }
}
