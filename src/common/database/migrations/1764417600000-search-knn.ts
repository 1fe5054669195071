import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A GiST trigram index on names lets search take the names closest to the query straight from
 * the index (KNN on word-similarity distance) instead of scoring every match in the table.
 */
export class SearchKnn1764417600000 implements MigrationInterface {
  name = 'SearchKnn1764417600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE INDEX exercise_name_gist_trgm_idx ON exercise USING gist (name gist_trgm_ops)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX exercise_name_gist_trgm_idx');
  }
}
