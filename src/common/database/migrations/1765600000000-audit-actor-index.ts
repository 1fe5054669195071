import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin console filters the audit log by who acted, newest first: one actor's entries by
 * (at, id) without reading the whole log. Entries without an actor (anonymous, system) are never
 * asked for by actor, so they stay out of the index.
 */
export class AuditActorIndex1765600000000 implements MigrationInterface {
  name = 'AuditActorIndex1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, at DESC, id DESC) WHERE actor_id IS NOT NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX audit_entry_actor_idx');
  }
}
