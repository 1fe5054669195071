import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A free-exercise-db import started from the console runs in the background; its progress
 * (processed of total), outcome and report are kept here, so whichever instance a poll reaches
 * can answer libraryImport(id), and the report outlives the instance that ran it.
 */
export class LibraryImport1765600000001 implements MigrationInterface {
  name = 'LibraryImport1765600000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE library_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        path text NOT NULL,
        status text NOT NULL DEFAULT 'RUNNING'
          CONSTRAINT library_import_status_check CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
        processed integer NOT NULL DEFAULT 0,
        total integer,
        report jsonb,
        error text,
        started_by uuid REFERENCES account (id) ON DELETE SET NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE library_import');
  }
}
