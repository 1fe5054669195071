import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * clinical_notes: free text for the clinic's own reviewers (the study behind a dose, a clinical
 * reasoning note), never printed on a handout. And a STRETCH, like an ISOMETRIC hold, may leave
 * its tempo out: a held stretch has no lowering or lifting phase.
 */
export class ClinicalNotes1765500000001 implements MigrationInterface {
  name = 'ClinicalNotes1765500000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE exercise ADD COLUMN clinical_notes text');
    await db.query(`
      ALTER TABLE exercise
        DROP CONSTRAINT exercise_tempo_required,
        ADD CONSTRAINT exercise_tempo_required
          CHECK (tempo_notation IS NOT NULL OR tempo_intent IN ('ISOMETRIC', 'STRETCH'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE exercise SET tempo_intent = 'ISOMETRIC' WHERE tempo_intent = 'STRETCH'`);
    await db.query(`
      ALTER TABLE exercise
        DROP CONSTRAINT exercise_tempo_required,
        ADD CONSTRAINT exercise_tempo_required
          CHECK (tempo_notation IS NOT NULL OR tempo_intent = 'ISOMETRIC')`);
    await db.query('ALTER TABLE exercise DROP COLUMN clinical_notes');
  }
}
