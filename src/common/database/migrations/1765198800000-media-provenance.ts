import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provenance per media item (TASL: title is the exercise, author is the existing `credit`):
 * where it came from (`source`), the licence's link (`licence_url`), and whether a clinician
 * has confirmed the licence. Only confirmed pictures are printed on handouts. Pictures that
 * free-exercise-db imported before this migration were labelled "Unlicense (public domain)",
 * which nobody has checked: they become unverified, and their licence text says so.
 */
export class MediaProvenance1765198800000 implements MigrationInterface {
  name = 'MediaProvenance1765198800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE media
        ADD COLUMN source text,
        ADD COLUMN licence_url text,
        ADD COLUMN licence_verified boolean NOT NULL DEFAULT false,
        ADD COLUMN licence_verified_at timestamptz,
        ADD COLUMN licence_verified_by uuid`);
    // What clinicians uploaded with a licence counts as verified, as new uploads do.
    await db.query(`
      UPDATE media SET licence_verified = true
      WHERE btrim(licence) <> '' AND credit NOT LIKE 'free-exercise-db%'`);
    await db.query(`
      UPDATE media
        SET source = 'https://github.com/yuhonas/free-exercise-db',
            licence = 'Unverified: the photos'' rights are not confirmed'
      WHERE credit LIKE 'free-exercise-db%' AND licence = 'Unlicense (public domain)'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE media SET licence = 'Unlicense (public domain)'
      WHERE credit LIKE 'free-exercise-db%' AND NOT licence_verified
        AND licence = 'Unverified: the photos'' rights are not confirmed'`);
    await db.query(`
      ALTER TABLE media
        DROP COLUMN licence_verified_by,
        DROP COLUMN licence_verified_at,
        DROP COLUMN licence_verified,
        DROP COLUMN licence_url,
        DROP COLUMN source`);
  }
}
