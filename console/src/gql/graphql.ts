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

/** The link between two exercises to remove */
export type RemoveProgressionInput = {
  /** Progression.id */
  id: string | number;
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
  /** Quality: control of the body over its base of support */
  | 'BALANCE'
  /** Injury: pain on the outside of the hip, from the gluteal tendons */
  | 'GLUTEAL_TENDINOPATHY'
  /** Injury: a strain of the muscles at the back of the thigh */
  | 'HAMSTRING_STRAIN'
  /** Injury: a strain at the front of the hip */
  | 'HIP_FLEXOR_STRAIN'
  /** Injury: pain on the outside of the knee, where the iliotibial band crosses it */
  | 'IT_BAND_SYNDROME'
  /** Injury: low back pain */
  | 'LOW_BACK_PAIN'
  /** Injury: pain along the inner edge of the shin bone (shin splints) */
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
  /** Quality: how little energy a given pace costs (stiffness, elastic return) */
  | 'RUNNING_ECONOMY'
  /** Quality: force, built with progressive load */
  | 'STRENGTH';

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
  /** A hold: nothing moves (a plank, a wall sit). The only intent whose tempo may be left out */
  | 'ISOMETRIC'
  /** An ordinary, steady pace */
  | 'MODERATE'
  /** Slow reps under control, usually a long lowering (3-1-1-0) */
  | 'SLOW_CONTROLLED';

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

export type ExerciseRowFragment = { id: string, slug: string, name: string, status: ExerciseStatus, difficulty: number, planes: Array<Plane>, stance: Stance | null, tempo: { notation: string | null } };

export type FacetCountsFragment = { total: number, planes: Array<{ value: Plane, count: number }>, stance: Array<{ value: Stance, count: number }>, position: Array<{ value: BodyPosition, count: number }>, tempoIntent: Array<{ value: TempoIntent, count: number }>, loadKind: Array<{ value: LoadKind, count: number }>, equipment: Array<{ value: Equipment, count: number }>, region: Array<{ value: BodyRegion, count: number }>, focus: Array<{ value: RunningFocus, count: number }>, difficulty: Array<{ value: number, count: number }> };

export type ConsoleExerciseListQueryVariables = Exact<{
  filter?: ExerciseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleExerciseListQuery = { exercises: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, status: ExerciseStatus, difficulty: number, planes: Array<Plane>, stance: Stance | null, tempo: { notation: string | null } }> }, exerciseFacets: { total: number, planes: Array<{ value: Plane, count: number }>, stance: Array<{ value: Stance, count: number }>, position: Array<{ value: BodyPosition, count: number }>, tempoIntent: Array<{ value: TempoIntent, count: number }>, loadKind: Array<{ value: LoadKind, count: number }>, equipment: Array<{ value: Equipment, count: number }>, region: Array<{ value: BodyRegion, count: number }>, focus: Array<{ value: RunningFocus, count: number }>, difficulty: Array<{ value: number, count: number }> } };

export type ConsoleExerciseSearchQueryVariables = Exact<{
  query: string;
  filter?: ExerciseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleExerciseSearchQuery = { searchExercises: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, status: ExerciseStatus, difficulty: number, planes: Array<Plane>, stance: Stance | null, tempo: { notation: string | null } }> }, exerciseFacets: { total: number, planes: Array<{ value: Plane, count: number }>, stance: Array<{ value: Stance, count: number }>, position: Array<{ value: BodyPosition, count: number }>, tempoIntent: Array<{ value: TempoIntent, count: number }>, loadKind: Array<{ value: LoadKind, count: number }>, equipment: Array<{ value: Equipment, count: number }>, region: Array<{ value: BodyRegion, count: number }>, focus: Array<{ value: RunningFocus, count: number }>, difficulty: Array<{ value: number, count: number }> } };

export type ConsoleExerciseDetailQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleExerciseDetailQuery = { exercise: { id: string, slug: string, name: string, aliases: Array<string>, summary: string, status: ExerciseStatus, version: number, updatedAt: string, difficulty: number, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, focus: Array<RunningFocus>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, needsTagging: Array<TagFacet>, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, tempo: { notation: string | null, intent: TempoIntent | null, timeUnderTensionSeconds: number | null, eccentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, bottomPause: { notation: string, seconds: number, asFastAsPossible: boolean } | null, concentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, topPause: { notation: string, seconds: number, asFastAsPossible: boolean } | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number }, media: Array<{ id: string, kind: MediaKind, url: string, altText: string, author: string, licence: string, licenceVerified: boolean, width: number | null, height: number | null, poster: { url: string, altText: string } | null }>, translations: Array<{ id: string, locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null, outdated: boolean, version: number, updatedAt: string }> } | null };

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