import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft may lack planes, stance, position, tempo and instructions (an idea not yet written up,
 * or an exercise imported from a library that has no such facets); anything under review or
 * published has all of them.
 */
export class Tagging1764590400000 implements MigrationInterface {
  name = 'Tagging1764590400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE exercise
        ALTER COLUMN stance DROP NOT NULL,
        ALTER COLUMN position DROP NOT NULL,
        ALTER COLUMN tempo_intent DROP NOT NULL,
        DROP CONSTRAINT exercise_planes_check,
        DROP CONSTRAINT exercise_steps_check,
        ADD CONSTRAINT exercise_tagged CHECK (
          status IN ('DRAFT', 'ARCHIVED') OR (
            cardinality(planes) > 0 AND stance IS NOT NULL AND position IS NOT NULL
            AND tempo_intent IS NOT NULL AND cardinality(steps) > 0))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE exercise
        DROP CONSTRAINT exercise_tagged,
        ADD CONSTRAINT exercise_planes_check CHECK (cardinality(planes) > 0),
        ADD CONSTRAINT exercise_steps_check CHECK (cardinality(steps) > 0),
        ALTER COLUMN stance SET NOT NULL,
        ALTER COLUMN position SET NOT NULL,
        ALTER COLUMN tempo_intent SET NOT NULL`);
  }
}
