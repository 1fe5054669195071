import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An id of its own for each translation, so that clients caching by type and id (Apollo) can
 * tell translations apart; the key stays (exercise_id, locale). Existing rows get one now; it
 * never changes while the translation exists (removed and added again, it is a new one).
 */
export class TranslationId1765320000000 implements MigrationInterface {
  name = 'TranslationId1765320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE exercise_translation
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()
        CONSTRAINT exercise_translation_id_key UNIQUE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE exercise_translation DROP COLUMN id');
  }
}
