import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the tiered search (src/exercises/search-query.ts) reads without scoring every match:
 * name and alias words unstemmed (prefix queries: "lun" finds lunges), lower-cased names for the
 * exact and starts-with tiers, and one narrow index in the tiers' order (shorter name, name, id)
 * carrying what tiers 2 and 3 test, so a common word's first page is an index-only walk that
 * stops after a page instead of a sort of thousands of wide rows.
 */
export class SearchTiers1765410000000 implements MigrationInterface {
  name = 'SearchTiers1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE exercise
        ADD COLUMN name_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED,
        ADD COLUMN alias_words tsvector
          GENERATED ALWAYS AS (to_tsvector('simple', exercise_words(aliases))) STORED`);
    await db.query('CREATE INDEX exercise_name_words_idx ON exercise USING gin (name_words)');
    await db.query('CREATE INDEX exercise_alias_words_idx ON exercise USING gin (alias_words)');
    await db.query(`
      CREATE INDEX exercise_name_lower_idx ON exercise (lower(name) text_pattern_ops)
        INCLUDE (name, status, id)`);
    await db.query(`
      CREATE INDEX exercise_search_order_idx ON exercise (length(name), name, id)
        INCLUDE (status, name_words, alias_words)`);
    // The planner chooses between walking that order and the GIN indexes on these statistics.
    await db.query('ANALYZE exercise');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX exercise_search_order_idx, exercise_name_lower_idx');
    await db.query('ALTER TABLE exercise DROP COLUMN name_words, DROP COLUMN alias_words');
  }
}
