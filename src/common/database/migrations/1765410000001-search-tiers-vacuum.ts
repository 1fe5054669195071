import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After SearchTiers rewrote the exercise table (two stored columns), its visibility map is empty
 * until a vacuum, and autovacuum may not come for a table that is rarely written: every
 * "index-only" walk of the search would then read the heap too. VACUUM cannot run inside a
 * transaction, hence a migration of its own, outside one.
 */
export class SearchTiersVacuum1765410000001 implements MigrationInterface {
  name = 'SearchTiersVacuum1765410000001';
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query('VACUUM (ANALYZE) exercise');
  }

  async down(): Promise<void> {
    // Nothing to undo.
  }
}
