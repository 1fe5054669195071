import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Images stored before uploads were decoded may be damaged. `npm run media:check` decodes each
 * and writes here why one cannot be shown (null: it decodes whole, or was never checked); such a
 * picture is no longer served, and handouts leave it out. The bytes themselves are not touched:
 * issued handouts name them by their content hash.
 */
export class MediaProblems1765022400000 implements MigrationInterface {
  name = 'MediaProblems1765022400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE media
        ADD COLUMN problem text,
        ADD CONSTRAINT media_problem_of_image CHECK (problem IS NULL OR kind = 'IMAGE')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE media DROP CONSTRAINT media_problem_of_image, DROP COLUMN problem');
  }
}
