import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The images of an exercise holding the same bytes, ranked as the list shows them. */
const RANKED = `
  SELECT id, exercise_id, sha256,
         first_value(id) OVER same AS keep_id,
         row_number() OVER same AS rank
  FROM media
  WHERE kind = 'IMAGE'
  WINDOW same AS (PARTITION BY exercise_id, sha256 ORDER BY position, created_at, id)`;

/**
 * One exercise holds the same picture once: a unique key on (exercise_id, sha256), which the
 * upload relies on (ON CONFLICT) so that identical uploads, even at once, end as one item.
 *
 * The content hash needs no backfill: every image row has had `sha256` since the media table
 * (the hash of its stored bytes, checked against its storage key), so existing rows are covered.
 * What an exercise already holds twice is merged first, or the key could not be made: the first
 * item in the list stays, takes each text it lacks from its copies (a confirmed licence before
 * an unconfirmed one, so handouts keep printing it), videos that showed a copy as their poster
 * show the one kept, the copies go, and the list is renumbered. Each removed copy is audited as
 * MEDIA_REMOVED with its texts and the id it was merged into, so nothing said about it is lost.
 * Down drops the key only: merged copies do not come back.
 */
export class MediaContentKey1765300000000 implements MigrationInterface {
  name = 'MediaContentKey1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      WITH copies AS (SELECT * FROM (${RANKED}) r WHERE rank > 1),
      kept AS (
        SELECT DISTINCT m.id, m.exercise_id, m.sha256 FROM media m JOIN copies c ON c.keep_id = m.id
      ),
      best AS (
        SELECT k.id,
          (SELECT d.alt_text FROM media d
            WHERE d.exercise_id = k.exercise_id AND d.sha256 = k.sha256 AND btrim(d.alt_text) <> ''
            ORDER BY d.position, d.created_at, d.id LIMIT 1) AS alt_text,
          (SELECT d.credit FROM media d
            WHERE d.exercise_id = k.exercise_id AND d.sha256 = k.sha256 AND btrim(d.credit) <> ''
            ORDER BY d.position, d.created_at, d.id LIMIT 1) AS credit,
          (SELECT d.source FROM media d
            WHERE d.exercise_id = k.exercise_id AND d.sha256 = k.sha256 AND d.source IS NOT NULL
            ORDER BY d.position, d.created_at, d.id LIMIT 1) AS source,
          (SELECT d.id FROM media d
            WHERE d.exercise_id = k.exercise_id AND d.sha256 = k.sha256 AND btrim(d.licence) <> ''
            ORDER BY d.licence_verified DESC, d.position, d.created_at, d.id LIMIT 1) AS licensed_id
        FROM kept k
      )
      UPDATE media m SET
        alt_text = coalesce(b.alt_text, m.alt_text),
        credit = coalesce(b.credit, m.credit),
        source = coalesce(b.source, m.source),
        licence = coalesce(l.licence, m.licence),
        licence_url = CASE WHEN l.id IS NULL THEN m.licence_url ELSE l.licence_url END,
        licence_verified = coalesce(l.licence_verified, m.licence_verified),
        licence_verified_at = CASE WHEN l.id IS NULL THEN m.licence_verified_at
                                   ELSE l.licence_verified_at END,
        licence_verified_by = CASE WHEN l.id IS NULL THEN m.licence_verified_by
                                   ELSE l.licence_verified_by END
      FROM best b LEFT JOIN media l ON l.id = b.licensed_id
      WHERE m.id = b.id`);
    await db.query(`
      WITH copies AS (SELECT * FROM (${RANKED}) r WHERE rank > 1)
      UPDATE media v SET poster_id = c.keep_id FROM copies c WHERE v.poster_id = c.id`);
    await db.query(`
      WITH copies AS (SELECT * FROM (${RANKED}) r WHERE rank > 1)
      INSERT INTO audit_entry (actor_kind, action, target_type, target_id, details)
      SELECT 'system', 'MEDIA_REMOVED', 'media', m.id::text,
             jsonb_build_object(
               'kind', 'IMAGE', 'duplicateOf', c.keep_id, 'sha256', m.sha256,
               'altText', m.alt_text, 'credit', m.credit, 'licence', m.licence,
               'source', m.source, 'licenceUrl', m.licence_url,
               'reason', 'the same picture twice on one exercise, merged by migration 1765300000000')
      FROM media m JOIN copies c ON c.id = m.id`);
    const merged: { id: string }[] = await db.query(
      `SELECT DISTINCT exercise_id AS id FROM (${RANKED}) r WHERE rank > 1`,
    );
    await db.query(`DELETE FROM media WHERE id IN (SELECT id FROM (${RANKED}) r WHERE rank > 1)`);
    if (merged.length > 0) {
      // Positions are checked at commit (media_position_key is deferred), so one pass will do.
      await db.query(
        `UPDATE media SET position = o.rank - 1
         FROM (SELECT id, row_number() OVER (PARTITION BY exercise_id
                                             ORDER BY position, created_at, id) AS rank
               FROM media WHERE exercise_id = ANY($1::uuid[])) o
         WHERE media.id = o.id AND media.position <> o.rank - 1`,
        [merged.map((r) => r.id)],
      );
    }
    await db.query(
      'ALTER TABLE media ADD CONSTRAINT media_exercise_content_key UNIQUE (exercise_id, sha256)',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE media DROP CONSTRAINT media_exercise_content_key');
  }
}
