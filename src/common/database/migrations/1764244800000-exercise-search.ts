import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over the catalogue: a stored, generated tsvector weighting the name (A) over
 * aliases (B), summary (C) and steps and cues (D), with a GIN index; names also have a trigram
 * index (first migration) for typo tolerance.
 */
export class ExerciseSearch1764244800000 implements MigrationInterface {
  name = 'ExerciseSearch1764244800000';

  async up(db: QueryRunner): Promise<void> {
    // array_to_string is only STABLE (it could format any element type); on text[] it is
    // immutable in fact, which a generated column requires.
    await db.query(`
      CREATE FUNCTION exercise_words(text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$`);
    await db.query(`
      ALTER TABLE exercise ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, name), 'A') ||
        setweight(to_tsvector('english'::regconfig, exercise_words(aliases)), 'B') ||
        setweight(to_tsvector('english'::regconfig, summary), 'C') ||
        setweight(to_tsvector('english'::regconfig, exercise_words(steps || cues)), 'D')
      ) STORED`);
    await db.query('CREATE INDEX exercise_search_idx ON exercise USING gin (search_vector)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE exercise DROP COLUMN search_vector');
    await db.query('DROP FUNCTION exercise_words(text[])');
  }
}
