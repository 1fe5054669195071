import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A template item's dose may be a distance ("3 × 20 m" of A-skips) or a time of work ("3 × 30 s"
 * of shuffles) instead of reps or a hold, still exactly one of the four; it may say the exercise
 * is done one side at a time (per_side; null: as the exercise's default). A template gets patient
 * guidance: English in `guidance`, its translations by locale in `guidance_translations`
 * ({"es": {"text", "sourceHash"}}), see programs/guidance.ts. Exercises keep their default dose
 * in jsonb, which needs no change: the new keys are written only when set.
 */
export class DosesAndGuidance1765310000000 implements MigrationInterface {
  name = 'DosesAndGuidance1765310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE program_template_item
        ADD COLUMN distance_metres smallint CHECK (distance_metres BETWEEN 1 AND 1000),
        ADD COLUMN duration_seconds smallint CHECK (duration_seconds BETWEEN 1 AND 1800),
        ADD COLUMN per_side boolean`);
    // The one-of-two rule was created unnamed: found by its definition rather than a guessed name.
    const [rule] = (await db.query(`
      SELECT conname AS name FROM pg_constraint
      WHERE conrelid = 'program_template_item'::regclass AND contype = 'c'
        AND pg_get_constraintdef(oid) LIKE '%num_nonnulls(reps, hold_seconds)%'`)) as {
      name: string;
    }[];
    if (rule) await db.query(`ALTER TABLE program_template_item DROP CONSTRAINT "${rule.name}"`);
    await db.query(`
      ALTER TABLE program_template_item ADD CONSTRAINT program_template_item_one_dose
        CHECK (num_nonnulls(reps, hold_seconds, distance_metres, duration_seconds) = 1)`);
    await db.query(`
      ALTER TABLE program_template
        ADD COLUMN guidance text NOT NULL DEFAULT '',
        ADD COLUMN guidance_translations jsonb NOT NULL DEFAULT '{}'
          CHECK (jsonb_typeof(guidance_translations) = 'object')`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Going back would silently turn "3 × 20 m" into no dose at all: refuse while any exists.
    const [{ n }] = (await db.query(`
      SELECT count(*)::int AS n FROM program_template_item
      WHERE distance_metres IS NOT NULL OR duration_seconds IS NOT NULL`)) as { n: number }[];
    if (n > 0) {
      throw new Error(
        `${n} template items are dosed in metres or seconds of work: change them to reps or holds before reverting`,
      );
    }
    await db.query(`
      ALTER TABLE program_template DROP COLUMN guidance_translations, DROP COLUMN guidance`);
    await db.query(`
      ALTER TABLE program_template_item
        DROP CONSTRAINT program_template_item_one_dose,
        DROP COLUMN per_side,
        DROP COLUMN duration_seconds,
        DROP COLUMN distance_metres,
        ADD CHECK (num_nonnulls(reps, hold_seconds) = 1)`);
  }
}
