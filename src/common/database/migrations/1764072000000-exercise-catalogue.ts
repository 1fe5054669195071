import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exercise catalogue. Enum values are written out (not imported from vocabulary.ts) because a
 * migration records history; test/service.e2e-spec.ts checks they still match the vocabularies.
 */
const ENUMS: [string, string[]][] = [
  ['plane', ['SAGITTAL', 'FRONTAL', 'TRANSVERSE']],
  ['stance', ['BILATERAL', 'SPLIT', 'STAGGERED', 'SINGLE_LEG', 'NONE']],
  [
    'body_position',
    [
      'STANDING',
      'HALF_KNEELING',
      'TALL_KNEELING',
      'SEATED',
      'SUPINE',
      'PRONE',
      'SIDE_LYING',
      'QUADRUPED',
      'HANGING',
    ],
  ],
  ['tempo_intent', ['ISOMETRIC', 'SLOW_CONTROLLED', 'MODERATE', 'FAST', 'EXPLOSIVE']],
  ['load_kind', ['BODYWEIGHT', 'EXTERNAL', 'ELASTIC', 'ASSISTED']],
  [
    'equipment',
    [
      'NONE',
      'DUMBBELL',
      'KETTLEBELL',
      'BARBELL',
      'RESISTANCE_BAND',
      'CABLE',
      'MACHINE',
      'MEDICINE_BALL',
      'STEP_OR_BOX',
      'SLIDER',
      'BALANCE_PAD',
      'WALL',
    ],
  ],
  [
    'body_region',
    [
      'FOOT_ANKLE',
      'LOWER_LEG',
      'KNEE',
      'THIGH',
      'HIP',
      'PELVIS',
      'TRUNK',
      'LUMBAR_SPINE',
      'THORACIC_SPINE',
      'SHOULDER',
      'ARM',
      'NECK',
    ],
  ],
  [
    'muscle',
    [
      'GLUTEUS_MAXIMUS',
      'GLUTEUS_MEDIUS',
      'GLUTEUS_MINIMUS',
      'DEEP_HIP_ROTATORS',
      'HIP_FLEXORS',
      'TENSOR_FASCIAE_LATAE',
      'ADDUCTORS',
      'QUADRICEPS',
      'HAMSTRINGS',
      'GASTROCNEMIUS',
      'SOLEUS',
      'TIBIALIS_ANTERIOR',
      'TIBIALIS_POSTERIOR',
      'PERONEALS',
      'FOOT_INTRINSICS',
      'RECTUS_ABDOMINIS',
      'OBLIQUES',
      'TRANSVERSUS_ABDOMINIS',
      'ERECTOR_SPINAE',
      'QUADRATUS_LUMBORUM',
      'LATISSIMUS_DORSI',
      'TRAPEZIUS',
      'RHOMBOIDS',
      'DELTOIDS',
      'ROTATOR_CUFF',
      'PECTORALS',
      'BICEPS',
      'TRICEPS',
      'FOREARMS',
      'NECK',
    ],
  ],
  [
    'running_focus',
    [
      'PATELLOFEMORAL_PAIN',
      'IT_BAND_SYNDROME',
      'ACHILLES_TENDINOPATHY',
      'PLANTAR_HEEL_PAIN',
      'HAMSTRING_STRAIN',
      'MEDIAL_TIBIAL_STRESS',
      'PATELLAR_TENDINOPATHY',
      'GLUTEAL_TENDINOPATHY',
      'ANKLE_SPRAIN',
      'LOW_BACK_PAIN',
      'HIP_FLEXOR_STRAIN',
      'MOBILITY',
      'ACTIVATION',
      'STRENGTH',
      'POWER',
      'BALANCE',
      'RUNNING_ECONOMY',
    ],
  ],
  ['exercise_status', ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']],
];

export class ExerciseCatalogue1764072000000 implements MigrationInterface {
  name = 'ExerciseCatalogue1764072000000';

  async up(db: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): no superuser needed.
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const [name, values] of ENUMS) {
      await db.query(`CREATE TYPE ${name} AS ENUM (${values.map((v) => `'${v}'`).join(', ')})`);
    }
    await db.query(`
      CREATE TABLE exercise (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CONSTRAINT exercise_slug_key UNIQUE
          CONSTRAINT exercise_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        -- Byte order ("C"): the same list order and cursors on every engine and locale.
        name text COLLATE "C" NOT NULL CHECK (name <> ''),
        aliases text[] NOT NULL DEFAULT '{}',
        summary text NOT NULL,
        steps text[] NOT NULL CHECK (cardinality(steps) > 0),
        cues text[] NOT NULL DEFAULT '{}',
        mistakes text[] NOT NULL DEFAULT '{}',
        precautions text[] NOT NULL DEFAULT '{}',
        planes plane[] NOT NULL CHECK (cardinality(planes) > 0),
        stance stance NOT NULL,
        position body_position NOT NULL,
        tempo_notation text CHECK (tempo_notation ~ '^([0-9]{1,2}|X)-[0-9]{1,2}-([0-9]{1,2}|X)-[0-9]{1,2}$'),
        tempo_intent tempo_intent NOT NULL,
        load_kind load_kind NOT NULL,
        equipment equipment[] NOT NULL DEFAULT '{NONE}' CHECK (cardinality(equipment) > 0),
        load_intensity jsonb,
        regions body_region[] NOT NULL CHECK (cardinality(regions) > 0),
        primary_muscles muscle[] NOT NULL CHECK (cardinality(primary_muscles) > 0),
        secondary_muscles muscle[] NOT NULL DEFAULT '{}',
        focus running_focus[] NOT NULL CHECK (cardinality(focus) > 0),
        difficulty smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
        default_prescription jsonb NOT NULL CHECK (default_prescription ? 'sets'),
        status exercise_status NOT NULL DEFAULT 'DRAFT',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exercise_tempo_required CHECK (tempo_notation IS NOT NULL OR tempo_intent = 'ISOMETRIC')
      )`);
    // The catalogue is listed by name; facet filters use array overlap/containment (GIN).
    await db.query('CREATE INDEX exercise_name_id_idx ON exercise (name, id)');
    await db.query('CREATE INDEX exercise_status_idx ON exercise (status)');
    await db.query('CREATE INDEX exercise_planes_idx ON exercise USING gin (planes)');
    await db.query('CREATE INDEX exercise_equipment_idx ON exercise USING gin (equipment)');
    await db.query('CREATE INDEX exercise_regions_idx ON exercise USING gin (regions)');
    await db.query('CREATE INDEX exercise_focus_idx ON exercise USING gin (focus)');
    await db.query('CREATE INDEX exercise_name_trgm_idx ON exercise USING gin (name gin_trgm_ops)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE exercise');
    for (const [name] of [...ENUMS].reverse()) await db.query(`DROP TYPE ${name}`);
  }
}
