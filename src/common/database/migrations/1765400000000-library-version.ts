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
 * import, a hand-typed UPDATE) invalidates, the new number becomes visible exactly when the rows
 * do, and a rollback bumps nothing. `pg_notify` is delivered at commit, to instances that LISTEN.
 *
 * Two steps, so the one row is locked only while committing: a statement-level trigger on each
 * library table notes the transaction in `library_change` (once: ON CONFLICT DO NOTHING), and a
 * deferred constraint trigger on that note bumps the version at commit. Bumping in the
 * statement trigger itself would hold the row's lock from the first write to the commit:
 * concurrent writers would queue behind each other and could deadlock (A holds a row B wants
 * while B waits for the version A holds). At commit a transaction takes no lock after this one.
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
    await db.query('CREATE TABLE library_change (txid bigint PRIMARY KEY)');
    await db.query(`
      CREATE FUNCTION note_library_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO library_change (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE FUNCTION bump_library_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        next bigint;
      BEGIN
        DELETE FROM library_change WHERE txid = NEW.txid;
        UPDATE library_version SET version = version + 1 RETURNING version INTO next;
        PERFORM pg_notify('library_version', next::text);
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER library_change_bumps_version
        AFTER INSERT ON library_change DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION bump_library_version()`);
    for (const table of LIBRARY_TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_changes_library
          AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION note_library_change()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of LIBRARY_TABLES) {
      await db.query(`DROP TRIGGER ${table}_changes_library ON ${table}`);
    }
    await db.query('DROP TABLE library_change');
    await db.query('DROP FUNCTION bump_library_version()');
    await db.query('DROP FUNCTION note_library_change()');
    await db.query('DROP TABLE library_version');
  }
}
