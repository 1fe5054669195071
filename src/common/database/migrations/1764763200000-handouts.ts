import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Translations, program templates and handouts.
 *
 * A handout's `content` is a frozen snapshot (jsonb) of what the patient was given: later library
 * edits never reach it, and reissuing writes a new row in the same series. Share links keep their
 * token in clear: it is printed on paper as a QR code and must be re-printable, and it guards
 * data that lives in this same database, so hashing it would protect nothing extra.
 *
 * A translation keeps `source_hash`, a hash of the exercise's English it was written from, so
 * that a later English edit shows it as outdated; null means unknown and is not flagged.
 */
export class Handouts1764763200000 implements MigrationInterface {
  name = 'Handouts1764763200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exercise_translation (
        exercise_id uuid NOT NULL REFERENCES exercise (id),
        locale text NOT NULL CHECK (locale IN ('es', 'vi', 'zh')),
        name text,
        summary text,
        steps text[],
        cues text[],
        precautions text[],
        -- sha256 of the exercise's English when this text was written (localize.ts sourceHash);
        -- null is unknown (written before it was kept) and never reported as outdated.
        source_hash text,
        version int NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES account (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (exercise_id, locale),
        -- Untranslated is null, never blank: a row with no text at all is removed instead.
        CHECK (num_nonnulls(name, summary, steps, cues, precautions) > 0),
        CHECK (cardinality(steps) > 0 AND cardinality(cues) > 0 AND cardinality(precautions) > 0)
      )`);
    await db.query(`CREATE TYPE program_side AS ENUM ('LEFT', 'RIGHT', 'BOTH')`);
    await db.query(`
      CREATE TABLE program_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text NOT NULL DEFAULT '',
        owner_id uuid REFERENCES account (id),
        archived_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE program_template_item (
        template_id uuid NOT NULL REFERENCES program_template (id) ON DELETE CASCADE,
        position int NOT NULL,
        exercise_id uuid NOT NULL REFERENCES exercise (id),
        sets smallint NOT NULL CHECK (sets BETWEEN 1 AND 20),
        reps smallint CHECK (reps BETWEEN 1 AND 100),
        hold_seconds smallint CHECK (hold_seconds BETWEEN 1 AND 600),
        tempo text,
        load text,
        sessions_per_week smallint NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 14),
        side program_side NOT NULL DEFAULT 'BOTH',
        rest_seconds smallint CHECK (rest_seconds BETWEEN 0 AND 600),
        notes text NOT NULL DEFAULT '',
        PRIMARY KEY (template_id, position),
        CHECK (num_nonnulls(reps, hold_seconds) = 1)
      )`);
    await db.query(
      `CREATE INDEX program_template_item_exercise ON program_template_item (exercise_id)`,
    );
    await db.query(`
      CREATE TABLE handout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        series_id uuid NOT NULL,
        version int NOT NULL,
        template_id uuid REFERENCES program_template (id),
        title text NOT NULL,
        patient_name text NOT NULL CHECK (length(btrim(patient_name)) > 0),
        issued_on date NOT NULL,
        clinician_id uuid NOT NULL REFERENCES account (id),
        clinician_name text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('en', 'es', 'vi', 'zh')),
        large_print boolean NOT NULL DEFAULT false,
        content jsonb NOT NULL,
        issued_by uuid NOT NULL REFERENCES account (id),
        issued_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (series_id, version)
      )`);
    await db.query(`CREATE INDEX handout_issued_at ON handout (issued_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE handout_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handout_id uuid NOT NULL REFERENCES handout (id),
        token text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES account (id),
        created_by uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX handout_link_handout ON handout_link (handout_id)`);
    await db.query(`
      CREATE TABLE handout_access (
        id bigserial PRIMARY KEY,
        handout_id uuid NOT NULL REFERENCES handout (id),
        link_id uuid REFERENCES handout_link (id),
        account_id uuid REFERENCES account (id),
        format text NOT NULL CHECK (format IN ('PDF', 'HTML')),
        outcome text NOT NULL CHECK (outcome IN ('SERVED', 'EXPIRED', 'REVOKED')),
        ip text,
        user_agent text,
        accessed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX handout_access_handout ON handout_access (handout_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE handout_access`);
    await db.query(`DROP TABLE handout_link`);
    await db.query(`DROP TABLE handout`);
    await db.query(`DROP TABLE program_template_item`);
    await db.query(`DROP TABLE program_template`);
    await db.query(`DROP TYPE program_side`);
    await db.query(`DROP TABLE exercise_translation`);
  }
}
