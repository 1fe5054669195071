/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Stops offering a template, from the version you read */
export type ArchiveProgramTemplateInput = {
  /** The version you read; a stale one is a CONFLICT with extensions.currentVersion */
  expectedVersion: number;
  /** The record to change */
  id: string | number;
};

/** The exercise facets a program is balanced over */
export type BalanceFacet =
  /** Load kind (LoadKind): something loaded beyond body weight is wanted */
  | 'LOAD_KIND'
  /** Planes of motion (Plane): frontal and transverse work are the usual gaps */
  | 'PLANE'
  /** Stance (Stance): single-leg work is the usual gap */
  | 'STANCE'
  /** Tempo intent (TempoIntent): both fast and slow or held work are wanted */
  | 'TEMPO_INTENT';

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

/** A new account, made by an admin */
export type CreateAccountInput = {
  /** The name shown to the team and printed on handouts, 1-120 characters */
  displayName: string;
  /** The sign-in email (any case; stored in lower case); must not be taken */
  email: string;
  /** At least 12 characters, not a common password, a pattern or built from the email or name */
  password: string;
  /** What the account may do */
  role: Role;
};

/** A new read-only key for an app */
export type CreateApiKeyInput = {
  /** Which app holds it, e.g. "patient app" */
  name: string;
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

/** Another link to a handout */
export type CreateHandoutLinkInput = {
  /** Days it works, 1-365 */
  expiresInDays?: number | null | undefined;
  /** The handout (any version) */
  handoutId: string | number;
};

/** A new template: a name and its items, owned by you */
export type CreateProgramTemplateInput = {
  /** What it is for, up to 2000 characters; left out: empty */
  description?: string | null | undefined;
  /** Advice for the patient, in English, printed on its handouts under its own heading: how much pain is fine, when to stop */
  guidance?: string | null | undefined;
  /** The guidance in other languages, one per locale; a handout in a language without one prints the English */
  guidanceTranslations?: Array<GuidanceTranslationInput> | null | undefined;
  /** The exercises in order, 1-40 */
  items: Array<ProgramItemInput>;
  /** Its name, 1-120 characters */
  name: string;
  /** Lower-case words joined by hyphens; made from the name when left out */
  slug?: string | null | undefined;
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

/** How much a gap matters for a runner, HIGH first */
export type GapPriority =
  /** Fill it first: nothing in the frontal plane, or nothing single-leg */
  | 'HIGH'
  /** Nothing slow or held, or nothing loaded beyond body weight (often right early in rehab) */
  | 'LOW'
  /** Nothing in the transverse plane (rotation), or nothing fast or explosive */
  | 'MEDIUM';

/** The template's patient guidance in one language other than English */
export type GuidanceTranslationInput = {
  /** ES, VI or ZH: the English is the guidance field itself */
  locale: Locale;
  /** The guidance in that language, for patients; lines are paragraphs */
  text: string;
};

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

/** A new handout for one patient: from a template, from items, or both (items win) */
export type IssueHandoutInput = {
  /** The clinician named on it (an active clinician or admin: the clinicians query lists them); left out: yourself, unless you are STAFF, who must name one */
  clinicianId?: string | number | null | undefined;
  /** The date printed on it, YYYY-MM-DD; left out: today (the server’s calendar day) */
  issuedOn?: string | null | undefined;
  /** The exercises in order, 1-40; sent with templateId, they replace the template’s. Send templateId, items or both */
  items?: Array<ProgramItemInput> | null | undefined;
  /** Print in large type; left out: false */
  largePrint?: boolean | null | undefined;
  /** Days its new share link works, 1-365; left out: HANDOUT_LINK_DAYS (90 unless configured) */
  linkExpiresInDays?: number | null | undefined;
  /** The language it is printed in; left out: EN */
  locale?: Locale | null | undefined;
  /** The paper to lay it out for; left out: HANDOUT_PAPER_SIZE (A4 unless configured) */
  paperSize?: PaperSize | null | undefined;
  /** As the patient likes to be addressed, 1-120 characters; health data, never logged */
  patientName: string;
  /** Start from this template (not an archived one): its items, and its name as the title */
  templateId?: string | number | null | undefined;
  /** The heading, 1-120 characters; left out: the template's name on an English handout, else "Home exercise program" in its language */
  title?: string | null | undefined;
};

/** Whose password an admin lets be reset */
export type IssuePasswordResetInput = {
  /** The account whose password may be reset */
  accountId: string | number;
};

/** Where a library import stands */
export type LibraryImportStatus =
  /** Stopped: error says why; batches already imported stay */
  | 'FAILED'
  /** Still importing: processed grows towards total */
  | 'RUNNING'
  /** Done: report says what it did */
  | 'SUCCEEDED';

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

/** The paper a handout is laid out for */
export type PaperSize =
  /** A4, 210 × 297 mm: most of the world */
  | 'A4'
  /** US Letter, 8.5 × 11 in: North America */
  | 'LETTER';

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

/** One prescribed exercise of a program: what to do, how much and how often. Exactly one of reps and holdSeconds; tempo and load left out mean "as in the library" */
export type ProgramItemInput = {
  /** Metres covered per set, 1-1000: "3 × 20 m" of A-skips */
  distanceMetres?: number | null | undefined;
  /** Seconds of continuous work per set, 1-1800: "3 × 30 s" of shuffles */
  durationSeconds?: number | null | undefined;
  /** A published exercise (programBalance also takes drafts from clinicians and admins) */
  exerciseId: string | number;
  /** Seconds a position is held still per set, 1-600 */
  holdSeconds?: number | null | undefined;
  /** What to hold or wear and how heavy, in words: "8 kg dumbbell", "red band" */
  load?: string | null | undefined;
  /** For the patient, e.g. "3 s up, 3 s down" or "use a rail for balance" */
  notes?: string | null | undefined;
  /** Done one side at a time, the dose being each side's (printed "each side" when side is BOTH); the exercise's own perSide when left out */
  perSide?: boolean | null | undefined;
  /** Repetitions per set, 1-100. Exactly one of reps, holdSeconds, distanceMetres and durationSeconds */
  reps?: number | null | undefined;
  /** Rest between sets, seconds */
  restSeconds?: number | null | undefined;
  /** Sessions a week, 1-14 */
  sessionsPerWeek: number;
  /** Sets per session, 1-20 */
  sets: number;
  /** Defaults to BOTH */
  side?: Side | null | undefined;
  /** E-P-C-P, e.g. 3-1-1-0; the exercise's tempo when left out */
  tempo?: string | null | undefined;
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

/** A new version of a handout, from its latest: the library’s current text, and what is sent here. A field left out keeps the previous version’s value, but for issuedOn and linkExpiresInDays */
export type ReissueHandoutInput = {
  /** The clinician named on it (an active clinician or admin: the clinicians query lists them); left out: the previous version’s */
  clinicianId?: string | number | null | undefined;
  /** The latest version of the handout */
  id: string | number;
  /** The date printed on it, YYYY-MM-DD; left out: today (the server’s calendar day) */
  issuedOn?: string | null | undefined;
  /** The exercises in order, 1-40; left out: the previous version’s prescriptions, with the library’s current text */
  items?: Array<ProgramItemInput> | null | undefined;
  /** Print in large type; left out: the previous version’s */
  largePrint?: boolean | null | undefined;
  /** Days its new share link works, 1-365; left out: HANDOUT_LINK_DAYS (90 unless configured) */
  linkExpiresInDays?: number | null | undefined;
  /** The language it is printed in; left out: the previous version’s */
  locale?: Locale | null | undefined;
  /** The paper to lay it out for; left out: the previous version’s */
  paperSize?: PaperSize | null | undefined;
  /** As the patient likes to be addressed, 1-120 characters; health data, never logged; left out: the previous version’s */
  patientName?: string | null | undefined;
  /** The heading, 1-120 characters; left out: the previous version’s (a default title follows a change of language) */
  title?: string | null | undefined;
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

/** Offers an archived template again, from the version you read */
export type RestoreProgramTemplateInput = {
  /** The version you read; a stale one is a CONFLICT with extensions.currentVersion */
  expectedVersion: number;
  /** The record to change */
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

/** The API key to stop */
export type RevokeApiKeyInput = {
  /** The key’s id (ApiKey.id), never its secret */
  id: string | number;
};

/** The share link to stop */
export type RevokeHandoutLinkInput = {
  /** The link’s id (HandoutLink.id), not its token */
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

/** Which side a prescription is for */
export type Side =
  /** Both sides, or an exercise done with both at once (the default) */
  | 'BOTH'
  /** The left side only (one leg, after an injury, say) */
  | 'LEFT'
  /** The right side only */
  | 'RIGHT';

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

/** Which free-exercise-db exercises.json to import in the background */
export type StartLibraryImportInput = {
  /** A path inside IMPORT_DIR, e.g. free-exercise-db/dist/exercises.json */
  path: string;
};

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

/** The text of an exercise a translation carries: name, summary, steps, cues and precautions */
export type TranslatableField =
  /** The coaching cues */
  | 'CUES'
  /** The exercise’s name */
  | 'NAME'
  /** The precautions */
  | 'PRECAUTIONS'
  /** The instruction steps */
  | 'STEPS'
  /** The one-line summary */
  | 'SUMMARY';

/** Changes to an account: fields left out keep their value */
export type UpdateAccountInput = {
  /** false stops the account from signing in */
  active?: boolean | null | undefined;
  /** The account to change. Required (nullable only while the deprecated id argument is accepted) */
  id?: string | number | null | undefined;
  /** The new role; left out: unchanged */
  role?: Role | null | undefined;
};

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

/** Changes to a template: a field left out (or null) keeps its value */
export type UpdateProgramTemplateInput = {
  /** A new description, up to 2000 characters (empty clears it); left out or null: unchanged */
  description?: string | null | undefined;
  /** The version you read; a stale one is a CONFLICT with extensions.currentVersion. Required (nullable only while the deprecated version is accepted) */
  expectedVersion?: number | null | undefined;
  /** Advice for the patient, in English, printed on its handouts; "" removes it (with its translations), left out keeps it */
  guidance?: string | null | undefined;
  /** Every translation of the guidance, replacing the stored ones ([] removes them); left out, they stay (and read as outdated once the English changes) */
  guidanceTranslations?: Array<GuidanceTranslationInput> | null | undefined;
  /** The record to change */
  id: string | number;
  /** The exercises in order, 1-40; sent, they replace all the items; left out or null: unchanged */
  items?: Array<ProgramItemInput> | null | undefined;
  /** A new name, 1-120 characters; left out or null: unchanged */
  name?: string | null | undefined;
  /**
   * The version you read
   * @deprecated Use expectedVersion
   */
  version?: number | null | undefined;
};

export type AdminPageInfoFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type AdminAccountRowFragment = { id: string, email: string, displayName: string, role: Role, active: boolean, createdAt: string };

export type ConsoleAdminAccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  role?: Array<Role> | Role | null | undefined;
  active?: boolean | null | undefined;
}>;


export type ConsoleAdminAccountsQuery = { accountsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, email: string, displayName: string, role: Role, active: boolean, createdAt: string }> } };

export type ConsoleAdminActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAdminActorsQuery = { accountsConnection: { nodes: Array<{ id: string, email: string }> } };

export type ConsoleAdminCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type ConsoleAdminCreateAccountMutation = { createAccount: { id: string, email: string, displayName: string, role: Role, active: boolean, createdAt: string } };

export type ConsoleAdminUpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type ConsoleAdminUpdateAccountMutation = { updateAccount: { id: string, email: string, displayName: string, role: Role, active: boolean, createdAt: string } };

export type ConsoleAdminIssueResetMutationVariables = Exact<{
  input: IssuePasswordResetInput;
}>;


export type ConsoleAdminIssueResetMutation = { issuePasswordReset: { url: string, expiresAt: string, account: { id: string, email: string } } };

export type ConsoleAdminApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConsoleAdminApiKeysQuery = { apiKeysConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, prefix: string, createdAt: string, revokedAt: string | null }> } };

export type ConsoleAdminCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ConsoleAdminCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string } } };

export type ConsoleAdminRevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type ConsoleAdminRevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type ConsoleAdminAuditQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  actorId?: string | number | null | undefined;
  action?: string | null | undefined;
  targetId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ConsoleAdminAuditQuery = { auditEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, at: string, actorKind: string, actorId: string | null, action: string, targetType: string | null, targetId: string | null, details: unknown }> } };

export type ConsoleAdminStartImportMutationVariables = Exact<{
  input: StartLibraryImportInput;
}>;


export type ConsoleAdminStartImportMutation = { startLibraryImport: { id: string } };

export type ConsoleAdminLibraryImportQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAdminLibraryImportQuery = { libraryImport: { id: string, path: string, status: LibraryImportStatus, processed: number, total: number | null, error: string | null, report: { total: number, created: number, updated: number, unchanged: number, images: number, seconds: number, skipped: Array<{ id: string, reason: string }> } | null } };

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

export type HandoutLinkFieldsFragment = { id: string, url: string, createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean };

export type ConsoleHandoutQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleHandoutQuery = { handout: { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, clinicianName: string, issuedOn: string, issuedAt: string, locale: Locale, largePrint: boolean, paperSize: PaperSize | null, pdfUrl: string, clinician: { id: string } | null, template: { id: string, name: string } | null, fallbacks: Array<{ exerciseId: string, exerciseName: string, fields: Array<TranslatableField>, language: Locale }>, items: Array<{ position: number, exerciseId: string, name: string, picture: { url: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string } }>, links: Array<{ id: string, url: string, createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean }> } | null };

export type ConsoleHandoutSeriesQueryVariables = Exact<{
  seriesId: string | number;
}>;


export type ConsoleHandoutSeriesQuery = { handouts: { nodes: Array<{ id: string, version: number, title: string, issuedOn: string, issuedAt: string, locale: Locale, largePrint: boolean, clinicianName: string }> } };

export type ConsoleFindHandoutsQueryVariables = Exact<{
  patientName: string;
}>;


export type ConsoleFindHandoutsQuery = { handouts: { totalCount: number, nodes: Array<{ id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, clinicianName: string, issuedOn: string, locale: Locale }> } };

export type ConsoleCreateHandoutLinkMutationVariables = Exact<{
  input: CreateHandoutLinkInput;
}>;


export type ConsoleCreateHandoutLinkMutation = { createHandoutLink: { id: string, url: string, createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean } };

export type ConsoleRevokeHandoutLinkMutationVariables = Exact<{
  input: RevokeHandoutLinkInput;
}>;


export type ConsoleRevokeHandoutLinkMutation = { revokeHandoutLink: { id: string, url: string, createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean } };

export type ConsoleCliniciansQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCliniciansQuery = { clinicians: Array<{ id: string, displayName: string }> };

export type ConsoleHandoutTemplateChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleHandoutTemplateChoicesQuery = { programTemplates: { nodes: Array<{ id: string, name: string, slug: string }> } };

export type ConsoleExercisePrintCheckQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type ConsoleExercisePrintCheckQuery = { exercise: { id: string, name: string, localized: { fallbackFields: Array<TranslatableField> }, media: Array<{ id: string, kind: MediaKind, licenceVerified: boolean }> } | null };

export type ConsoleIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type ConsoleIssueHandoutMutation = { issueHandout: { id: string } };

export type ConsoleReissueHandoutMutationVariables = Exact<{
  input: ReissueHandoutInput;
}>;


export type ConsoleReissueHandoutMutation = { reissueHandout: { id: string } };

export type ConsoleHandoutTemplateItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleHandoutTemplateItemsQuery = { programTemplate: { id: string, name: string, items: Array<{ position: number, exercise: { id: string, name: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string } }> } | null };

export type ConsoleDeleteMediaMutationVariables = Exact<{
  input: DeleteExerciseMediaInput;
}>;


export type ConsoleDeleteMediaMutation = { deleteExerciseMedia: { deletedMediaId: string, exercise: { id: string, version: number } } };

export type ConsoleUpdateMediaMutationVariables = Exact<{
  input: UpdateExerciseMediaInput;
}>;


export type ConsoleUpdateMediaMutation = { updateExerciseMedia: { id: string, altText: string, author: string, licence: string } };

export type ProgramItemPrescriptionFragment = { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string };

export type ConsoleFindProgramExerciseQueryVariables = Exact<{
  query: string;
}>;


export type ConsoleFindProgramExerciseQuery = { searchExercises: { nodes: Array<{ id: string, slug: string, name: string, difficulty: number, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number } }> } };

export type ConsoleExerciseDefaultDoseQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleExerciseDefaultDoseQuery = { exercise: { id: string, name: string, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number } } | null };

export type ConsoleProgramBalanceQueryVariables = Exact<{
  items: Array<ProgramItemInput> | ProgramItemInput;
}>;


export type ConsoleProgramBalanceQuery = { programBalance: { exerciseCount: number, summary: string, medianDifficulty: number | null, planes: Array<{ value: string, count: number, share: number }>, stances: Array<{ value: string, count: number, share: number }>, tempoIntents: Array<{ value: string, count: number, share: number }>, loadKinds: Array<{ value: string, count: number, share: number }>, gaps: Array<{ facet: BalanceFacet, missing: Array<string>, priority: GapPriority, reason: string, suggestions: Array<{ id: string, name: string, difficulty: number }> }> } };

export type ConsoleProgramTemplatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  includeArchived: boolean;
}>;


export type ConsoleProgramTemplatesQuery = { programTemplates: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, description: string, archivedAt: string | null, updatedAt: string, owner: { displayName: string } | null, items: Array<{ position: number }> }> } };

export type ProgramTemplateForEditFragment = { id: string, slug: string, name: string, description: string, guidance: string, version: number, updatedAt: string, archivedAt: string | null, owner: { displayName: string } | null, items: Array<{ position: number, exercise: { id: string, name: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string } }> };

export type ConsoleProgramTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleProgramTemplateQuery = { programTemplate: { id: string, slug: string, name: string, description: string, guidance: string, version: number, updatedAt: string, archivedAt: string | null, owner: { displayName: string } | null, items: Array<{ position: number, exercise: { id: string, name: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string } }> } | null };

export type ConsoleCreateProgramTemplateMutationVariables = Exact<{
  input: CreateProgramTemplateInput;
}>;


export type ConsoleCreateProgramTemplateMutation = { createProgramTemplate: { id: string, slug: string, name: string, description: string, guidance: string, version: number, updatedAt: string, archivedAt: string | null, owner: { displayName: string } | null, items: Array<{ position: number, exercise: { id: string, name: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string } }> } };

export type ConsoleUpdateProgramTemplateMutationVariables = Exact<{
  input: UpdateProgramTemplateInput;
}>;


export type ConsoleUpdateProgramTemplateMutation = { updateProgramTemplate: { id: string, slug: string, name: string, description: string, guidance: string, version: number, updatedAt: string, archivedAt: string | null, owner: { displayName: string } | null, items: Array<{ position: number, exercise: { id: string, name: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string } }> } };

export type ConsoleArchiveProgramTemplateMutationVariables = Exact<{
  input: ArchiveProgramTemplateInput;
}>;


export type ConsoleArchiveProgramTemplateMutation = { archiveProgramTemplate: { id: string, slug: string, name: string, description: string, guidance: string, version: number, updatedAt: string, archivedAt: string | null, owner: { displayName: string } | null, items: Array<{ position: number, exercise: { id: string, name: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string } }> } };

export type ConsoleRestoreProgramTemplateMutationVariables = Exact<{
  input: RestoreProgramTemplateInput;
}>;


export type ConsoleRestoreProgramTemplateMutation = { restoreProgramTemplate: { id: string, slug: string, name: string, description: string, guidance: string, version: number, updatedAt: string, archivedAt: string | null, owner: { displayName: string } | null, items: Array<{ position: number, exercise: { id: string, name: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, side: Side, tempo: string | null, load: string | null, restSeconds: number | null, sessionsPerWeek: number, notes: string } }> } };

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
export const AdminPageInfoFragmentDoc = new TypedDocumentString(`
    fragment AdminPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"AdminPageInfo"}) as unknown as TypedDocumentString<AdminPageInfoFragment, unknown>;
export const AdminAccountRowFragmentDoc = new TypedDocumentString(`
    fragment AdminAccountRow on Account {
  id
  email
  displayName
  role
  active
  createdAt
}
    `, {"fragmentName":"AdminAccountRow"}) as unknown as TypedDocumentString<AdminAccountRowFragment, unknown>;
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
export const HandoutLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment HandoutLinkFields on HandoutLink {
  id
  url
  createdAt
  expiresAt
  revokedAt
  active
}
    `, {"fragmentName":"HandoutLinkFields"}) as unknown as TypedDocumentString<HandoutLinkFieldsFragment, unknown>;
export const ProgramItemPrescriptionFragmentDoc = new TypedDocumentString(`
    fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}
    `, {"fragmentName":"ProgramItemPrescription"}) as unknown as TypedDocumentString<ProgramItemPrescriptionFragment, unknown>;
export const ProgramTemplateForEditFragmentDoc = new TypedDocumentString(`
    fragment ProgramTemplateForEdit on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  version
  updatedAt
  archivedAt
  owner {
    displayName
  }
  items {
    position
    exercise {
      id
      name
    }
    prescription {
      ...ProgramItemPrescription
    }
  }
}
    fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}`, {"fragmentName":"ProgramTemplateForEdit"}) as unknown as TypedDocumentString<ProgramTemplateForEditFragment, unknown>;
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
export const ConsoleAdminAccountsDocument = new TypedDocumentString(`
    query ConsoleAdminAccounts($first: Int, $after: String, $last: Int, $before: String, $role: [Role!], $active: Boolean) {
  accountsConnection(
    first: $first
    after: $after
    last: $last
    before: $before
    role: $role
    active: $active
  ) {
    totalCount
    pageInfo {
      ...AdminPageInfo
    }
    nodes {
      ...AdminAccountRow
    }
  }
}
    fragment AdminPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment AdminAccountRow on Account {
  id
  email
  displayName
  role
  active
  createdAt
}`) as unknown as TypedDocumentString<ConsoleAdminAccountsQuery, ConsoleAdminAccountsQueryVariables>;
export const ConsoleAdminActorsDocument = new TypedDocumentString(`
    query ConsoleAdminActors {
  accountsConnection(first: 100) {
    nodes {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdminActorsQuery, ConsoleAdminActorsQueryVariables>;
export const ConsoleAdminCreateAccountDocument = new TypedDocumentString(`
    mutation ConsoleAdminCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    ...AdminAccountRow
  }
}
    fragment AdminAccountRow on Account {
  id
  email
  displayName
  role
  active
  createdAt
}`) as unknown as TypedDocumentString<ConsoleAdminCreateAccountMutation, ConsoleAdminCreateAccountMutationVariables>;
export const ConsoleAdminUpdateAccountDocument = new TypedDocumentString(`
    mutation ConsoleAdminUpdateAccount($input: UpdateAccountInput!) {
  updateAccount(input: $input) {
    ...AdminAccountRow
  }
}
    fragment AdminAccountRow on Account {
  id
  email
  displayName
  role
  active
  createdAt
}`) as unknown as TypedDocumentString<ConsoleAdminUpdateAccountMutation, ConsoleAdminUpdateAccountMutationVariables>;
export const ConsoleAdminIssueResetDocument = new TypedDocumentString(`
    mutation ConsoleAdminIssueReset($input: IssuePasswordResetInput!) {
  issuePasswordReset(input: $input) {
    url
    expiresAt
    account {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdminIssueResetMutation, ConsoleAdminIssueResetMutationVariables>;
export const ConsoleAdminApiKeysDocument = new TypedDocumentString(`
    query ConsoleAdminApiKeys($first: Int, $after: String, $last: Int, $before: String) {
  apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      ...AdminPageInfo
    }
    nodes {
      id
      name
      prefix
      createdAt
      revokedAt
    }
  }
}
    fragment AdminPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConsoleAdminApiKeysQuery, ConsoleAdminApiKeysQueryVariables>;
export const ConsoleAdminCreateApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleAdminCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdminCreateApiKeyMutation, ConsoleAdminCreateApiKeyMutationVariables>;
export const ConsoleAdminRevokeApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleAdminRevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdminRevokeApiKeyMutation, ConsoleAdminRevokeApiKeyMutationVariables>;
export const ConsoleAdminAuditDocument = new TypedDocumentString(`
    query ConsoleAdminAudit($first: Int, $after: String, $last: Int, $before: String, $actorId: ID, $action: String, $targetId: ID, $from: DateTime, $to: DateTime) {
  auditEntries(
    first: $first
    after: $after
    last: $last
    before: $before
    actorId: $actorId
    action: $action
    targetId: $targetId
    from: $from
    to: $to
  ) {
    totalCount
    pageInfo {
      ...AdminPageInfo
    }
    nodes {
      id
      at
      actorKind
      actorId
      action
      targetType
      targetId
      details
    }
  }
}
    fragment AdminPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConsoleAdminAuditQuery, ConsoleAdminAuditQueryVariables>;
export const ConsoleAdminStartImportDocument = new TypedDocumentString(`
    mutation ConsoleAdminStartImport($input: StartLibraryImportInput!) {
  startLibraryImport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdminStartImportMutation, ConsoleAdminStartImportMutationVariables>;
export const ConsoleAdminLibraryImportDocument = new TypedDocumentString(`
    query ConsoleAdminLibraryImport($id: ID!) {
  libraryImport(id: $id) {
    id
    path
    status
    processed
    total
    error
    report {
      total
      created
      updated
      unchanged
      images
      seconds
      skipped {
        id
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdminLibraryImportQuery, ConsoleAdminLibraryImportQueryVariables>;
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
export const ConsoleHandoutDocument = new TypedDocumentString(`
    query ConsoleHandout($id: ID!) {
  handout(id: $id) {
    id
    seriesId
    version
    latestVersion
    title
    patientName
    clinicianName
    clinician {
      id
    }
    issuedOn
    issuedAt
    locale
    largePrint
    paperSize
    pdfUrl
    template {
      id
      name
    }
    fallbacks {
      exerciseId
      exerciseName
      fields
      language
    }
    items {
      position
      exerciseId
      name
      picture {
        url
      }
      prescription {
        ...ProgramItemPrescription
      }
    }
    links {
      ...HandoutLinkFields
    }
  }
}
    fragment HandoutLinkFields on HandoutLink {
  id
  url
  createdAt
  expiresAt
  revokedAt
  active
}
fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}`) as unknown as TypedDocumentString<ConsoleHandoutQuery, ConsoleHandoutQueryVariables>;
export const ConsoleHandoutSeriesDocument = new TypedDocumentString(`
    query ConsoleHandoutSeries($seriesId: ID!) {
  handouts(seriesId: $seriesId, first: 100) {
    nodes {
      id
      version
      title
      issuedOn
      issuedAt
      locale
      largePrint
      clinicianName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleHandoutSeriesQuery, ConsoleHandoutSeriesQueryVariables>;
export const ConsoleFindHandoutsDocument = new TypedDocumentString(`
    query ConsoleFindHandouts($patientName: String!) {
  handouts(patientName: $patientName, first: 50) {
    totalCount
    nodes {
      id
      seriesId
      version
      latestVersion
      title
      patientName
      clinicianName
      issuedOn
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFindHandoutsQuery, ConsoleFindHandoutsQueryVariables>;
export const ConsoleCreateHandoutLinkDocument = new TypedDocumentString(`
    mutation ConsoleCreateHandoutLink($input: CreateHandoutLinkInput!) {
  createHandoutLink(input: $input) {
    ...HandoutLinkFields
  }
}
    fragment HandoutLinkFields on HandoutLink {
  id
  url
  createdAt
  expiresAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<ConsoleCreateHandoutLinkMutation, ConsoleCreateHandoutLinkMutationVariables>;
export const ConsoleRevokeHandoutLinkDocument = new TypedDocumentString(`
    mutation ConsoleRevokeHandoutLink($input: RevokeHandoutLinkInput!) {
  revokeHandoutLink(input: $input) {
    ...HandoutLinkFields
  }
}
    fragment HandoutLinkFields on HandoutLink {
  id
  url
  createdAt
  expiresAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<ConsoleRevokeHandoutLinkMutation, ConsoleRevokeHandoutLinkMutationVariables>;
export const ConsoleCliniciansDocument = new TypedDocumentString(`
    query ConsoleClinicians {
  clinicians {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<ConsoleCliniciansQuery, ConsoleCliniciansQueryVariables>;
export const ConsoleHandoutTemplateChoicesDocument = new TypedDocumentString(`
    query ConsoleHandoutTemplateChoices {
  programTemplates(first: 100) {
    nodes {
      id
      name
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleHandoutTemplateChoicesQuery, ConsoleHandoutTemplateChoicesQueryVariables>;
export const ConsoleExercisePrintCheckDocument = new TypedDocumentString(`
    query ConsoleExercisePrintCheck($id: ID!, $locale: Locale!) {
  exercise(by: {id: $id}) {
    id
    name
    localized(locale: $locale) {
      fallbackFields
    }
    media {
      id
      kind
      licenceVerified
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExercisePrintCheckQuery, ConsoleExercisePrintCheckQueryVariables>;
export const ConsoleIssueHandoutDocument = new TypedDocumentString(`
    mutation ConsoleIssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleIssueHandoutMutation, ConsoleIssueHandoutMutationVariables>;
export const ConsoleReissueHandoutDocument = new TypedDocumentString(`
    mutation ConsoleReissueHandout($input: ReissueHandoutInput!) {
  reissueHandout(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleReissueHandoutMutation, ConsoleReissueHandoutMutationVariables>;
export const ConsoleHandoutTemplateItemsDocument = new TypedDocumentString(`
    query ConsoleHandoutTemplateItems($id: ID!) {
  programTemplate(by: {id: $id}) {
    id
    name
    items {
      position
      exercise {
        id
        name
      }
      prescription {
        ...ProgramItemPrescription
      }
    }
  }
}
    fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}`) as unknown as TypedDocumentString<ConsoleHandoutTemplateItemsQuery, ConsoleHandoutTemplateItemsQueryVariables>;
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
export const ConsoleFindProgramExerciseDocument = new TypedDocumentString(`
    query ConsoleFindProgramExercise($query: String!) {
  searchExercises(query: $query, first: 10) {
    nodes {
      id
      slug
      name
      difficulty
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
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFindProgramExerciseQuery, ConsoleFindProgramExerciseQueryVariables>;
export const ConsoleExerciseDefaultDoseDocument = new TypedDocumentString(`
    query ConsoleExerciseDefaultDose($id: ID!) {
  exercise(by: {id: $id}) {
    id
    name
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
  }
}
    `) as unknown as TypedDocumentString<ConsoleExerciseDefaultDoseQuery, ConsoleExerciseDefaultDoseQueryVariables>;
export const ConsoleProgramBalanceDocument = new TypedDocumentString(`
    query ConsoleProgramBalance($items: [ProgramItemInput!]!) {
  programBalance(items: $items) {
    exerciseCount
    summary
    medianDifficulty
    planes {
      value
      count
      share
    }
    stances {
      value
      count
      share
    }
    tempoIntents {
      value
      count
      share
    }
    loadKinds {
      value
      count
      share
    }
    gaps {
      facet
      missing
      priority
      reason
      suggestions {
        id
        name
        difficulty
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleProgramBalanceQuery, ConsoleProgramBalanceQueryVariables>;
export const ConsoleProgramTemplatesDocument = new TypedDocumentString(`
    query ConsoleProgramTemplates($first: Int, $after: String, $last: Int, $before: String, $includeArchived: Boolean!) {
  programTemplates(
    first: $first
    after: $after
    last: $last
    before: $before
    includeArchived: $includeArchived
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      id
      name
      description
      archivedAt
      updatedAt
      owner {
        displayName
      }
      items {
        position
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleProgramTemplatesQuery, ConsoleProgramTemplatesQueryVariables>;
export const ConsoleProgramTemplateDocument = new TypedDocumentString(`
    query ConsoleProgramTemplate($id: ID!) {
  programTemplate(by: {id: $id}) {
    ...ProgramTemplateForEdit
  }
}
    fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}
fragment ProgramTemplateForEdit on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  version
  updatedAt
  archivedAt
  owner {
    displayName
  }
  items {
    position
    exercise {
      id
      name
    }
    prescription {
      ...ProgramItemPrescription
    }
  }
}`) as unknown as TypedDocumentString<ConsoleProgramTemplateQuery, ConsoleProgramTemplateQueryVariables>;
export const ConsoleCreateProgramTemplateDocument = new TypedDocumentString(`
    mutation ConsoleCreateProgramTemplate($input: CreateProgramTemplateInput!) {
  createProgramTemplate(input: $input) {
    ...ProgramTemplateForEdit
  }
}
    fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}
fragment ProgramTemplateForEdit on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  version
  updatedAt
  archivedAt
  owner {
    displayName
  }
  items {
    position
    exercise {
      id
      name
    }
    prescription {
      ...ProgramItemPrescription
    }
  }
}`) as unknown as TypedDocumentString<ConsoleCreateProgramTemplateMutation, ConsoleCreateProgramTemplateMutationVariables>;
export const ConsoleUpdateProgramTemplateDocument = new TypedDocumentString(`
    mutation ConsoleUpdateProgramTemplate($input: UpdateProgramTemplateInput!) {
  updateProgramTemplate(input: $input) {
    ...ProgramTemplateForEdit
  }
}
    fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}
fragment ProgramTemplateForEdit on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  version
  updatedAt
  archivedAt
  owner {
    displayName
  }
  items {
    position
    exercise {
      id
      name
    }
    prescription {
      ...ProgramItemPrescription
    }
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateProgramTemplateMutation, ConsoleUpdateProgramTemplateMutationVariables>;
export const ConsoleArchiveProgramTemplateDocument = new TypedDocumentString(`
    mutation ConsoleArchiveProgramTemplate($input: ArchiveProgramTemplateInput!) {
  archiveProgramTemplate(input: $input) {
    ...ProgramTemplateForEdit
  }
}
    fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}
fragment ProgramTemplateForEdit on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  version
  updatedAt
  archivedAt
  owner {
    displayName
  }
  items {
    position
    exercise {
      id
      name
    }
    prescription {
      ...ProgramItemPrescription
    }
  }
}`) as unknown as TypedDocumentString<ConsoleArchiveProgramTemplateMutation, ConsoleArchiveProgramTemplateMutationVariables>;
export const ConsoleRestoreProgramTemplateDocument = new TypedDocumentString(`
    mutation ConsoleRestoreProgramTemplate($input: RestoreProgramTemplateInput!) {
  restoreProgramTemplate(input: $input) {
    ...ProgramTemplateForEdit
  }
}
    fragment ProgramItemPrescription on ItemPrescription {
  sets
  reps
  holdSeconds
  distanceMetres
  durationSeconds
  perSide
  side
  tempo
  load
  restSeconds
  sessionsPerWeek
  notes
}
fragment ProgramTemplateForEdit on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  version
  updatedAt
  archivedAt
  owner {
    displayName
  }
  items {
    position
    exercise {
      id
      name
    }
    prescription {
      ...ProgramItemPrescription
    }
  }
}`) as unknown as TypedDocumentString<ConsoleRestoreProgramTemplateMutation, ConsoleRestoreProgramTemplateMutationVariables>;
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