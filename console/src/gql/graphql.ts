/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The common resistance-band colour ladder, lightest to heaviest (in this order). Brands differ in the exact resistance: a colour orders bands, it does not measure them */
export type BandColour =
  /** Extra heavy (5 of 7) */
  | 'BLACK'
  /** Heavy (4 of 7) */
  | 'BLUE'
  /** The heaviest band (7 of 7) */
  | 'GOLD'
  /** Medium (3 of 7) */
  | 'GREEN'
  /** Light (2 of 7): one step up from YELLOW */
  | 'RED'
  /** Very heavy (6 of 7) */
  | 'SILVER'
  /** The lightest band (1 of 7) */
  | 'YELLOW';

/** The position the exercise is done in */
export type BodyPosition =
  /** One knee down, the other foot flat in front */
  | 'HALF_KNEELING'
  /** Hanging from a bar by the hands */
  | 'HANGING'
  /** Lying face down */
  | 'PRONE'
  /** On hands and knees */
  | 'QUADRUPED'
  /** Sitting on a chair, bench, box or the floor */
  | 'SEATED'
  /** Lying on one side */
  | 'SIDE_LYING'
  /** Upright on the feet */
  | 'STANDING'
  /** Lying on the back */
  | 'SUPINE'
  /** Both knees down, hips straight and trunk upright */
  | 'TALL_KNEELING';

/** A part of the body an exercise targets, from the foot up */
export type BodyRegion =
  /** The upper arm, elbow, forearm and hand */
  | 'ARM'
  /** The foot and ankle */
  | 'FOOT_ANKLE'
  /** The hip joint and the muscles around it */
  | 'HIP'
  /** The knee */
  | 'KNEE'
  /** The shin and calf, between knee and ankle */
  | 'LOWER_LEG'
  /** The low back */
  | 'LUMBAR_SPINE'
  /** The neck */
  | 'NECK'
  /** The pelvis and its control (a level pelvis on one leg) */
  | 'PELVIS'
  /** The shoulder and shoulder blade */
  | 'SHOULDER'
  /** The thigh, between hip and knee */
  | 'THIGH'
  /** The mid and upper back */
  | 'THORACIC_SPINE'
  /** The trunk as a whole: abdominal wall and back together (the core) */
  | 'TRUNK';

/** The signed-in account’s current password and the new one */
export type ChangePasswordInput = {
  /** The password in use now */
  currentPassword: string;
  /** At least 12 characters, not a common password or a pattern */
  newPassword: string;
};

/** Moves an exercise to another status, from the version you read */
export type ChangeStatusInput = {
  /** The version you read; a stale one is a CONFLICT with extensions.currentVersion. Required (nullable only while the deprecated version is accepted) */
  expectedVersion?: number | null | undefined;
  /** The record to change */
  id: string | number;
  /** Why, for the history (up to 500 characters); left out: "Now <STATUS>" */
  message?: string | null | undefined;
  /** The status to move to: DRAFT -> IN_REVIEW or ARCHIVED; IN_REVIEW -> PUBLISHED or DRAFT or ARCHIVED; PUBLISHED -> ARCHIVED; ARCHIVED -> DRAFT */
  status: ExerciseStatus;
  /**
   * The version you read
   * @deprecated Use expectedVersion
   */
  version?: number | null | undefined;
};

/** A new exercise, saved as a DRAFT (revision 1). Planes, stance, position, tempo intent and steps may wait: the exercise then waits in the tagging queue (they are needed before review) */
export type CreateExerciseInput = {
  /** Other names it is searched by, each unique, at most 30. Left out: none */
  aliases?: Array<string> | null | undefined;
  /** Notes for the clinic’s own reviewers, at most 4000 characters: the study behind a dose or a claim (author, year, short title), clinical reasoning. Never printed on a handout. Left out: none */
  clinicalNotes?: string | null | undefined;
  /** Coaching cues, at most 30. Left out: none */
  cues?: Array<string> | null | undefined;
  /** 1 (easiest) to 5: a progression never leads to an easier one */
  difficulty: number;
  /** What the patient needs, each once; NONE stands alone. Left out: [NONE] */
  equipment?: Array<Equipment> | null | undefined;
  /** The injuries it serves and qualities it trains: at least one, each once */
  focus: Array<RunningFocus>;
  /** How hard the load is, on one scale. Left out: none */
  intensity?: LoadIntensityInput | null | undefined;
  /** What resists the movement */
  loadKind: LoadKind;
  /** Why, for the history; left out: "Created" */
  message?: string | null | undefined;
  /** Common mistakes to watch for, at most 30. Left out: none */
  mistakes?: Array<string> | null | undefined;
  /** The name clinicians and patients know it by, 1-120 characters */
  name: string;
  /** The planes it moves in or resists, each once. Left out: none yet (needed for review) */
  planes?: Array<Plane> | null | undefined;
  /** The position it is done in. Left out: none yet (needed for review) */
  position?: BodyPosition | null | undefined;
  /** When to stop or make it easier, at most 30. Left out: none */
  precautions?: Array<string> | null | undefined;
  /** What a handout starts from when the exercise is prescribed */
  prescription: PrescriptionInput;
  /** The muscles it mainly works: at least one, each once */
  primaryMuscles: Array<Muscle>;
  /** The body regions it targets: at least one, each once */
  regions: Array<BodyRegion>;
  /** Muscles it works less, each once. Left out: none */
  secondaryMuscles?: Array<Muscle> | null | undefined;
  /** Lower-case words joined by hyphens, unique: single-leg-glute-bridge. Left out: made from the name, with -2, -3... when taken */
  slug?: string | null | undefined;
  /** Its base of support. Left out: none yet (needed for review) */
  stance?: Stance | null | undefined;
  /** Instruction steps, in order, at most 30. Left out: none yet (a draft may wait for them; review needs at least one) */
  steps?: Array<string> | null | undefined;
  /** One line on what it is and what it is for */
  summary: string;
  /** E-P-C-P seconds, X = as fast as possible (e.g. 3-1-X-0). Required once tempoIntent is set, unless it is ISOMETRIC or STRETCH (a hold) */
  tempo?: string | null | undefined;
  /** The speed it trains. Left out: none yet (needed for review) */
  tempoIntent?: TempoIntent | null | undefined;
};

/** The picture or video to remove from its exercise */
export type DeleteExerciseMediaInput = {
  /** Media.id */
  id: string | number;
};

/** What the patient needs to do the exercise */
export type Equipment =
  /** A foam pad or another unstable surface */
  | 'BALANCE_PAD'
  /** A barbell, usually with plates */
  | 'BARBELL'
  /** A cable column or pulley */
  | 'CABLE'
  /** One or two dumbbells */
  | 'DUMBBELL'
  /** A kettlebell */
  | 'KETTLEBELL'
  /** A weight machine (leg press, leg curl, calf raise machine) */
  | 'MACHINE'
  /** A weighted ball, held or thrown */
  | 'MEDICINE_BALL'
  /** Nothing at all; never combined with another value */
  | 'NONE'
  /** An elastic band or tube (its colour in the intensity: BandColour) */
  | 'RESISTANCE_BAND'
  /** A sliding disc, or a towel on a smooth floor */
  | 'SLIDER'
  /** A step, box or bench to step onto, down from, or jump onto */
  | 'STEP_OR_BOX'
  /** A wall to lean, push or sit against */
  | 'WALL';

/** Facet filters, all combined with AND. A list matches any of its values; an empty or absent list does not filter */
export type ExerciseFilter = {
  /** At most this difficulty, 1-5 (not below difficultyMin) */
  difficultyMax?: number | null | undefined;
  /** At least this difficulty, 1-5 */
  difficultyMin?: number | null | undefined;
  /** Uses at least one of these */
  equipment?: Array<Equipment> | null | undefined;
  /** Serves or trains at least one of these */
  focus?: Array<RunningFocus> | null | undefined;
  /** Has one of these load kinds */
  loadKind?: Array<LoadKind> | null | undefined;
  /** Among the primary muscles */
  muscle?: Array<Muscle> | null | undefined;
  /** true: only drafts still lacking planes, stance, position or tempo */
  needsTagging?: boolean | null | undefined;
  /** Moves in every one of these planes */
  planesAll?: Array<Plane> | null | undefined;
  /** Moves in at least one of these planes */
  planesAny?: Array<Plane> | null | undefined;
  /** Is done in one of these positions */
  position?: Array<BodyPosition> | null | undefined;
  /** Targets at least one of these body regions */
  region?: Array<BodyRegion> | null | undefined;
  /** Has one of these stances */
  stance?: Array<Stance> | null | undefined;
  /** Defaults to every status except ARCHIVED */
  status?: Array<ExerciseStatus> | null | undefined;
  /** Trains one of these tempo intents */
  tempoIntent?: Array<TempoIntent> | null | undefined;
  /** Case-insensitive substring of the name, an alias or the summary */
  text?: string | null | undefined;
};

/** Where an exercise is in curation, in workflow order: DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED (changeExerciseStatus lists the ways back) */
export type ExerciseStatus =
  /** Retired: kept, never deleted (handouts and progressions may point at it), left out of lists unless asked for; can be revived as a DRAFT */
  | 'ARCHIVED'
  /** Being written or tagged; only clinicians and admins see it (to anyone else it does not exist) */
  | 'DRAFT'
  /** Fully tagged and submitted: waiting for a clinician to publish it or send it back */
  | 'IN_REVIEW'
  /** In the library: apps, staff and anonymous readers see it and new handouts may print it. Can only be archived */
  | 'PUBLISHED';

/** How an intensity is expressed: exactly one scale per exercise */
export type IntensityScale =
  /** A resistance band of the colour in `bandColour`; no `value` */
  | 'BAND'
  /** A load in kilograms or pounds: `value` 0.1 to 1000 in `unit` */
  | 'MASS'
  /** Percent of the one-repetition maximum (the heaviest load that can be lifted once), `value` 1 to 100 */
  | 'PERCENT_1RM'
  /** Reps in reserve: how many more reps could still be done at the end of a set, `value` 0 (none: to failure) to 10, whole reps */
  | 'RIR'
  /** Rate of perceived exertion: how hard it feels, `value` 1 (very easy) to 10 (maximal) */
  | 'RPE';

/** A new link between two exercises. A PROGRESSION never leads to a lower difficulty and never closes a cycle (the refusal spells the cycle out) */
export type LinkExercisesInput = {
  /** What changes from `from` to `to`: at least one, each once */
  changes: Array<ProgressionDimension>;
  /** When to move on, up to 500 characters; left out: none */
  criterion?: string | null | undefined;
  /** The easier exercise of a PROGRESSION (either end of a VARIATION) */
  fromId: string | number;
  /** PROGRESSION (`to` is harder) or VARIATION (sideways) */
  kind: ProgressionKind;
  /** Order among the links leaving the same exercise, 0-1000, 0 first; left out: 0 */
  order?: number | null | undefined;
  /** The harder exercise of a PROGRESSION (the other end of a VARIATION) */
  toId: string | number;
};

/** How hard the load is, on exactly one scale: `value` for RPE, RIR, PERCENT_1RM and MASS, `unit` for MASS, `bandColour` for BAND, nothing else */
export type LoadIntensityInput = {
  /** The band: required with BAND, refused otherwise */
  bandColour?: BandColour | null | undefined;
  /** The scale the intensity is on */
  scale: IntensityScale;
  /** KG or LB: required with MASS, refused otherwise */
  unit?: MassUnit | null | undefined;
  /** RPE 1-10, RIR 0-10 whole reps, PERCENT_1RM 1-100, MASS 0.1-1000; none for BAND */
  value?: number | null | undefined;
};

/** What resists the movement */
export type LoadKind =
  /** Something takes weight off (a band, a rail, a machine): lighter than body weight, for early rehab */
  | 'ASSISTED'
  /** The body’s own weight only */
  | 'BODYWEIGHT'
  /** A band or tube, whose resistance grows as it stretches */
  | 'ELASTIC'
  /** A weight: dumbbell, kettlebell, barbell, cable, machine or medicine ball */
  | 'EXTERNAL';

/** A language a patient can read a handout in */
export type Locale =
  /** English: the library’s own language and the default; every other falls back to it field by field */
  | 'EN'
  /** Spanish */
  | 'ES'
  /** Vietnamese */
  | 'VI'
  /** Chinese (Simplified) */
  | 'ZH';

/** An email and password */
export type LoginInput = {
  /** The account’s email, in any case */
  email: string;
  /** The account’s password; never logged */
  password: string;
};

/** The unit of a MASS intensity */
export type MassUnit =
  /** Kilograms */
  | 'KG'
  /** Pounds */
  | 'LB';

/** A picture or a video of an exercise */
export type MediaKind =
  /** A picture uploaded to and served by this service; a handout prints an exercise’s first picture with a verified licence */
  | 'IMAGE'
  /** A link to a video on an https:// page elsewhere, with an optional poster image */
  | 'VIDEO';

/** A muscle or muscle group an exercise works, lower body first */
export type Muscle =
  /** The inner thigh: bring the leg towards the midline */
  | 'ADDUCTORS'
  /** The front of the upper arm: bends the elbow */
  | 'BICEPS'
  /** Piriformis and the other short muscles that turn the hip outwards */
  | 'DEEP_HIP_ROTATORS'
  /** The shoulder cap: raise the arm */
  | 'DELTOIDS'
  /** The long muscles beside the spine: hold it upright and extend it */
  | 'ERECTOR_SPINAE'
  /** The small muscles inside the foot that support the arch */
  | 'FOOT_INTRINSICS'
  /** The grip and wrist muscles */
  | 'FOREARMS'
  /** The outer calf muscle, crossing the knee: works best with the knee straight */
  | 'GASTROCNEMIUS'
  /** The largest buttock muscle: extends the hip (push-off, climbing) */
  | 'GLUTEUS_MAXIMUS'
  /** On the side of the pelvis: abducts the hip and keeps the pelvis level over the stance leg */
  | 'GLUTEUS_MEDIUS'
  /** The deepest gluteal muscle: helps gluteus medius hold the pelvis level */
  | 'GLUTEUS_MINIMUS'
  /** The back of the thigh: bend the knee and extend the hip */
  | 'HAMSTRINGS'
  /** Iliopsoas and rectus femoris: lift the thigh forward (the swing phase) */
  | 'HIP_FLEXORS'
  /** The broad back muscle: pulls the arm down and back */
  | 'LATISSIMUS_DORSI'
  /** The neck muscles */
  | 'NECK'
  /** The side abdominal muscles: rotate and side-bend the trunk, or resist it */
  | 'OBLIQUES'
  /** The chest: push the arm forward */
  | 'PECTORALS'
  /** The outer lower leg (fibularis): turn the foot out and guard against sprains */
  | 'PERONEALS'
  /** Deep in the low back, from pelvis to lowest rib: side-bends and steadies */
  | 'QUADRATUS_LUMBORUM'
  /** The front of the thigh: straighten the knee and absorb each landing */
  | 'QUADRICEPS'
  /** The front abdominal muscle: bends the trunk forward */
  | 'RECTUS_ABDOMINIS'
  /** Between the shoulder blades: draw them together */
  | 'RHOMBOIDS'
  /** The four small muscles that keep the arm bone centred in the shoulder socket */
  | 'ROTATOR_CUFF'
  /** The deep calf muscle: works with the knee bent, and produces the largest force of any leg muscle in running */
  | 'SOLEUS'
  /** TFL, at the front and side of the hip, pulling on the iliotibial band */
  | 'TENSOR_FASCIAE_LATAE'
  /** The front of the shin: lifts the foot */
  | 'TIBIALIS_ANTERIOR'
  /** Deep in the calf: supports the arch and controls the foot rolling in */
  | 'TIBIALIS_POSTERIOR'
  /** The deepest abdominal muscle: braces the trunk */
  | 'TRANSVERSUS_ABDOMINIS'
  /** The upper back and neck: moves and steadies the shoulder blade */
  | 'TRAPEZIUS'
  /** The back of the upper arm: straightens the elbow */
  | 'TRICEPS';

/** Plane of motion the movement happens in, or resists moving in; an exercise with more than one is multiplanar */
export type Plane =
  /** Side to side: a lateral lunge, a lateral band walk, or a side plank (which holds the trunk against falling sideways) */
  | 'FRONTAL'
  /** Forward and back: a squat, a lunge, running itself */
  | 'SAGITTAL'
  /** Rotation: a Russian twist, or a Pallof press that resists turning */
  | 'TRANSVERSE';

/** A default prescription: sets and exactly one of reps, holdSeconds, distanceMetres and durationSeconds */
export type PrescriptionInput = {
  /** Metres covered per set, 1-1000 (A-skips over 20 m, a carry) */
  distanceMetres?: number | null | undefined;
  /** Seconds of continuous work per set, 1-1800 (30 s of lateral shuffles) */
  durationSeconds?: number | null | undefined;
  /** Seconds a position is held still per set, 1-600 (a plank, a wall sit) */
  holdSeconds?: number | null | undefined;
  /** Done one side at a time: the dose is each side's ("3 × 12 each side") */
  perSide?: boolean;
  /** Repetitions per set, 1-100. Exactly one of reps, holdSeconds, distanceMetres and durationSeconds */
  reps?: number | null | undefined;
  /** Rest between sets, 0-600 seconds */
  restSeconds?: number;
  /** Sessions a week, 1-14 */
  sessionsPerWeek?: number;
  /** Sets per session, 1-10 */
  sets: number;
};

/** What changes from one exercise to the next (one or more per link) */
export type ProgressionDimension =
  /** More coordination: more joints, or a combined movement */
  | 'COMPLEXITY'
  /** More (or less) weight or resistance */
  | 'LOAD'
  /** Into another plane of motion, e.g. from sagittal to frontal or rotational work */
  | 'PLANE'
  /** A larger (or smaller) range of motion, e.g. a deeper squat */
  | 'RANGE_OF_MOTION'
  /** Faster movement, towards plyometrics */
  | 'SPEED'
  /** A less stable surface or position, e.g. onto a balance pad */
  | 'STABILITY'
  /** A narrower base of support, e.g. from two legs to a split stance to one leg */
  | 'STANCE'
  /** A different tempo: slower, faster, or longer holds */
  | 'TEMPO'
  /** More sets, reps or time */
  | 'VOLUME';

/** What a link between two exercises says */
export type ProgressionKind =
  /** `to` is harder than `from` (never easier, never in a cycle); read backwards it is a regression */
  | 'PROGRESSION'
  /** `to` is a sideways alternative to `from`, at about the same level */
  | 'VARIATION';

/** The refresh token to exchange */
export type RefreshSessionInput = {
  /** The refresh token of the last login or refresh; it is used up */
  refreshToken: string;
};

/** Deletes the translation of an exercise into one locale */
export type RemoveExerciseTranslationInput = {
  /** The exercise translated */
  exerciseId: string | number;
  /** The version you read; a stale one is a CONFLICT with extensions.currentVersion (the translation's version) */
  expectedVersion: number;
  /** ES, VI or ZH */
  locale: Locale;
};

/** The link between two exercises to remove */
export type RemoveProgressionInput = {
  /** Progression.id */
  id: string | number;
};

/** Brings back an earlier revision’s content as a new revision of the exercise */
export type RestoreRevisionInput = {
  /** Also make the exercise a DRAFT, in the same revision: the way to bring back a version that lacks tags an IN_REVIEW or PUBLISHED exercise must keep. Left out: the status stays as it is */
  asDraft?: boolean | null | undefined;
  /** The version you read; a stale one is a CONFLICT with extensions.currentVersion. Required (nullable only while the deprecated version is accepted) */
  expectedVersion?: number | null | undefined;
  /** The record to change */
  id: string | number;
  /** Why, for the history (up to 500 characters); left out: "Restored version <revision>" */
  message?: string | null | undefined;
  /** The revision whose content comes back */
  revision: number;
  /**
   * The version you read
   * @deprecated Use expectedVersion
   */
  version?: number | null | undefined;
};

/** What an account may do (the README’s “Who may do what” has the whole matrix) */
export type Role =
  /** A clinician who also manages accounts, roles and API keys and reads the audit log */
  | 'ADMIN'
  /** A physical therapist: writes, tags, reviews and publishes exercises, translates, builds templates, issues handouts */
  | 'CLINICIAN'
  /** Front desk: issues, prints and shares handouts from published exercises and templates; never changes the library */
  | 'STAFF';

/** What an exercise is for, as a runner’s therapist files it: the running injuries it serves, then the qualities it trains (one list, since clinicians search by either) */
export type RunningFocus =
  /** Injury: pain and stiffness of the Achilles tendon */
  | 'ACHILLES_TENDINOPATHY'
  /** Quality: getting an under-used muscle working, often before a run */
  | 'ACTIVATION'
  /** Injury: a sprained ankle, and guarding against the next one */
  | 'ANKLE_SPRAIN'
  /** Injury: pain at the front of the shin, over the tibialis anterior (not the inner-edge pain of MEDIAL_TIBIAL_STRESS) */
  | 'ANTERIOR_SHIN_PAIN'
  /** Quality: control of the body over its base of support */
  | 'BALANCE'
  /** Injury: a bone stress reaction or stress fracture (shin, foot, hip), loaded back gradually once the clinician allows it */
  | 'BONE_STRESS_INJURY'
  /** Injury: pain on the outside of the hip, from the gluteal tendons */
  | 'GLUTEAL_TENDINOPATHY'
  /** Injury: adductor-related groin pain, on the inside of the thigh near the pubic bone */
  | 'GROIN_PAIN'
  /** Injury: a strain of the muscles at the back of the thigh */
  | 'HAMSTRING_STRAIN'
  /** Injury: a strain at the front of the hip */
  | 'HIP_FLEXOR_STRAIN'
  /** Injury: pain on the outside of the knee, where the iliotibial band crosses it */
  | 'IT_BAND_SYNDROME'
  /** Injury: low back pain */
  | 'LOW_BACK_PAIN'
  /** Injury: pain along the inner edge of the shin bone (shin splints; soleus and tibialis posterior) */
  | 'MEDIAL_TIBIAL_STRESS'
  /** Quality: range of motion of joints and tissues */
  | 'MOBILITY'
  /** Injury: pain in the tendon below the kneecap (jumper’s knee) */
  | 'PATELLAR_TENDINOPATHY'
  /** Injury: pain around or behind the kneecap (runner’s knee) */
  | 'PATELLOFEMORAL_PAIN'
  /** Injury: pain under the heel (plantar fasciopathy) */
  | 'PLANTAR_HEEL_PAIN'
  /** Quality: force produced fast (plyometrics, rate of force development) */
  | 'POWER'
  /** Injury: pain deep in the buttock where the hamstring tendon attaches to the sitting bone, worse sitting and in deep hip bending */
  | 'PROXIMAL_HAMSTRING_TENDINOPATHY'
  /** Quality: how little energy a given pace costs (stiffness, elastic return) */
  | 'RUNNING_ECONOMY'
  /** Quality: force, built with progressive load */
  | 'STRENGTH';

/** Adds or changes the translation of an exercise into one locale. Fields left out stay as they are; null clears one */
export type SetExerciseTranslationInput = {
  /** The coaching cues, 1-30 of up to 2000 characters each; null clears them (the English shows instead) */
  cues?: Array<string> | null | undefined;
  /** The exercise to translate */
  exerciseId: string | number;
  /** The version you read. Leave it out only to add a translation that does not exist yet: a stale or missing one is a CONFLICT */
  expectedVersion?: number | null | undefined;
  /** ES, VI or ZH */
  locale: Locale;
  /** The name, up to 120 characters, not blank; null clears it (the English shows instead) */
  name?: string | null | undefined;
  /** The precautions, 1-30 of up to 2000 characters each; null clears them (the English shows instead) */
  precautions?: Array<string> | null | undefined;
  /** The instruction steps, in order, 1-30 of up to 2000 characters each; null clears them (the English shows instead) */
  steps?: Array<string> | null | undefined;
  /** The one-line summary, up to 2000 characters, not blank; null clears it (the English shows instead) */
  summary?: string | null | undefined;
};

/** Which sessions to end, besides the one of the Bearer token sent */
export type SignOutInput = {
  /** true ends every session of the signed-in account, on every device */
  everywhere?: boolean | null | undefined;
  /** Also ends the session of this refresh token (e.g. when the token has expired) */
  refreshToken?: string | null | undefined;
};

/** Base of support: how the feet carry the body. Only SINGLE_LEG counts as single-leg work */
export type Stance =
  /** Both feet side by side, sharing the load (a squat, a bridge) */
  | 'BILATERAL'
  /** Not done on the feet: lying, kneeling, seated or hanging */
  | 'NONE'
  /** On one leg (a single-leg squat, hops): running is a series of single-leg landings */
  | 'SINGLE_LEG'
  /** One foot in front of the other, both loaded (a split squat, a lunge) */
  | 'SPLIT'
  /** Mostly on one leg, the other foot back as a kickstand for balance (a kickstand deadlift); still shares the load between two feet */
  | 'STAGGERED';

/** A facet a draft still lacks: tag it before review */
export type TagFacet =
  /** No `steps` yet: set it with updateExercise */
  | 'INSTRUCTIONS'
  /** No `planes` yet: set it with updateExercise */
  | 'PLANES'
  /** No `position` yet: set it with updateExercise */
  | 'POSITION'
  /** No `stance` yet: set it with updateExercise */
  | 'STANCE'
  /** No `tempoIntent` yet: set it with updateExercise */
  | 'TEMPO';

/** The speed the exercise is meant to train, from held to explosive */
export type TempoIntent =
  /** As fast and forceful as possible: plyometrics such as hops, bounds and jumps */
  | 'EXPLOSIVE'
  /** Quick reps, short of all-out */
  | 'FAST'
  /** A muscle hold: the muscle works hard and nothing moves (a plank, a wall sit, an isometric calf hold). Its tempo may be left out; its prescription holds (holdSeconds) */
  | 'ISOMETRIC'
  /** An ordinary, steady pace */
  | 'MODERATE'
  /** Slow reps under control, usually a long lowering (3-1-1-0) */
  | 'SLOW_CONTROLLED'
  /** A static stretch or an end-range mobility hold: the muscle is lengthened and relaxed, not working (a calf stretch, a hip flexor stretch). Like ISOMETRIC, its tempo may be left out and its prescription holds (holdSeconds) */
  | 'STRETCH';

/** Changes to an exercise: only the fields sent change, a field left out keeps its value. null clears a field that may be empty and is refused for the others (name, summary, slug, loadKind, regions, primaryMuscles, focus, difficulty, prescription); an exercise IN_REVIEW or PUBLISHED keeps its tags */
export type UpdateExerciseInput = {
  /** Other names it is searched by, each unique, at most 30. Left out: unchanged; null: none */
  aliases?: Array<string> | null | undefined;
  /** Notes for the clinic’s own reviewers, at most 4000 characters; never printed on a handout. Left out: unchanged; null: none */
  clinicalNotes?: string | null | undefined;
  /** Coaching cues, at most 30. Left out: unchanged; null: none */
  cues?: Array<string> | null | undefined;
  /** 1 (easiest) to 5: a progression never leads to an easier one */
  difficulty?: number | null | undefined;
  /** What the patient needs, each once; NONE stands alone. Left out: unchanged; null: [NONE] */
  equipment?: Array<Equipment> | null | undefined;
  /** The version you read; a stale one is a CONFLICT with extensions.currentVersion. Required (nullable only while the deprecated version argument is accepted) */
  expectedVersion?: number | null | undefined;
  /** The injuries it serves and qualities it trains: at least one, each once */
  focus?: Array<RunningFocus> | null | undefined;
  /** The exercise to change. Required (nullable only while the deprecated id argument is accepted) */
  id?: string | number | null | undefined;
  /** How hard the load is, on one scale. Left out: unchanged; null: none */
  intensity?: LoadIntensityInput | null | undefined;
  /** What resists the movement */
  loadKind?: LoadKind | null | undefined;
  /** Why, for the history */
  message?: string | null | undefined;
  /** Common mistakes to watch for, at most 30. Left out: unchanged; null: none */
  mistakes?: Array<string> | null | undefined;
  /** The name clinicians and patients know it by, 1-120 characters */
  name?: string | null | undefined;
  /** The planes it moves in or resists, each once. Left out: unchanged; null: none (refused while IN_REVIEW or PUBLISHED) */
  planes?: Array<Plane> | null | undefined;
  /** The position it is done in. Left out: unchanged; null: none (refused while IN_REVIEW or PUBLISHED) */
  position?: BodyPosition | null | undefined;
  /** When to stop or make it easier, at most 30. Left out: unchanged; null: none */
  precautions?: Array<string> | null | undefined;
  /** Replaces the whole default prescription: its fields left out take their defaults (perSide false, restSeconds 60, sessionsPerWeek 3). Left out: unchanged; cannot be null */
  prescription?: PrescriptionInput | null | undefined;
  /** The muscles it mainly works: at least one, each once */
  primaryMuscles?: Array<Muscle> | null | undefined;
  /** The body regions it targets: at least one, each once */
  regions?: Array<BodyRegion> | null | undefined;
  /** Muscles it works less, each once. Left out: unchanged; null: none */
  secondaryMuscles?: Array<Muscle> | null | undefined;
  /** Lower-case words joined by hyphens, unique: single-leg-glute-bridge. Left out: unchanged; cannot be null */
  slug?: string | null | undefined;
  /** Its base of support. Left out: unchanged; null: none (refused while IN_REVIEW or PUBLISHED) */
  stance?: Stance | null | undefined;
  /** Instruction steps, in order, at most 30. Left out: unchanged; null: none (refused while IN_REVIEW or PUBLISHED) */
  steps?: Array<string> | null | undefined;
  /** One line on what it is and what it is for */
  summary?: string | null | undefined;
  /** E-P-C-P seconds, X = as fast as possible (e.g. 3-1-X-0). Left out: unchanged; null: none, which only an ISOMETRIC or STRETCH (or not yet tagged) tempo intent allows */
  tempo?: string | null | undefined;
  /** The speed it trains. Left out: unchanged; null: none (refused while IN_REVIEW or PUBLISHED) */
  tempoIntent?: TempoIntent | null | undefined;
};

/** Changes to a picture or video: a field left out keeps its value; null clears a text; position cannot be null */
export type UpdateExerciseMediaInput = {
  /** What it shows, for screen readers and printouts, up to 1000 characters */
  altText?: string | null | undefined;
  /** Who made it (wins over credit) */
  author?: string | null | undefined;
  /**
   * Who made it
   * @deprecated Use author
   */
  credit?: string | null | undefined;
  /** The picture or video to change. Required (nullable only while the deprecated id argument is accepted) */
  id?: string | number | null | undefined;
  /** The licence's name. Changing it keeps a verified item verified; it never verifies an unverified one (verifyMediaLicence does), and clearing it unverifies */
  licence?: string | null | undefined;
  /** The licence's text online (http/https) */
  licenceUrl?: string | null | undefined;
  /** Moves the item to this place (0 first); the others keep their order */
  position?: number | null | undefined;
  /** Where it came from: a URL or a name */
  source?: string | null | undefined;
};

export type ConsoleLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ConsoleLoginMutation = { login: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, account: { id: string, email: string, displayName: string, role: Role } } };

export type ConsoleSignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type ConsoleSignOutMutation = { signOut: { sessionsEnded: number } };

export type ConsoleChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ConsoleChangePasswordMutation = { changePassword: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, account: { id: string, email: string, displayName: string, role: Role } } };

export type ConsoleExerciseForEditQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleExerciseForEditQuery = { exercise: { id: string, slug: string, name: string, aliases: Array<string>, summary: string, status: ExerciseStatus, version: number, updatedAt: string, difficulty: number, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, focus: Array<RunningFocus>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, tempo: { notation: string | null, intent: TempoIntent | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number }, revisions: { nodes: Array<{ version: number, createdAt: string, message: string, author: { displayName: string } | null }> } | null } | null };

export type ConsoleUpdateExerciseMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type ConsoleUpdateExerciseMutation = { updateExercise: { id: string, slug: string, version: number } };

export type ConsoleCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type ConsoleCreateExerciseMutation = { createExercise: { id: string, slug: string, version: number } };

export type ExerciseRowFragment = { id: string, slug: string, name: string, status: ExerciseStatus, difficulty: number, planes: Array<Plane>, stance: Stance | null, tempo: { notation: string | null, intent: TempoIntent | null } };

export type FacetCountsFragment = { total: number, planes: Array<{ value: Plane, count: number }>, stance: Array<{ value: Stance, count: number }>, position: Array<{ value: BodyPosition, count: number }>, tempoIntent: Array<{ value: TempoIntent, count: number }>, loadKind: Array<{ value: LoadKind, count: number }>, equipment: Array<{ value: Equipment, count: number }>, region: Array<{ value: BodyRegion, count: number }>, focus: Array<{ value: RunningFocus, count: number }>, difficulty: Array<{ value: number, count: number }> };

export type ConsoleExerciseListQueryVariables = Exact<{
  filter?: ExerciseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleExerciseListQuery = { exercises: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, status: ExerciseStatus, difficulty: number, planes: Array<Plane>, stance: Stance | null, tempo: { notation: string | null, intent: TempoIntent | null } }> }, exerciseFacets: { total: number, planes: Array<{ value: Plane, count: number }>, stance: Array<{ value: Stance, count: number }>, position: Array<{ value: BodyPosition, count: number }>, tempoIntent: Array<{ value: TempoIntent, count: number }>, loadKind: Array<{ value: LoadKind, count: number }>, equipment: Array<{ value: Equipment, count: number }>, region: Array<{ value: BodyRegion, count: number }>, focus: Array<{ value: RunningFocus, count: number }>, difficulty: Array<{ value: number, count: number }> } };

export type ConsoleExerciseSearchQueryVariables = Exact<{
  query: string;
  filter?: ExerciseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleExerciseSearchQuery = { searchExercises: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, status: ExerciseStatus, difficulty: number, planes: Array<Plane>, stance: Stance | null, tempo: { notation: string | null, intent: TempoIntent | null } }> }, exerciseFacets: { total: number, planes: Array<{ value: Plane, count: number }>, stance: Array<{ value: Stance, count: number }>, position: Array<{ value: BodyPosition, count: number }>, tempoIntent: Array<{ value: TempoIntent, count: number }>, loadKind: Array<{ value: LoadKind, count: number }>, equipment: Array<{ value: Equipment, count: number }>, region: Array<{ value: BodyRegion, count: number }>, focus: Array<{ value: RunningFocus, count: number }>, difficulty: Array<{ value: number, count: number }> } };

export type ConsoleExerciseDetailQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleExerciseDetailQuery = { exercise: { id: string, slug: string, name: string, aliases: Array<string>, summary: string, status: ExerciseStatus, version: number, updatedAt: string, difficulty: number, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, focus: Array<RunningFocus>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, needsTagging: Array<TagFacet>, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, tempo: { notation: string | null, intent: TempoIntent | null, timeUnderTensionSeconds: number | null, eccentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, bottomPause: { notation: string, seconds: number, asFastAsPossible: boolean } | null, concentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, topPause: { notation: string, seconds: number, asFastAsPossible: boolean } | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number }, media: Array<{ id: string, kind: MediaKind, url: string, altText: string, author: string, licence: string, licenceVerified: boolean, width: number | null, height: number | null, poster: { url: string, altText: string } | null }>, translations: Array<{ id: string, locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null, outdated: boolean, version: number, updatedAt: string }> } | null };

export type ConsoleDeleteMediaMutationVariables = Exact<{
  input: DeleteExerciseMediaInput;
}>;


export type ConsoleDeleteMediaMutation = { deleteExerciseMedia: { deletedMediaId: string, exercise: { id: string, version: number } } };

export type ConsoleUpdateMediaMutationVariables = Exact<{
  input: UpdateExerciseMediaInput;
}>;


export type ConsoleUpdateMediaMutation = { updateExerciseMedia: { id: string, altText: string, author: string, licence: string } };

export type LadderEdgeFragment = { id: string, kind: ProgressionKind, changes: Array<ProgressionDimension>, criterion: string, order: number, from: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus }, to: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus } };

export type ConsoleExerciseLadderQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleExerciseLadderQuery = { exercise: { id: string, slug: string, name: string, difficulty: number, ladder: Array<{ level: number, exercise: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus, progressions: Array<{ id: string, kind: ProgressionKind, changes: Array<ProgressionDimension>, criterion: string, order: number, from: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus }, to: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus } }> }, via: { id: string, kind: ProgressionKind, changes: Array<ProgressionDimension>, criterion: string, order: number, from: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus }, to: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus } } | null }>, progressions: Array<{ id: string, kind: ProgressionKind, changes: Array<ProgressionDimension>, criterion: string, order: number, from: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus }, to: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus } }>, regressions: Array<{ id: string, kind: ProgressionKind, changes: Array<ProgressionDimension>, criterion: string, order: number, from: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus }, to: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus } }>, variations: Array<{ id: string, kind: ProgressionKind, changes: Array<ProgressionDimension>, criterion: string, order: number, from: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus }, to: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus } }> } | null };

export type ConsoleProgressionPickQueryVariables = Exact<{
  query: string;
}>;


export type ConsoleProgressionPickQuery = { searchExercises: { nodes: Array<{ id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus }> } };

export type ConsoleLinkExercisesMutationVariables = Exact<{
  input: LinkExercisesInput;
}>;


export type ConsoleLinkExercisesMutation = { linkExercises: { id: string, kind: ProgressionKind, changes: Array<ProgressionDimension>, criterion: string, order: number, from: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus }, to: { id: string, slug: string, name: string, difficulty: number, status: ExerciseStatus } } };

export type ConsoleRemoveProgressionMutationVariables = Exact<{
  input: RemoveProgressionInput;
}>;


export type ConsoleRemoveProgressionMutation = { removeProgression: { removedProgressionId: string } };

export type TaggingRowFragment = { id: string, slug: string, name: string, version: number, needsTagging: Array<TagFacet>, tempo: { notation: string | null } };

export type ConsoleTaggingQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleTaggingQueueQuery = { exercisesNeedingTags: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, version: number, needsTagging: Array<TagFacet>, tempo: { notation: string | null } }> } };

export type ConsoleTagExerciseMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type ConsoleTagExerciseMutation = { updateExercise: { id: string, version: number, needsTagging: Array<TagFacet> } };

export type TranslationFieldsFragment = { id: string, locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null, outdated: boolean, version: number, updatedAt: string };

export type ConsoleExerciseTranslationsQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleExerciseTranslationsQuery = { exercise: { id: string, slug: string, name: string, summary: string, steps: Array<string>, cues: Array<string>, precautions: Array<string>, version: number, translations: Array<{ id: string, locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null, outdated: boolean, version: number, updatedAt: string }>, revisions: { nodes: Array<{ version: number, createdAt: string, snapshot: unknown }> } | null } | null };

export type ConsoleSetTranslationMutationVariables = Exact<{
  input: SetExerciseTranslationInput;
}>;


export type ConsoleSetTranslationMutation = { setExerciseTranslation: { id: string, locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null, outdated: boolean, version: number, updatedAt: string } };

export type ConsoleRemoveTranslationMutationVariables = Exact<{
  input: RemoveExerciseTranslationInput;
}>;


export type ConsoleRemoveTranslationMutation = { removeExerciseTranslation: { id: string, version: number } };

export type ConsoleChangeExerciseStatusMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;


export type ConsoleChangeExerciseStatusMutation = { changeExerciseStatus: { id: string, status: ExerciseStatus, version: number } };

export type ConsoleExerciseRevisionsQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleExerciseRevisionsQuery = { exercise: { id: string, slug: string, name: string, status: ExerciseStatus, version: number, revisions: { totalCount: number, nodes: Array<{ id: string, version: number, createdAt: string, message: string, author: { id: string, displayName: string } | null }> } | null } | null };

export type ConsoleExerciseRevisionDiffQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;


export type ConsoleExerciseRevisionDiffQuery = { exerciseRevisionDiff: Array<{ field: string, before: unknown, after: unknown }> };

export type ConsoleRestoreExerciseRevisionMutationVariables = Exact<{
  input: RestoreRevisionInput;
}>;


export type ConsoleRestoreExerciseRevisionMutation = { restoreExerciseRevision: { id: string, status: ExerciseStatus, version: number } };

export type SessionFieldsFragment = { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, account: { id: string, email: string, displayName: string, role: Role } };

export type ConsoleRefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type ConsoleRefreshSessionMutation = { refreshSession: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, account: { id: string, email: string, displayName: string, role: Role } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExerciseRowFragmentDoc = new TypedDocumentString(`
    fragment ExerciseRow on Exercise {
  id
  slug
  name
  status
  difficulty
  planes
  stance
  tempo {
    notation
    intent
  }
}
    `, {"fragmentName":"ExerciseRow"}) as unknown as TypedDocumentString<ExerciseRowFragment, unknown>;
export const FacetCountsFragmentDoc = new TypedDocumentString(`
    fragment FacetCounts on ExerciseFacets {
  total
  planes {
    value
    count
  }
  stance {
    value
    count
  }
  position {
    value
    count
  }
  tempoIntent {
    value
    count
  }
  loadKind {
    value
    count
  }
  equipment {
    value
    count
  }
  region {
    value
    count
  }
  focus {
    value
    count
  }
  difficulty {
    value
    count
  }
}
    `, {"fragmentName":"FacetCounts"}) as unknown as TypedDocumentString<FacetCountsFragment, unknown>;
export const LadderEdgeFragmentDoc = new TypedDocumentString(`
    fragment LadderEdge on Progression {
  id
  kind
  changes
  criterion
  order
  from {
    id
    slug
    name
    difficulty
    status
  }
  to {
    id
    slug
    name
    difficulty
    status
  }
}
    `, {"fragmentName":"LadderEdge"}) as unknown as TypedDocumentString<LadderEdgeFragment, unknown>;
export const TaggingRowFragmentDoc = new TypedDocumentString(`
    fragment TaggingRow on Exercise {
  id
  slug
  name
  version
  needsTagging
  tempo {
    notation
  }
}
    `, {"fragmentName":"TaggingRow"}) as unknown as TypedDocumentString<TaggingRowFragment, unknown>;
export const TranslationFieldsFragmentDoc = new TypedDocumentString(`
    fragment TranslationFields on ExerciseTranslation {
  id
  locale
  name
  summary
  steps
  cues
  precautions
  outdated
  version
  updatedAt
}
    `, {"fragmentName":"TranslationFields"}) as unknown as TypedDocumentString<TranslationFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  account {
    id
    email
    displayName
    role
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($input: LoginInput!) {
  login(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  account {
    id
    email
    displayName
    role
  }
}`) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleSignOutDocument = new TypedDocumentString(`
    mutation ConsoleSignOut($input: SignOutInput!) {
  signOut(input: $input) {
    sessionsEnded
  }
}
    `) as unknown as TypedDocumentString<ConsoleSignOutMutation, ConsoleSignOutMutationVariables>;
export const ConsoleChangePasswordDocument = new TypedDocumentString(`
    mutation ConsoleChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  account {
    id
    email
    displayName
    role
  }
}`) as unknown as TypedDocumentString<ConsoleChangePasswordMutation, ConsoleChangePasswordMutationVariables>;
export const ConsoleExerciseForEditDocument = new TypedDocumentString(`
    query ConsoleExerciseForEdit($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    slug
    name
    aliases
    summary
    status
    version
    updatedAt
    difficulty
    planes
    stance
    position
    loadKind
    equipment
    regions
    focus
    primaryMuscles
    secondaryMuscles
    tempo {
      notation
      intent
    }
    intensity {
      scale
      value
      unit
      bandColour
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      restSeconds
      sessionsPerWeek
    }
    steps
    cues
    mistakes
    precautions
    revisions(first: 1) {
      nodes {
        version
        createdAt
        message
        author {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExerciseForEditQuery, ConsoleExerciseForEditQueryVariables>;
export const ConsoleUpdateExerciseDocument = new TypedDocumentString(`
    mutation ConsoleUpdateExercise($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    id
    slug
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateExerciseMutation, ConsoleUpdateExerciseMutationVariables>;
export const ConsoleCreateExerciseDocument = new TypedDocumentString(`
    mutation ConsoleCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    slug
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateExerciseMutation, ConsoleCreateExerciseMutationVariables>;
export const ConsoleExerciseListDocument = new TypedDocumentString(`
    query ConsoleExerciseList($filter: ExerciseFilter, $first: Int, $after: String, $last: Int, $before: String) {
  exercises(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...ExerciseRow
    }
  }
  exerciseFacets(filter: $filter) {
    ...FacetCounts
  }
}
    fragment ExerciseRow on Exercise {
  id
  slug
  name
  status
  difficulty
  planes
  stance
  tempo {
    notation
    intent
  }
}
fragment FacetCounts on ExerciseFacets {
  total
  planes {
    value
    count
  }
  stance {
    value
    count
  }
  position {
    value
    count
  }
  tempoIntent {
    value
    count
  }
  loadKind {
    value
    count
  }
  equipment {
    value
    count
  }
  region {
    value
    count
  }
  focus {
    value
    count
  }
  difficulty {
    value
    count
  }
}`) as unknown as TypedDocumentString<ConsoleExerciseListQuery, ConsoleExerciseListQueryVariables>;
export const ConsoleExerciseSearchDocument = new TypedDocumentString(`
    query ConsoleExerciseSearch($query: String!, $filter: ExerciseFilter, $first: Int, $after: String, $last: Int, $before: String) {
  searchExercises(
    query: $query
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...ExerciseRow
    }
  }
  exerciseFacets(filter: $filter, query: $query) {
    ...FacetCounts
  }
}
    fragment ExerciseRow on Exercise {
  id
  slug
  name
  status
  difficulty
  planes
  stance
  tempo {
    notation
    intent
  }
}
fragment FacetCounts on ExerciseFacets {
  total
  planes {
    value
    count
  }
  stance {
    value
    count
  }
  position {
    value
    count
  }
  tempoIntent {
    value
    count
  }
  loadKind {
    value
    count
  }
  equipment {
    value
    count
  }
  region {
    value
    count
  }
  focus {
    value
    count
  }
  difficulty {
    value
    count
  }
}`) as unknown as TypedDocumentString<ConsoleExerciseSearchQuery, ConsoleExerciseSearchQueryVariables>;
export const ConsoleExerciseDetailDocument = new TypedDocumentString(`
    query ConsoleExerciseDetail($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    slug
    name
    aliases
    summary
    status
    version
    updatedAt
    difficulty
    planes
    stance
    position
    loadKind
    equipment
    regions
    focus
    primaryMuscles
    secondaryMuscles
    needsTagging
    tempo {
      notation
      intent
      timeUnderTensionSeconds
      eccentric {
        notation
        seconds
        asFastAsPossible
      }
      bottomPause {
        notation
        seconds
        asFastAsPossible
      }
      concentric {
        notation
        seconds
        asFastAsPossible
      }
      topPause {
        notation
        seconds
        asFastAsPossible
      }
    }
    intensity {
      scale
      value
      unit
      bandColour
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      restSeconds
      sessionsPerWeek
    }
    steps
    cues
    mistakes
    precautions
    media {
      id
      kind
      url
      altText
      author
      licence
      licenceVerified
      width
      height
      poster {
        url
        altText
      }
    }
    translations {
      id
      locale
      name
      summary
      steps
      cues
      precautions
      outdated
      version
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExerciseDetailQuery, ConsoleExerciseDetailQueryVariables>;
export const ConsoleDeleteMediaDocument = new TypedDocumentString(`
    mutation ConsoleDeleteMedia($input: DeleteExerciseMediaInput!) {
  deleteExerciseMedia(input: $input) {
    deletedMediaId
    exercise {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteMediaMutation, ConsoleDeleteMediaMutationVariables>;
export const ConsoleUpdateMediaDocument = new TypedDocumentString(`
    mutation ConsoleUpdateMedia($input: UpdateExerciseMediaInput!) {
  updateExerciseMedia(input: $input) {
    id
    altText
    author
    licence
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateMediaMutation, ConsoleUpdateMediaMutationVariables>;
export const ConsoleExerciseLadderDocument = new TypedDocumentString(`
    query ConsoleExerciseLadder($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    slug
    name
    difficulty
    ladder(depth: 10) {
      level
      exercise {
        id
        slug
        name
        difficulty
        status
        progressions {
          ...LadderEdge
        }
      }
      via {
        ...LadderEdge
      }
    }
    progressions {
      ...LadderEdge
    }
    regressions {
      ...LadderEdge
    }
    variations {
      ...LadderEdge
    }
  }
}
    fragment LadderEdge on Progression {
  id
  kind
  changes
  criterion
  order
  from {
    id
    slug
    name
    difficulty
    status
  }
  to {
    id
    slug
    name
    difficulty
    status
  }
}`) as unknown as TypedDocumentString<ConsoleExerciseLadderQuery, ConsoleExerciseLadderQueryVariables>;
export const ConsoleProgressionPickDocument = new TypedDocumentString(`
    query ConsoleProgressionPick($query: String!) {
  searchExercises(
    query: $query
    first: 10
    filter: {status: [DRAFT, IN_REVIEW, PUBLISHED]}
  ) {
    nodes {
      id
      slug
      name
      difficulty
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleProgressionPickQuery, ConsoleProgressionPickQueryVariables>;
export const ConsoleLinkExercisesDocument = new TypedDocumentString(`
    mutation ConsoleLinkExercises($input: LinkExercisesInput!) {
  linkExercises(input: $input) {
    ...LadderEdge
  }
}
    fragment LadderEdge on Progression {
  id
  kind
  changes
  criterion
  order
  from {
    id
    slug
    name
    difficulty
    status
  }
  to {
    id
    slug
    name
    difficulty
    status
  }
}`) as unknown as TypedDocumentString<ConsoleLinkExercisesMutation, ConsoleLinkExercisesMutationVariables>;
export const ConsoleRemoveProgressionDocument = new TypedDocumentString(`
    mutation ConsoleRemoveProgression($input: RemoveProgressionInput!) {
  removeProgression(input: $input) {
    removedProgressionId
  }
}
    `) as unknown as TypedDocumentString<ConsoleRemoveProgressionMutation, ConsoleRemoveProgressionMutationVariables>;
export const ConsoleTaggingQueueDocument = new TypedDocumentString(`
    query ConsoleTaggingQueue($first: Int, $after: String, $last: Int, $before: String) {
  exercisesNeedingTags(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...TaggingRow
    }
  }
}
    fragment TaggingRow on Exercise {
  id
  slug
  name
  version
  needsTagging
  tempo {
    notation
  }
}`) as unknown as TypedDocumentString<ConsoleTaggingQueueQuery, ConsoleTaggingQueueQueryVariables>;
export const ConsoleTagExerciseDocument = new TypedDocumentString(`
    mutation ConsoleTagExercise($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    id
    version
    needsTagging
  }
}
    `) as unknown as TypedDocumentString<ConsoleTagExerciseMutation, ConsoleTagExerciseMutationVariables>;
export const ConsoleExerciseTranslationsDocument = new TypedDocumentString(`
    query ConsoleExerciseTranslations($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    slug
    name
    summary
    steps
    cues
    precautions
    version
    translations {
      ...TranslationFields
    }
    revisions(first: 100) {
      nodes {
        version
        createdAt
        snapshot
      }
    }
  }
}
    fragment TranslationFields on ExerciseTranslation {
  id
  locale
  name
  summary
  steps
  cues
  precautions
  outdated
  version
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleExerciseTranslationsQuery, ConsoleExerciseTranslationsQueryVariables>;
export const ConsoleSetTranslationDocument = new TypedDocumentString(`
    mutation ConsoleSetTranslation($input: SetExerciseTranslationInput!) {
  setExerciseTranslation(input: $input) {
    ...TranslationFields
  }
}
    fragment TranslationFields on ExerciseTranslation {
  id
  locale
  name
  summary
  steps
  cues
  precautions
  outdated
  version
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleSetTranslationMutation, ConsoleSetTranslationMutationVariables>;
export const ConsoleRemoveTranslationDocument = new TypedDocumentString(`
    mutation ConsoleRemoveTranslation($input: RemoveExerciseTranslationInput!) {
  removeExerciseTranslation(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleRemoveTranslationMutation, ConsoleRemoveTranslationMutationVariables>;
export const ConsoleChangeExerciseStatusDocument = new TypedDocumentString(`
    mutation ConsoleChangeExerciseStatus($input: ChangeStatusInput!) {
  changeExerciseStatus(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleChangeExerciseStatusMutation, ConsoleChangeExerciseStatusMutationVariables>;
export const ConsoleExerciseRevisionsDocument = new TypedDocumentString(`
    query ConsoleExerciseRevisions($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    slug
    name
    status
    version
    revisions(first: 100) {
      totalCount
      nodes {
        id
        version
        createdAt
        message
        author {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExerciseRevisionsQuery, ConsoleExerciseRevisionsQueryVariables>;
export const ConsoleExerciseRevisionDiffDocument = new TypedDocumentString(`
    query ConsoleExerciseRevisionDiff($id: ID!, $from: Int!, $to: Int!) {
  exerciseRevisionDiff(id: $id, from: $from, to: $to) {
    field
    before
    after
  }
}
    `) as unknown as TypedDocumentString<ConsoleExerciseRevisionDiffQuery, ConsoleExerciseRevisionDiffQueryVariables>;
export const ConsoleRestoreExerciseRevisionDocument = new TypedDocumentString(`
    mutation ConsoleRestoreExerciseRevision($input: RestoreRevisionInput!) {
  restoreExerciseRevision(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleRestoreExerciseRevisionMutation, ConsoleRestoreExerciseRevisionMutationVariables>;
export const ConsoleRefreshSessionDocument = new TypedDocumentString(`
    mutation ConsoleRefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  token
  expiresAt
  refreshToken
  refreshExpiresAt
  account {
    id
    email
    displayName
    role
  }
}`) as unknown as TypedDocumentString<ConsoleRefreshSessionMutation, ConsoleRefreshSessionMutationVariables>;