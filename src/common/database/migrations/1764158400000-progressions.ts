import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progression edges between exercises. Cycles among PROGRESSION edges are prevented by the
 * service under an advisory lock (a check alone races under READ COMMITTED); the table enforces
 * what a row can check on its own.
 */
export class Progressions1764158400000 implements MigrationInterface {
  name = 'Progressions1764158400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE progression_kind AS ENUM ('PROGRESSION', 'VARIATION')`);
    await db.query(`CREATE TYPE progression_dimension AS ENUM ('LOAD', 'TEMPO', 'STANCE', 'PLANE',
      'STABILITY', 'RANGE_OF_MOTION', 'VOLUME', 'COMPLEXITY', 'SPEED')`);
    await db.query(`
      CREATE TABLE progression (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_id uuid NOT NULL REFERENCES exercise (id) ON DELETE RESTRICT,
        to_id uuid NOT NULL REFERENCES exercise (id) ON DELETE RESTRICT,
        kind progression_kind NOT NULL,
        changes progression_dimension[] NOT NULL CHECK (cardinality(changes) > 0),
        criterion text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0 CHECK (position >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT progression_not_self CHECK (from_id <> to_id),
        CONSTRAINT progression_pair_key UNIQUE (from_id, to_id)
      )`);
    await db.query('CREATE INDEX progression_to_idx ON progression (to_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE progression');
    await db.query('DROP TYPE progression_dimension');
    await db.query('DROP TYPE progression_kind');
  }
}
