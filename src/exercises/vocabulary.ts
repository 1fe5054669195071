import { registerEnumType } from '@nestjs/graphql';

/**
 * The exercise vocabularies, defined once. The database enum types (migrations), the GraphQL
 * enums and the seed validator all derive from these, so a value cannot exist in one and not
 * in the others. Extend with care: adding a value needs a migration (ALTER TYPE ... ADD VALUE).
 */

export enum Plane {
  SAGITTAL = 'SAGITTAL',
  FRONTAL = 'FRONTAL',
  TRANSVERSE = 'TRANSVERSE',
}
registerEnumType(Plane, {
  name: 'Plane',
  description: 'Plane of motion the movement happens in or resists',
});

export enum Stance {
  BILATERAL = 'BILATERAL',
  SPLIT = 'SPLIT',
  STAGGERED = 'STAGGERED',
  SINGLE_LEG = 'SINGLE_LEG',
  NONE = 'NONE',
}
registerEnumType(Stance, {
  name: 'Stance',
  description: 'Base of support: how many legs carry the body',
});

export enum BodyPosition {
  STANDING = 'STANDING',
  HALF_KNEELING = 'HALF_KNEELING',
  TALL_KNEELING = 'TALL_KNEELING',
  SEATED = 'SEATED',
  SUPINE = 'SUPINE',
  PRONE = 'PRONE',
  SIDE_LYING = 'SIDE_LYING',
  QUADRUPED = 'QUADRUPED',
  HANGING = 'HANGING',
}
registerEnumType(BodyPosition, { name: 'BodyPosition' });

export enum TempoIntent {
  ISOMETRIC = 'ISOMETRIC',
  SLOW_CONTROLLED = 'SLOW_CONTROLLED',
  MODERATE = 'MODERATE',
  FAST = 'FAST',
  EXPLOSIVE = 'EXPLOSIVE',
}
registerEnumType(TempoIntent, {
  name: 'TempoIntent',
  description: 'The speed the exercise is meant to train',
});

export enum LoadKind {
  BODYWEIGHT = 'BODYWEIGHT',
  EXTERNAL = 'EXTERNAL',
  ELASTIC = 'ELASTIC',
  ASSISTED = 'ASSISTED',
}
registerEnumType(LoadKind, { name: 'LoadKind', description: 'What resists the movement' });

export enum Equipment {
  NONE = 'NONE',
  DUMBBELL = 'DUMBBELL',
  KETTLEBELL = 'KETTLEBELL',
  BARBELL = 'BARBELL',
  RESISTANCE_BAND = 'RESISTANCE_BAND',
  CABLE = 'CABLE',
  MACHINE = 'MACHINE',
  MEDICINE_BALL = 'MEDICINE_BALL',
  STEP_OR_BOX = 'STEP_OR_BOX',
  SLIDER = 'SLIDER',
  BALANCE_PAD = 'BALANCE_PAD',
  WALL = 'WALL',
}
registerEnumType(Equipment, { name: 'Equipment' });

/** How an intensity is expressed; exactly one scale per exercise. */
export enum IntensityScale {
  RPE = 'RPE',
  RIR = 'RIR',
  PERCENT_1RM = 'PERCENT_1RM',
  MASS = 'MASS',
  BAND = 'BAND',
}
registerEnumType(IntensityScale, { name: 'IntensityScale' });

export enum MassUnit {
  KG = 'KG',
  LB = 'LB',
}
registerEnumType(MassUnit, { name: 'MassUnit' });

/** The common resistance-band colour ladder, lightest to heaviest. */
export enum BandColour {
  YELLOW = 'YELLOW',
  RED = 'RED',
  GREEN = 'GREEN',
  BLUE = 'BLUE',
  BLACK = 'BLACK',
  SILVER = 'SILVER',
  GOLD = 'GOLD',
}
registerEnumType(BandColour, {
  name: 'BandColour',
  description: 'Band colours, lightest to heaviest: YELLOW, RED, GREEN, BLUE, BLACK, SILVER, GOLD',
});

export enum BodyRegion {
  FOOT_ANKLE = 'FOOT_ANKLE',
  LOWER_LEG = 'LOWER_LEG',
  KNEE = 'KNEE',
  THIGH = 'THIGH',
  HIP = 'HIP',
  PELVIS = 'PELVIS',
  TRUNK = 'TRUNK',
  LUMBAR_SPINE = 'LUMBAR_SPINE',
  THORACIC_SPINE = 'THORACIC_SPINE',
  SHOULDER = 'SHOULDER',
  ARM = 'ARM',
  NECK = 'NECK',
}
registerEnumType(BodyRegion, { name: 'BodyRegion' });

export enum Muscle {
  GLUTEUS_MAXIMUS = 'GLUTEUS_MAXIMUS',
  GLUTEUS_MEDIUS = 'GLUTEUS_MEDIUS',
  GLUTEUS_MINIMUS = 'GLUTEUS_MINIMUS',
  DEEP_HIP_ROTATORS = 'DEEP_HIP_ROTATORS',
  HIP_FLEXORS = 'HIP_FLEXORS',
  TENSOR_FASCIAE_LATAE = 'TENSOR_FASCIAE_LATAE',
  ADDUCTORS = 'ADDUCTORS',
  QUADRICEPS = 'QUADRICEPS',
  HAMSTRINGS = 'HAMSTRINGS',
  GASTROCNEMIUS = 'GASTROCNEMIUS',
  SOLEUS = 'SOLEUS',
  TIBIALIS_ANTERIOR = 'TIBIALIS_ANTERIOR',
  TIBIALIS_POSTERIOR = 'TIBIALIS_POSTERIOR',
  PERONEALS = 'PERONEALS',
  FOOT_INTRINSICS = 'FOOT_INTRINSICS',
  RECTUS_ABDOMINIS = 'RECTUS_ABDOMINIS',
  OBLIQUES = 'OBLIQUES',
  TRANSVERSUS_ABDOMINIS = 'TRANSVERSUS_ABDOMINIS',
  ERECTOR_SPINAE = 'ERECTOR_SPINAE',
  QUADRATUS_LUMBORUM = 'QUADRATUS_LUMBORUM',
  LATISSIMUS_DORSI = 'LATISSIMUS_DORSI',
  TRAPEZIUS = 'TRAPEZIUS',
  RHOMBOIDS = 'RHOMBOIDS',
  DELTOIDS = 'DELTOIDS',
  ROTATOR_CUFF = 'ROTATOR_CUFF',
  PECTORALS = 'PECTORALS',
  BICEPS = 'BICEPS',
  TRICEPS = 'TRICEPS',
  FOREARMS = 'FOREARMS',
  NECK = 'NECK',
}
registerEnumType(Muscle, { name: 'Muscle' });

/** Running injuries an exercise serves, and the physical qualities it trains. */
export enum RunningFocus {
  PATELLOFEMORAL_PAIN = 'PATELLOFEMORAL_PAIN',
  IT_BAND_SYNDROME = 'IT_BAND_SYNDROME',
  ACHILLES_TENDINOPATHY = 'ACHILLES_TENDINOPATHY',
  PLANTAR_HEEL_PAIN = 'PLANTAR_HEEL_PAIN',
  HAMSTRING_STRAIN = 'HAMSTRING_STRAIN',
  MEDIAL_TIBIAL_STRESS = 'MEDIAL_TIBIAL_STRESS',
  PATELLAR_TENDINOPATHY = 'PATELLAR_TENDINOPATHY',
  GLUTEAL_TENDINOPATHY = 'GLUTEAL_TENDINOPATHY',
  ANKLE_SPRAIN = 'ANKLE_SPRAIN',
  LOW_BACK_PAIN = 'LOW_BACK_PAIN',
  HIP_FLEXOR_STRAIN = 'HIP_FLEXOR_STRAIN',
  MOBILITY = 'MOBILITY',
  ACTIVATION = 'ACTIVATION',
  STRENGTH = 'STRENGTH',
  POWER = 'POWER',
  BALANCE = 'BALANCE',
  RUNNING_ECONOMY = 'RUNNING_ECONOMY',
}
registerEnumType(RunningFocus, {
  name: 'RunningFocus',
  description: 'Running injuries served and qualities trained',
});

export enum ExerciseStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ExerciseStatus, { name: 'ExerciseStatus' });
