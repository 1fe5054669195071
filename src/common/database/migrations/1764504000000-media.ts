import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exercise media: uploaded images (stored by content hash, the bytes outside the database) and
 * video links. The table checks the shape of each kind and that positions are distinct; the
 * service checks what needs other rows (a poster is an image of the same exercise) and keeps
 * positions 0..n-1 under a per-exercise lock.
 */
export class Media1764504000000 implements MigrationInterface {
  name = 'Media1764504000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE media_kind AS ENUM ('IMAGE', 'VIDEO')`);
    await db.query(`
      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        exercise_id uuid NOT NULL REFERENCES exercise (id) ON DELETE RESTRICT,
        position integer NOT NULL CHECK (position >= 0),
        kind media_kind NOT NULL,
        sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        mime text CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
        width integer CHECK (width > 0),
        height integer CHECK (height > 0),
        bytes integer CHECK (bytes > 0),
        storage_key text CHECK (storage_key ~ '^[0-9a-f]{64}\\.(jpg|png|webp)$'),
        video_url text CHECK (video_url ~ '^https://'),
        poster_id uuid REFERENCES media (id) ON DELETE SET NULL,
        alt_text text NOT NULL DEFAULT '',
        credit text NOT NULL DEFAULT '',
        licence text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT media_kind_shape CHECK (CASE kind
          WHEN 'IMAGE' THEN num_nulls(sha256, mime, width, height, bytes, storage_key) = 0
            AND video_url IS NULL AND poster_id IS NULL
          ELSE video_url IS NOT NULL
            AND num_nonnulls(sha256, mime, width, height, bytes, storage_key) = 0
        END),
        CONSTRAINT media_key_is_hash CHECK (left(storage_key, 64) = sha256),
        CONSTRAINT media_not_own_poster CHECK (poster_id <> id),
        -- Checked at commit: moving an item renumbers its neighbours in one statement.
        CONSTRAINT media_position_key UNIQUE (exercise_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    // Removing an image looks for other rows holding the same bytes, and for videos it is the
    // poster of (ON DELETE SET NULL).
    await db.query('CREATE INDEX media_sha256_idx ON media (sha256) WHERE sha256 IS NOT NULL');
    await db.query(
      'CREATE INDEX media_poster_idx ON media (poster_id) WHERE poster_id IS NOT NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE media');
    await db.query('DROP TYPE media_kind');
  }
}
