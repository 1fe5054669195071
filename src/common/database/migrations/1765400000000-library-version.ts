import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table whose rows an anonymous or app-key read can show. */
const LIBRARY_TABLES = [
  'exercise',
  'exercise_translation',
  'progression',
  'media',
  'program_template',
  'program_template_item',
];

/**
 * One number that changes whenever the library does, for the response cache's keys. Triggers
 * bump it in the writing transaction itself, so every way of writing (the service, seeding,
 * import, a hand-typed UPDATE) invalidates, and the new number is visible exactly when the rows
 * are. `pg_notify` is delivered at commit (and not at all on rollback), for instances that
 * LISTEN. Statement-level: an import of 10k rows bumps once per statement, not per row.
 */
export class LibraryVersion1765400000000 implements MigrationInterface {
  name = 'LibraryVersion1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE library_version (
        id boolean PRIMARY KEY DEFAULT true CONSTRAINT library_version_one_row CHECK (id),
        version bigint NOT NULL
      )`);
    await db.query('INSERT INTO library_version (id, version) VALUES (true, 1)');
    await db.query(`
      CREATE FUNCTION bump_library_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        next bigint;
      BEGIN
        UPDATE library_version SET version = version + 1 RETURNING version INTO next;
        PERFORM pg_notify('library_version', next::text);
        RETURN NULL;
      END
      $$`);
    for (const table of LIBRARY_TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_bumps_library_version
          AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION bump_library_version()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of LIBRARY_TABLES) {
      await db.query(`DROP TRIGGER ${table}_bumps_library_version ON ${table}`);
    }
    await db.query('DROP FUNCTION bump_library_version()');
    await db.query('DROP TABLE library_version');
  }
}
