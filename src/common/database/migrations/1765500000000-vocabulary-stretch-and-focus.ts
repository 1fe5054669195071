import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17's vocabulary: the tempo intent STRETCH (static stretches and end-range mobility holds,
 * which ISOMETRIC used to cover, so a search for isometric tendon holds returned stretches) and
 * four running-injury focus values. PostgreSQL cannot use an enum value in the transaction that
 * added it, so this runs outside one and the next migration (ClinicalNotes) uses STRETCH.
 */
export class VocabularyStretchAndFocus1765500000000 implements MigrationInterface {
  name = 'VocabularyStretchAndFocus1765500000000';
  transaction = false;

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TYPE tempo_intent ADD VALUE IF NOT EXISTS 'STRETCH' AFTER 'ISOMETRIC'`);
    for (const value of [
      'GROIN_PAIN',
      'PROXIMAL_HAMSTRING_TENDINOPATHY',
      'BONE_STRESS_INJURY',
      'ANTERIOR_SHIN_PAIN',
    ]) {
      // With the other conditions, before the training goals: the database's order is the
      // vocabulary's, which sorts (ORDER BY on an enum) and which test/service checks.
      await db.query(
        `ALTER TYPE running_focus ADD VALUE IF NOT EXISTS '${value}' BEFORE 'MOBILITY'`,
      );
    }
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the values stay, unused.
  }
}
