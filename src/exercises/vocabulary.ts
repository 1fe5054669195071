import { registerEnumType } from '@nestjs/graphql';
import { describeValues } from '../common/graphql/enum-values.js';

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
  description:
    'Plane of motion the movement happens in, or resists moving in; an exercise with more than one is multiplanar',
  valuesMap: describeValues<typeof Plane>({
    SAGITTAL: 'Forward and back: a squat, a lunge, running itself',
    FRONTAL:
      'Side to side: a lateral lunge, a lateral band walk, or a side plank (which holds the trunk against falling sideways)',
    TRANSVERSE: 'Rotation: a Russian twist, or a Pallof press that resists turning',
  }),
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
  description:
    'Base of support: how the feet carry the body. Only SINGLE_LEG counts as single-leg work',
  valuesMap: describeValues<typeof Stance>({
    BILATERAL: 'Both feet side by side, sharing the load (a squat, a bridge)',
    SPLIT: 'One foot in front of the other, both loaded (a split squat, a lunge)',
    STAGGERED:
      'Mostly on one leg, the other foot back as a kickstand for balance (a kickstand deadlift); still shares the load between two feet',
    SINGLE_LEG: 'On one leg (a single-leg squat, hops): running is a series of single-leg landings',
    NONE: 'Not done on the feet: lying, kneeling, seated or hanging',
  }),
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
registerEnumType(BodyPosition, {
  name: 'BodyPosition',
  description: 'The position the exercise is done in',
  valuesMap: describeValues<typeof BodyPosition>({
    STANDING: 'Upright on the feet',
    HALF_KNEELING: 'One knee down, the other foot flat in front',
    TALL_KNEELING: 'Both knees down, hips straight and trunk upright',
    SEATED: 'Sitting on a chair, bench, box or the floor',
    SUPINE: 'Lying on the back',
    PRONE: 'Lying face down',
    SIDE_LYING: 'Lying on one side',
    QUADRUPED: 'On hands and knees',
    HANGING: 'Hanging from a bar by the hands',
  }),
});

export enum TempoIntent {
  ISOMETRIC = 'ISOMETRIC',
  STRETCH = 'STRETCH',
  SLOW_CONTROLLED = 'SLOW_CONTROLLED',
  MODERATE = 'MODERATE',
  FAST = 'FAST',
  EXPLOSIVE = 'EXPLOSIVE',
}
registerEnumType(TempoIntent, {
  name: 'TempoIntent',
  description: 'The speed the exercise is meant to train, from held to explosive',
  valuesMap: describeValues<typeof TempoIntent>({
    ISOMETRIC:
      'A muscle hold: the muscle works hard and nothing moves (a plank, a wall sit, an isometric calf hold). Its tempo may be left out; its prescription holds (holdSeconds)',
    STRETCH:
      'A static stretch or an end-range mobility hold: the muscle is lengthened and relaxed, not working (a calf stretch, a hip flexor stretch). Like ISOMETRIC, its tempo may be left out and its prescription holds (holdSeconds)',
    SLOW_CONTROLLED: 'Slow reps under control, usually a long lowering (3-1-1-0)',
    MODERATE: 'An ordinary, steady pace',
    FAST: 'Quick reps, short of all-out',
    EXPLOSIVE: 'As fast and forceful as possible: plyometrics such as hops, bounds and jumps',
  }),
});

export enum LoadKind {
  BODYWEIGHT = 'BODYWEIGHT',
  EXTERNAL = 'EXTERNAL',
  ELASTIC = 'ELASTIC',
  ASSISTED = 'ASSISTED',
}
registerEnumType(LoadKind, {
  name: 'LoadKind',
  description: 'What resists the movement',
  valuesMap: describeValues<typeof LoadKind>({
    BODYWEIGHT: 'The body’s own weight only',
    EXTERNAL: 'A weight: dumbbell, kettlebell, barbell, cable, machine or medicine ball',
    ELASTIC: 'A band or tube, whose resistance grows as it stretches',
    ASSISTED:
      'Something takes weight off (a band, a rail, a machine): lighter than body weight, for early rehab',
  }),
});

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
registerEnumType(Equipment, {
  name: 'Equipment',
  description: 'What the patient needs to do the exercise',
  valuesMap: describeValues<typeof Equipment>({
    NONE: 'Nothing at all; never combined with another value',
    DUMBBELL: 'One or two dumbbells',
    KETTLEBELL: 'A kettlebell',
    BARBELL: 'A barbell, usually with plates',
    RESISTANCE_BAND: 'An elastic band or tube (its colour in the intensity: BandColour)',
    CABLE: 'A cable column or pulley',
    MACHINE: 'A weight machine (leg press, leg curl, calf raise machine)',
    MEDICINE_BALL: 'A weighted ball, held or thrown',
    STEP_OR_BOX: 'A step, box or bench to step onto, down from, or jump onto',
    SLIDER: 'A sliding disc, or a towel on a smooth floor',
    BALANCE_PAD: 'A foam pad or another unstable surface',
    WALL: 'A wall to lean, push or sit against',
  }),
});

/** How an intensity is expressed; exactly one scale per exercise. */
export enum IntensityScale {
  RPE = 'RPE',
  RIR = 'RIR',
  PERCENT_1RM = 'PERCENT_1RM',
  MASS = 'MASS',
  BAND = 'BAND',
}
registerEnumType(IntensityScale, {
  name: 'IntensityScale',
  description: 'How an intensity is expressed: exactly one scale per exercise',
  valuesMap: describeValues<typeof IntensityScale>({
    RPE: 'Rate of perceived exertion: how hard it feels, `value` 1 (very easy) to 10 (maximal)',
    RIR: 'Reps in reserve: how many more reps could still be done at the end of a set, `value` 0 (none: to failure) to 10, whole reps',
    PERCENT_1RM:
      'Percent of the one-repetition maximum (the heaviest load that can be lifted once), `value` 1 to 100',
    MASS: 'A load in kilograms or pounds: `value` 0.1 to 1000 in `unit`',
    BAND: 'A resistance band of the colour in `bandColour`; no `value`',
  }),
});

export enum MassUnit {
  KG = 'KG',
  LB = 'LB',
}
registerEnumType(MassUnit, {
  name: 'MassUnit',
  description: 'The unit of a MASS intensity',
  valuesMap: describeValues<typeof MassUnit>({ KG: 'Kilograms', LB: 'Pounds' }),
});

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
  description:
    'The common resistance-band colour ladder, lightest to heaviest (in this order). Brands differ in the exact resistance: a colour orders bands, it does not measure them',
  valuesMap: describeValues<typeof BandColour>({
    YELLOW: 'The lightest band (1 of 7)',
    RED: 'Light (2 of 7): one step up from YELLOW',
    GREEN: 'Medium (3 of 7)',
    BLUE: 'Heavy (4 of 7)',
    BLACK: 'Extra heavy (5 of 7)',
    SILVER: 'Very heavy (6 of 7)',
    GOLD: 'The heaviest band (7 of 7)',
  }),
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
registerEnumType(BodyRegion, {
  name: 'BodyRegion',
  description: 'A part of the body an exercise targets, from the foot up',
  valuesMap: describeValues<typeof BodyRegion>({
    FOOT_ANKLE: 'The foot and ankle',
    LOWER_LEG: 'The shin and calf, between knee and ankle',
    KNEE: 'The knee',
    THIGH: 'The thigh, between hip and knee',
    HIP: 'The hip joint and the muscles around it',
    PELVIS: 'The pelvis and its control (a level pelvis on one leg)',
    TRUNK: 'The trunk as a whole: abdominal wall and back together (the core)',
    LUMBAR_SPINE: 'The low back',
    THORACIC_SPINE: 'The mid and upper back',
    SHOULDER: 'The shoulder and shoulder blade',
    ARM: 'The upper arm, elbow, forearm and hand',
    NECK: 'The neck',
  }),
});

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
registerEnumType(Muscle, {
  name: 'Muscle',
  description: 'A muscle or muscle group an exercise works, lower body first',
  valuesMap: describeValues<typeof Muscle>({
    GLUTEUS_MAXIMUS: 'The largest buttock muscle: extends the hip (push-off, climbing)',
    GLUTEUS_MEDIUS:
      'On the side of the pelvis: abducts the hip and keeps the pelvis level over the stance leg',
    GLUTEUS_MINIMUS: 'The deepest gluteal muscle: helps gluteus medius hold the pelvis level',
    DEEP_HIP_ROTATORS: 'Piriformis and the other short muscles that turn the hip outwards',
    HIP_FLEXORS: 'Iliopsoas and rectus femoris: lift the thigh forward (the swing phase)',
    TENSOR_FASCIAE_LATAE: 'TFL, at the front and side of the hip, pulling on the iliotibial band',
    ADDUCTORS: 'The inner thigh: bring the leg towards the midline',
    QUADRICEPS: 'The front of the thigh: straighten the knee and absorb each landing',
    HAMSTRINGS: 'The back of the thigh: bend the knee and extend the hip',
    GASTROCNEMIUS: 'The outer calf muscle, crossing the knee: works best with the knee straight',
    SOLEUS:
      'The deep calf muscle: works with the knee bent, and produces the largest force of any leg muscle in running',
    TIBIALIS_ANTERIOR: 'The front of the shin: lifts the foot',
    TIBIALIS_POSTERIOR: 'Deep in the calf: supports the arch and controls the foot rolling in',
    PERONEALS: 'The outer lower leg (fibularis): turn the foot out and guard against sprains',
    FOOT_INTRINSICS: 'The small muscles inside the foot that support the arch',
    RECTUS_ABDOMINIS: 'The front abdominal muscle: bends the trunk forward',
    OBLIQUES: 'The side abdominal muscles: rotate and side-bend the trunk, or resist it',
    TRANSVERSUS_ABDOMINIS: 'The deepest abdominal muscle: braces the trunk',
    ERECTOR_SPINAE: 'The long muscles beside the spine: hold it upright and extend it',
    QUADRATUS_LUMBORUM: 'Deep in the low back, from pelvis to lowest rib: side-bends and steadies',
    LATISSIMUS_DORSI: 'The broad back muscle: pulls the arm down and back',
    TRAPEZIUS: 'The upper back and neck: moves and steadies the shoulder blade',
    RHOMBOIDS: 'Between the shoulder blades: draw them together',
    DELTOIDS: 'The shoulder cap: raise the arm',
    ROTATOR_CUFF: 'The four small muscles that keep the arm bone centred in the shoulder socket',
    PECTORALS: 'The chest: push the arm forward',
    BICEPS: 'The front of the upper arm: bends the elbow',
    TRICEPS: 'The back of the upper arm: straightens the elbow',
    FOREARMS: 'The grip and wrist muscles',
    NECK: 'The neck muscles',
  }),
});

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
  GROIN_PAIN = 'GROIN_PAIN',
  PROXIMAL_HAMSTRING_TENDINOPATHY = 'PROXIMAL_HAMSTRING_TENDINOPATHY',
  BONE_STRESS_INJURY = 'BONE_STRESS_INJURY',
  ANTERIOR_SHIN_PAIN = 'ANTERIOR_SHIN_PAIN',
  MOBILITY = 'MOBILITY',
  ACTIVATION = 'ACTIVATION',
  STRENGTH = 'STRENGTH',
  POWER = 'POWER',
  BALANCE = 'BALANCE',
  RUNNING_ECONOMY = 'RUNNING_ECONOMY',
}
registerEnumType(RunningFocus, {
  name: 'RunningFocus',
  description:
    'What an exercise is for, as a runner’s therapist files it: the running injuries it serves, then the qualities it trains (one list, since clinicians search by either)',
  valuesMap: describeValues<typeof RunningFocus>({
    PATELLOFEMORAL_PAIN: 'Injury: pain around or behind the kneecap (runner’s knee)',
    IT_BAND_SYNDROME:
      'Injury: pain on the outside of the knee, where the iliotibial band crosses it',
    ACHILLES_TENDINOPATHY: 'Injury: pain and stiffness of the Achilles tendon',
    PLANTAR_HEEL_PAIN: 'Injury: pain under the heel (plantar fasciopathy)',
    HAMSTRING_STRAIN: 'Injury: a strain of the muscles at the back of the thigh',
    MEDIAL_TIBIAL_STRESS:
      'Injury: pain along the inner edge of the shin bone (shin splints; soleus and tibialis posterior)',
    PATELLAR_TENDINOPATHY: 'Injury: pain in the tendon below the kneecap (jumper’s knee)',
    GLUTEAL_TENDINOPATHY: 'Injury: pain on the outside of the hip, from the gluteal tendons',
    ANKLE_SPRAIN: 'Injury: a sprained ankle, and guarding against the next one',
    LOW_BACK_PAIN: 'Injury: low back pain',
    HIP_FLEXOR_STRAIN: 'Injury: a strain at the front of the hip',
    GROIN_PAIN:
      'Injury: adductor-related groin pain, on the inside of the thigh near the pubic bone',
    PROXIMAL_HAMSTRING_TENDINOPATHY:
      'Injury: pain deep in the buttock where the hamstring tendon attaches to the sitting bone, worse sitting and in deep hip bending',
    BONE_STRESS_INJURY:
      'Injury: a bone stress reaction or stress fracture (shin, foot, hip), loaded back gradually once the clinician allows it',
    ANTERIOR_SHIN_PAIN:
      'Injury: pain at the front of the shin, over the tibialis anterior (not the inner-edge pain of MEDIAL_TIBIAL_STRESS)',
    MOBILITY: 'Quality: range of motion of joints and tissues',
    ACTIVATION: 'Quality: getting an under-used muscle working, often before a run',
    STRENGTH: 'Quality: force, built with progressive load',
    POWER: 'Quality: force produced fast (plyometrics, rate of force development)',
    BALANCE: 'Quality: control of the body over its base of support',
    RUNNING_ECONOMY: 'Quality: how little energy a given pace costs (stiffness, elastic return)',
  }),
});

export enum ExerciseStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ExerciseStatus, {
  name: 'ExerciseStatus',
  description:
    'Where an exercise is in curation, in workflow order: DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED (changeExerciseStatus lists the ways back)',
  valuesMap: describeValues<typeof ExerciseStatus>({
    DRAFT:
      'Being written or tagged; only clinicians and admins see it (to anyone else it does not exist)',
    IN_REVIEW: 'Fully tagged and submitted: waiting for a clinician to publish it or send it back',
    PUBLISHED:
      'In the library: apps, staff and anonymous readers see it and new handouts may print it. Can only be archived',
    ARCHIVED:
      'Retired: kept, never deleted (handouts and progressions may point at it), left out of lists unless asked for; can be revived as a DRAFT',
  }),
});
