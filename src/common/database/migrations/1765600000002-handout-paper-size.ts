import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff choose the paper per handout (a clinic near the border prints both). Handouts issued
 * before keep NULL: they print as they always did, on the clinic's HANDOUT_PAPER_SIZE.
 */
export class HandoutPaperSize1765600000002 implements MigrationInterface {
  name = 'HandoutPaperSize1765600000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      "ALTER TABLE handout ADD COLUMN paper_size text CHECK (paper_size IN ('A4', 'LETTER'))",
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE handout DROP COLUMN paper_size');
  }
}
