import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the tiered search (src/exercises/search-query.ts) reads without scoring every match:
 * name and alias words unstemmed (prefix queries: "lun" finds lunges), lower-cased names for the
 * exact and starts-with tiers, and one narrow index in the tiers' order (shorter name, name, id)
 * carrying what tiers 2 and 3 test, so a common word's first page is an index-only walk that
 * stops after a page instead of a sort of thousands of wide rows.
 *
 * search_word: every name and alias word with how many exercises use it, kept by a trigger. The
 * search corrects typos against these few thousand words rather than comparing trigrams with
 * every name (a 10k-row sort at 100k), and skips the tiers a corrected word cannot match. Words
 * nobody uses any more stay, at zero, and are never offered as corrections.
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
        INCLUDE (name, status, id, name_words)`);
    await db.query(`
      CREATE INDEX exercise_search_order_idx ON exercise (length(name), name, id)
        INCLUDE (status, name_words, alias_words)`);
    await db.query(`
      CREATE TABLE search_word (
        word text COLLATE "C" PRIMARY KEY,
        in_names integer NOT NULL DEFAULT 0,
        in_aliases integer NOT NULL DEFAULT 0
      )`);
    await db.query(
      'CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops)',
    );
    await db.query(`
      CREATE FUNCTION exercise_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE search_word SET
            in_names = in_names - (word = ANY (tsvector_to_array(OLD.name_words)))::int,
            in_aliases = in_aliases - (word = ANY (tsvector_to_array(OLD.alias_words)))::int
          WHERE word = ANY (tsvector_to_array(OLD.name_words || OLD.alias_words));
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO search_word AS s (word, in_names, in_aliases)
            SELECT w, (w = ANY (tsvector_to_array(NEW.name_words)))::int,
              (w = ANY (tsvector_to_array(NEW.alias_words)))::int
            FROM unnest(tsvector_to_array(NEW.name_words || NEW.alias_words)) w
          ON CONFLICT (word) DO UPDATE SET in_names = s.in_names + excluded.in_names,
            in_aliases = s.in_aliases + excluded.in_aliases;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER exercise_search_words AFTER INSERT OR DELETE OR UPDATE OF name, aliases
        ON exercise FOR EACH ROW EXECUTE FUNCTION exercise_search_words()`);
    await db.query(`
      INSERT INTO search_word (word, in_names, in_aliases)
        SELECT w, count(*) FILTER (WHERE n), count(*) FILTER (WHERE NOT n)
        FROM (
          SELECT unnest(tsvector_to_array(name_words)) w, true n FROM exercise
          UNION ALL
          SELECT unnest(tsvector_to_array(alias_words)), false FROM exercise
        ) x
        GROUP BY w`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE search_word');
    await db.query('DROP TRIGGER exercise_search_words ON exercise');
    await db.query('DROP FUNCTION exercise_search_words()');
    await db.query('DROP INDEX exercise_search_order_idx, exercise_name_lower_idx');
    await db.query('ALTER TABLE exercise DROP COLUMN name_words, DROP COLUMN alias_words');
  }
}
