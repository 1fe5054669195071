/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an opening of a handout came to */
export type AccessOutcome =
  /** Refused: the link had expired */
  | 'EXPIRED'
  /** Refused: the link had been revoked */
  | 'REVOKED'
  /** The handout was shown */
  | 'SERVED';

/** A video link to add at the end of an exercise’s media */
export type AddExerciseVideoInput = {
  /** What the video shows, up to 1000 characters; left out: none yet (needed to publish) */
  altText?: string | null | undefined;
  /** Who made it (wins over credit) */
  author?: string | null | undefined;
  /**
   * Who made it
   * @deprecated Use author
   */
  credit?: string | null | undefined;
  /** The exercise */
  exerciseId: string | number;
  /** The licence's name, e.g. CC BY 4.0. Sent, the link counts as verified (licenceVerified) */
  licence?: string | null | undefined;
  /** The licence's text online (http/https) */
  licenceUrl?: string | null | undefined;
  /** An image of the same exercise */
  posterMediaId?: string | number | null | undefined;
  /** Where it came from: a URL or a name */
  source?: string | null | undefined;
  /** An https:// link to the video */
  url: string;
};

/** Retires one exercise, from the version you read */
export type ArchiveExerciseInput = {
  /** The version you read; a stale one is a CONFLICT with extensions.currentVersion */
  expectedVersion: number;
  /** The record to change */
  id: string | number;
  /** Why, for the history */
  message?: string | null | undefined;
};

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

/** One exercise: exactly one of its id or its slug */
export type ExerciseLookup =
  {   /** The exercise’s id */
  id: string | number; slug?: never; }
  |  { id?: never;   /** The exercise’s slug (`glute-bridge`) */
  slug: string; };

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

/** Which rendering of a handout was opened */
export type HandoutFormat =
  /** The web page: the print page, or the online version a link opens */
  | 'HTML'
  /** The PDF, for print */
  | 'PDF';

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

/** Which way a path between two exercises runs */
export type PathDirection =
  /** `to` is easier than `from`: the path follows progressions backwards (regressions) */
  | 'EASIER'
  /** `to` is harder than `from`: the path follows progressions */
  | 'HARDER';

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

/** One program template: exactly one of its id or its slug */
export type ProgramTemplateLookup =
  {   /** The template’s id */
  id: string | number; slug?: never; }
  |  { id?: never;   /** The template’s slug (`runners-knee`) */
  slug: string; };

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

/** A one-time reset token, handed over by an admin, and the new password */
export type ResetPasswordInput = {
  /** At least 12 characters, not a common password or a pattern */
  newPassword: string;
  /** The token of issuePasswordReset; it works once, until it expires */
  token: string;
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

/** Changes to a link: a field left out keeps its value; null is refused */
export type UpdateProgressionInput = {
  /** What changes from `from` to `to`, at least one, each once; left out: unchanged */
  changes?: Array<ProgressionDimension> | null | undefined;
  /** When to move on, up to 500 characters (empty: none); left out: unchanged */
  criterion?: string | null | undefined;
  /** The link to change. Required (nullable only while the deprecated id argument is accepted) */
  id?: string | number | null | undefined;
  /** PROGRESSION or VARIATION; left out: unchanged */
  kind?: ProgressionKind | null | undefined;
  /** Order among the links leaving the same exercise, 0-1000; left out: unchanged */
  order?: number | null | undefined;
};

/** Confirms the licence of one media item; fields left out keep their value */
export type VerifyMediaLicenceInput = {
  /** Who made it */
  author?: string | null | undefined;
  /** The media item */
  id: string | number;
  /** The licence's name, e.g. CC BY 4.0; required when the item has none */
  licence?: string | null | undefined;
  /** The licence's text online (http/https) */
  licenceUrl?: string | null | undefined;
  /** Where it came from: a URL or a name */
  source?: string | null | undefined;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type AuditFiltersMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditFiltersMeQuery = { me: { id: string } | null };

export type AuditFiltersNewKeyMutationVariables = Exact<{
  name: string;
}>;


export type AuditFiltersNewKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type AuditFiltersEntriesQueryVariables = Exact<{
  actorId?: string | number | null | undefined;
  action?: string | null | undefined;
  targetId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditFiltersEntriesQuery = { auditEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, actorId: string | null, action: string, targetId: string | null }> } };

export type ProgramBalanceQueryVariables = Exact<{
  items: Array<ProgramItemInput> | ProgramItemInput;
}>;


export type ProgramBalanceQuery = { programBalance: { exerciseCount: number, medianDifficulty: number | null, summary: string, planes: Array<{ value: string, count: number, share: number }>, stances: Array<{ value: string, count: number, share: number }>, tempoIntents: Array<{ value: string, count: number, share: number }>, loadKinds: Array<{ value: string, count: number, share: number }>, gaps: Array<{ facet: BalanceFacet, missing: Array<string>, priority: GapPriority, reason: string, suggestions: Array<{ slug: string, name: string, status: ExerciseStatus, difficulty: number, planes: Array<Plane>, stance: Stance | null, loadKind: LoadKind, tempo: { intent: TempoIntent | null } }> }> } };

export type BalanceCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type BalanceCreateExerciseMutation = { createExercise: { id: string, version: number } };

export type BalanceChangeStatusMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;


export type BalanceChangeStatusMutation = { changeExerciseStatus: { version: number } };

export type BrowserExpectedSlugsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ExerciseFilter | null | undefined;
}>;


export type BrowserExpectedSlugsQuery = { exercises: { totalCount: number, nodes: Array<{ slug: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CataloguePageQueryVariables = Exact<{
  filter?: ExerciseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CataloguePageQuery = { exercises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { slug: string, name: string } }> } };

export type CatalogueNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueNamesQuery = { exercises: { nodes: Array<{ slug: string, name: string }> } };

export type CatalogueStepsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueStepsQuery = { exercises: { nodes: Array<{ slug: string, steps: Array<string>, tempo: { notation: string | null } }> } };

export type CatalogueUntaggedQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueUntaggedQuery = { exercise: { id: string } | null };

export type CatalogueVersionQueryVariables = Exact<{
  slug: string;
}>;


export type CatalogueVersionQuery = { exercise: { id: string, version: number } | null };

export type CatalogueEditNameMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type CatalogueEditNameMutation = { updateExercise: { id: string } };

export type CatalogueNameVersionQueryVariables = Exact<{
  slug: string;
}>;


export type CatalogueNameVersionQuery = { exercise: { name: string, version: number } | null };

export type ConnectionsPageInfoFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type ConnectionsExercisesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConnectionsExercisesQuery = { exercises: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ConnectionsSearchQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConnectionsSearchQuery = { searchExercises: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ConnectionsTemplatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConnectionsTemplatesQuery = { programTemplates: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ConnectionsHandoutsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConnectionsHandoutsQuery = { handouts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ConnectionsAuditQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  action?: string | null | undefined;
}>;


export type ConnectionsAuditQuery = { auditEntries: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ConnectionsAccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  role?: Array<Role> | Role | null | undefined;
  active?: boolean | null | undefined;
}>;


export type ConnectionsAccountsQuery = { accountsConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ConnectionsApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConnectionsApiKeysQuery = { apiKeysConnection: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ConnectionsRevisionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConnectionsRevisionsQuery = { exercise: { revisions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, version: number } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null } | null };

export type ConnectionsAccessLogQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConnectionsAccessLogQuery = { handout: { accessLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null } | null };

export type ConnectionsCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type ConnectionsCreateExerciseMutation = { createExercise: { id: string, version: number } };

export type ConnectionsUpdateExerciseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateExerciseInput;
}>;


export type ConnectionsUpdateExerciseMutation = { updateExercise: { version: number } };

export type ConnectionsIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type ConnectionsIssueHandoutMutation = { issueHandout: { id: string, links: Array<{ url: string }> } };

export type ConnectionsAccessLogRefusedQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionsAccessLogRefusedQuery = { handout: { id: string, accessLog: { totalCount: number } | null } | null };

export type ConnectionsRevisionsRefusedQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionsRevisionsRefusedQuery = { exercise: { id: string, revisions: { totalCount: number } | null } | null };

export type ConnectionsDeprecatedQueryVariables = Exact<{
  id: string | number;
  handout: string | number;
}>;


export type ConnectionsDeprecatedQuery = { exerciseRevisions: Array<{ version: number }>, auditLog: Array<{ id: string }>, accounts: Array<{ id: string }>, apiKeys: Array<{ id: string }>, handout: { accesses: Array<{ id: string }> } | null };

export type ConnectionsExercisesRevisionsQueryVariables = Exact<{
  first: number;
}>;


export type ConnectionsExercisesRevisionsQuery = { exercises: { nodes: Array<{ id: string, revisions: { totalCount: number, nodes: Array<{ version: number }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean } } | null }> } };

export type ConnectionsHandoutsAccessLogQueryVariables = Exact<{
  first: number;
}>;


export type ConnectionsHandoutsAccessLogQuery = { handouts: { nodes: Array<{ accessLog: { totalCount: number, nodes: Array<{ id: string, outcome: AccessOutcome }> } | null }> } };

export type AdminJourneyReadQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminJourneyReadQuery = { exercises: { totalCount: number } };

export type ConsoleEditPlankQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleEditPlankQuery = { exercise: { version: number, summary: string, precautions: Array<string>, tempo: { notation: string | null, timeUnderTensionSeconds: number | null }, revisions: { nodes: Array<{ version: number, author: { displayName: string } | null }> } | null } | null };

export type ConsoleEditCreatedQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleEditCreatedQuery = { exercise: { status: ExerciseStatus, name: string, loadKind: LoadKind, regions: Array<BodyRegion>, focus: Array<RunningFocus>, primaryMuscles: Array<Muscle>, difficulty: number, prescription: { sets: number, reps: number | null } } | null };

export type ConsoleHandoutsTestPdfQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleHandoutsTestPdfQuery = { handout: { pdfUrl: string, version: number, largePrint: boolean, paperSize: PaperSize | null, locale: Locale, fallbacks: Array<{ exerciseName: string }> } | null };

export type ConsoleJourneyCountsQueryVariables = Exact<{
  query: string;
  filter?: ExerciseFilter | null | undefined;
}>;


export type ConsoleJourneyCountsQuery = { searchExercises: { totalCount: number } };

export type ConsoleJourneySplitSquatQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleJourneySplitSquatQuery = { exercise: { id: string, version: number, summary: string } | null };

export type ConsoleJourneyChangeSummaryMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type ConsoleJourneyChangeSummaryMutation = { updateExercise: { version: number, translations: Array<{ locale: Locale, outdated: boolean }> } };

export type ConsoleJourneyMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleJourneyMeQuery = { me: { email: string } | null };

export type ConsoleMediaExerciseQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleMediaExerciseQuery = { exercise: { id: string, version: number, summary: string, media: Array<{ id: string, altText: string, author: string, licence: string, mime: string | null }>, translations: Array<{ locale: Locale, name: string | null, summary: string | null, outdated: boolean, version: number }> } | null };

export type ConsoleTranslationsSetMutationVariables = Exact<{
  input: SetExerciseTranslationInput;
}>;


export type ConsoleTranslationsSetMutation = { setExerciseTranslation: { version: number, outdated: boolean } };

export type ConsoleTranslationsChangeSummaryMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type ConsoleTranslationsChangeSummaryMutation = { updateExercise: { version: number } };

export type ConsoleProgressionsLinksQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleProgressionsLinksQuery = { exercise: { id: string, progressions: Array<{ id: string, changes: Array<ProgressionDimension>, criterion: string, to: { slug: string } }>, regressions: Array<{ from: { slug: string } }> } | null };

export type ConsoleTaggingImportMutationVariables = Exact<{
  path: string;
}>;


export type ConsoleTaggingImportMutation = { importFreeExerciseDb: { created: number } };

export type ConsoleTaggingTestQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTaggingTestQueueQuery = { exercisesNeedingTags: { totalCount: number, nodes: Array<{ id: string, name: string, version: number, needsTagging: Array<TagFacet> }> } };

export type ConsoleTaggingTestTagsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleTaggingTestTagsQuery = { exercise: { version: number, summary: string, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, needsTagging: Array<TagFacet>, tempo: { notation: string | null, intent: TempoIntent | null } } | null };

export type ConsoleTaggingTestChangeMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type ConsoleTaggingTestChangeMutation = { updateExercise: { version: number } };

export type ConsoleTemplatesSavedQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleTemplatesSavedQuery = { programTemplate: { name: string, description: string, guidance: string, version: number, archivedAt: string | null, owner: { email: string } | null, items: Array<{ exercise: { slug: string, planes: Array<Plane> }, prescription: { sets: number, reps: number | null, holdSeconds: number | null } }> } | null };

export type ConsoleTemplatesRenameMutationVariables = Exact<{
  input: UpdateProgramTemplateInput;
}>;


export type ConsoleTemplatesRenameMutation = { updateProgramTemplate: { version: number } };

export type ConsoleWorkflowCreateMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type ConsoleWorkflowCreateMutation = { createExercise: { id: string, version: number } };

export type ConsoleWorkflowUpdateMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type ConsoleWorkflowUpdateMutation = { updateExercise: { version: number } };

export type ConsoleWorkflowReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWorkflowReadQuery = { exercise: { version: number, status: ExerciseStatus, summary: string, steps: Array<string>, revisions: { nodes: Array<{ message: string, author: { displayName: string } | null }> } | null } | null };

export type ConsoleWorkflowReadBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleWorkflowReadBySlugQuery = { exercise: { id: string } | null };

export type CurationCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type CurationCreateExerciseMutation = { createExercise: { id: string, version: number, status: ExerciseStatus } };

export type CurationUpdateExerciseMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type CurationUpdateExerciseMutation = { updateExercise: { id: string, version: number, name: string, status: ExerciseStatus } };

export type CurationChangeStatusMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;


export type CurationChangeStatusMutation = { changeExerciseStatus: { id: string, version: number, status: ExerciseStatus } };

export type CurationLinkMutationVariables = Exact<{
  input: LinkExercisesInput;
}>;


export type CurationLinkMutation = { linkExercises: { id: string } };

export type CurationStatusOfQueryVariables = Exact<{
  id: string | number;
}>;


export type CurationStatusOfQuery = { exercise: { status: ExerciseStatus } | null };

export type CurationRevisionVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CurationRevisionVersionsQuery = { exerciseRevisions: Array<{ version: number }> };

export type CurationFirstExerciseQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationFirstExerciseQuery = { exercises: { nodes: Array<{ id: string }> } };

export type CurationMeEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationMeEmailQuery = { me: { email: string } | null };

export type CurationLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type CurationLoginMutation = { login: { token: string } };

export type CurationArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type CurationArchiveMutation = { archiveExercise: { id: string } };

export type CurationDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationDraftsQuery = { exercises: { nodes: Array<{ id: string }> } };

export type CurationCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CurationCreateAccountMutation = { createAccount: { id: string } };

export type CurationAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationAccountsQuery = { accounts: Array<{ id: string, email: string }> };

export type CurationMakeStaffMutationVariables = Exact<{
  id: string | number;
}>;


export type CurationMakeStaffMutation = { updateAccount: { id: string } };

export type CurationKioskKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type CurationKioskKeyMutation = { createApiKey: { secret: string } };

export type CurationApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationApiKeysQuery = { apiKeys: Array<{ id: string }> };

export type CurationAuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationAuditActionsQuery = { auditLog: Array<{ action: string }> };

export type CurationStatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationStatusesQuery = { exercises: { nodes: Array<{ status: ExerciseStatus }> } };

export type CurationBridgeQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationBridgeQuery = { exercise: { id: string, progressions: Array<{ to: { slug: string } }> } | null };

export type CurationBridgeProgressionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationBridgeProgressionsQuery = { exercise: { progressions: Array<{ to: { slug: string } }> } | null };

export type CurationRevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type CurationRevisionsQuery = { exerciseRevisions: Array<{ version: number, message: string, createdAt: string, snapshot: unknown, author: { email: string } | null }> };

export type CurationDiffQueryVariables = Exact<{
  id: string | number;
}>;


export type CurationDiffQuery = { exerciseRevisionDiff: Array<{ field: string, before: unknown, after: unknown }> };

export type CurationRestoreMutationVariables = Exact<{
  input: RestoreRevisionInput;
}>;


export type CurationRestoreMutation = { restoreExerciseRevision: { version: number, name: string, status: ExerciseStatus } };

export type CurationDiffToQueryVariables = Exact<{
  id: string | number;
  to: number;
}>;


export type CurationDiffToQuery = { exerciseRevisionDiff: Array<{ field: string }> };

export type CurationRestoreAsMutationVariables = Exact<{
  input: RestoreRevisionInput;
}>;


export type CurationRestoreAsMutation = { restoreExerciseRevision: { id: string, version: number, status: ExerciseStatus, needsTagging: Array<TagFacet> } };

export type CurationRestoredHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CurationRestoredHistoryQuery = { exerciseRevisions: Array<{ version: number, message: string, snapshot: unknown }> };

export type CurationCreateNamedMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type CurationCreateNamedMutation = { createExercise: { id: string, slug: string } };

export type CurationNameVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type CurationNameVersionQuery = { exercise: { name: string, version: number } | null };

export type CurationDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type CurationDeactivateMutation = { updateAccount: { active: boolean } };

export type CurationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationMeQuery = { me: { email: string, role: Role } | null };

export type CurationRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type CurationRevokeKeyMutation = { revokeApiKey: { revokedAt: string | null } };

export type CurationAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationAuditQuery = { auditLog: Array<{ id: string, at: string, actorKind: string, actorId: string | null, action: string, targetType: string | null, targetId: string | null, details: unknown }> };

export type DeprecatedDraftMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type DeprecatedDraftMutation = { createExercise: { id: string } };

export type DeprecatedLookupsQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
  template?: string | null | undefined;
}>;


export type DeprecatedLookupsQuery = { exercise: { slug: string } | null, programTemplate: { slug: string } | null };

export type DeprecatedLookupMixedQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DeprecatedLookupMixedQuery = { exercise: { slug: string } | null };

export type DeprecatedCreateMessageMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type DeprecatedCreateMessageMutation = { createExercise: { id: string } };

export type DeprecatedUpdateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedUpdateMutation = { updateExercise: { name: string, version: number } };

export type DeprecatedSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedSubmitMutation = { changeExerciseStatus: { status: ExerciseStatus, version: number } };

export type DeprecatedRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedRestoreMutation = { restoreExerciseRevision: { name: string, version: number } };

export type DeprecatedArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedArchiveMutation = { archiveExercise: { status: ExerciseStatus } };

export type DeprecatedHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedHistoryQuery = { exerciseRevisions: Array<{ version: number, message: string }> };

export type DeprecatedTemplateMutationVariables = Exact<{
  item: string | number;
}>;


export type DeprecatedTemplateMutation = { createProgramTemplate: { id: string } };

export type DeprecatedTemplateCycleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedTemplateCycleMutation = { updateProgramTemplate: { version: number }, archiveProgramTemplate: { version: number }, restoreProgramTemplate: { name: string, version: number, archivedAt: string | null } };

export type DeprecatedAdminMutationVariables = Exact<{
  account: string | number;
  key: string | number;
}>;


export type DeprecatedAdminMutation = { updateAccount: { role: Role }, revokeApiKey: { revokedAt: string | null } };

export type DeprecatedIssueMutationVariables = Exact<{
  template: string | number;
}>;


export type DeprecatedIssueMutation = { issueHandout: { links: Array<{ id: string }> } };

export type DeprecatedRevokeLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedRevokeLinkMutation = { revokeHandoutLink: { active: boolean } };

export type DeprecatedMakeEdgesMutationVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type DeprecatedMakeEdgesMutation = { addExerciseVideo: { id: string }, linkExercises: { id: string }, setExerciseTranslation: { version: number } };

export type DeprecatedChangeMutationVariables = Exact<{
  media: string | number;
  edge: string | number;
}>;


export type DeprecatedChangeMutation = { updateExerciseMedia: { altText: string }, updateProgression: { criterion: string } };

export type DeprecatedRemoveMutationVariables = Exact<{
  media: string | number;
  edge: string | number;
  exercise: string | number;
}>;


export type DeprecatedRemoveMutation = { removeExerciseMedia: string, unlinkExercises: string, removeExerciseTranslation: { translations: Array<{ locale: Locale }> } };

export type DeprecatedImportMutationVariables = Exact<{ [key: string]: never; }>;


export type DeprecatedImportMutation = { importFreeExerciseDb: { total: number } };

export type DeprecatedImportOutsideMutationVariables = Exact<{ [key: string]: never; }>;


export type DeprecatedImportOutsideMutation = { importFreeExerciseDb: { total: number } };

export type DeprecatedArchiveNothingMutationVariables = Exact<{ [key: string]: never; }>;


export type DeprecatedArchiveNothingMutation = { archiveExercise: { id: string } };

export type DeprecatedArchiveTwiceMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedArchiveTwiceMutation = { archiveExercise: { id: string } };

export type DeprecatedUpdateNeitherMutationVariables = Exact<{ [key: string]: never; }>;


export type DeprecatedUpdateNeitherMutation = { updateExercise: { id: string } };

export type DeprecatedUpdateTwiceMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedUpdateTwiceMutation = { updateExercise: { id: string } };

export type DeprecatedCreateTwiceMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type DeprecatedCreateTwiceMutation = { createExercise: { id: string } };

export type DeprecatedStatusNeitherMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedStatusNeitherMutation = { changeExerciseStatus: { id: string } };

export type DeprecatedStatusTwiceMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedStatusTwiceMutation = { changeExerciseStatus: { id: string } };

export type DeprecatedRemoveTranslationTwiceMutationVariables = Exact<{
  id: string | number;
}>;


export type DeprecatedRemoveTranslationTwiceMutation = { removeExerciseTranslation: { id: string } };

export type DeprecatedRevokeLinkNothingMutationVariables = Exact<{ [key: string]: never; }>;


export type DeprecatedRevokeLinkNothingMutation = { revokeHandoutLink: { id: string } };

export type DeprecatedArchiveInvalidMutationVariables = Exact<{
  input?: ArchiveExerciseInput | null | undefined;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;


export type DeprecatedArchiveInvalidMutation = { archiveExercise: { id: string } };

export type DeprecatedArchiveTemplateInvalidMutationVariables = Exact<{
  input?: ArchiveProgramTemplateInput | null | undefined;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;


export type DeprecatedArchiveTemplateInvalidMutation = { archiveProgramTemplate: { id: string } };

export type DeprecatedRevokeKeyInvalidMutationVariables = Exact<{
  input?: RevokeApiKeyInput | null | undefined;
  id?: string | number | null | undefined;
}>;


export type DeprecatedRevokeKeyInvalidMutation = { revokeApiKey: { id: string } };

export type DeprecatedRevokeLinkInvalidMutationVariables = Exact<{
  input?: RevokeHandoutLinkInput | null | undefined;
  id?: string | number | null | undefined;
}>;


export type DeprecatedRevokeLinkInvalidMutation = { revokeHandoutLink: { id: string } };

export type DeprecatedUpdateInvalidMutationVariables = Exact<{
  input: UpdateExerciseInput;
  message?: string | null | undefined;
}>;


export type DeprecatedUpdateInvalidMutation = { updateExercise: { id: string } };

export type DeprecatedInputFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeprecatedInputFieldsQuery = { status: { inputFields: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null }> | null } | null, restore: { inputFields: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null }> | null } | null, template: { inputFields: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null }> | null } | null };

export type OldInputFieldsFragment = { inputFields: Array<{ name: string, isDeprecated: boolean, deprecationReason: string | null }> | null };

export type EmbeddedCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type EmbeddedCreateExerciseMutation = { createExercise: { id: string } };

export type EmbeddedKeptOnDiskQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbeddedKeptOnDiskQuery = { exercise: { slug: string, status: ExerciseStatus } | null };

export type EmbeddedSlugQueryVariables = Exact<{
  slug: string;
}>;


export type EmbeddedSlugQuery = { exercise: { slug: string } | null };

export type ErrorTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorTypesQuery = { code: { enumValues: Array<{ name: string, description: string | null }> | null } | null, extensions: { fields: Array<{ name: string, description: string | null }> | null } | null, fieldError: { fields: Array<{ name: string }> | null } | null };

export type ErrorCodesCreateMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type ErrorCodesCreateMutation = { createExercise: { id: string, version: number } };

export type ErrorCodesUpdateMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ErrorCodesUpdateMutation = { updateExercise: { version: number } };

export type CreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type CreateExerciseMutation = { createExercise: { id: string, slug: string, name: string, aliases: Array<string>, summary: string, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, focus: Array<RunningFocus>, difficulty: number, status: ExerciseStatus, version: number, createdAt: string, updatedAt: string, tempo: { notation: string | null, intent: TempoIntent | null, timeUnderTensionSeconds: number | null, eccentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, bottomPause: { seconds: number } | null, concentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, topPause: { seconds: number } | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number } } };

export type UpdateExerciseMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type UpdateExerciseMutation = { updateExercise: { id: string, slug: string, name: string, aliases: Array<string>, summary: string, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, focus: Array<RunningFocus>, difficulty: number, status: ExerciseStatus, version: number, createdAt: string, updatedAt: string, tempo: { notation: string | null, intent: TempoIntent | null, timeUnderTensionSeconds: number | null, eccentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, bottomPause: { seconds: number } | null, concentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, topPause: { seconds: number } | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number } } };

export type ArchiveExerciseMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveExerciseMutation = { archiveExercise: { status: ExerciseStatus, version: number } };

export type ExerciseSlugsQueryVariables = Exact<{
  filter?: ExerciseFilter | null | undefined;
}>;


export type ExerciseSlugsQuery = { exercises: { nodes: Array<{ slug: string }> } };

export type ExerciseCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ExerciseCountQuery = { exercises: { totalCount: number } };

export type ExerciseQueryVariables = Exact<{
  by?: ExerciseLookup | null | undefined;
}>;


export type ExerciseQuery = { exercise: { id: string, slug: string, name: string, aliases: Array<string>, summary: string, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, focus: Array<RunningFocus>, difficulty: number, status: ExerciseStatus, version: number, createdAt: string, updatedAt: string, tempo: { notation: string | null, intent: TempoIntent | null, timeUnderTensionSeconds: number | null, eccentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, bottomPause: { seconds: number } | null, concentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, topPause: { seconds: number } | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number } } | null };

export type CreateNotedStretchMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type CreateNotedStretchMutation = { createExercise: { id: string, clinicalNotes: string | null, tempo: { notation: string | null, intent: TempoIntent | null } } };

export type EditClinicalNotesMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type EditClinicalNotesMutation = { updateExercise: { clinicalNotes: string | null, version: number } };

export type ExerciseBesideListQueryVariables = Exact<{ [key: string]: never; }>;


export type ExerciseBesideListQuery = { a: { name: string } | null, b: { totalCount: number } };

export type ExerciseSummariesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExerciseSummariesQuery = { exercises: { totalCount: number, nodes: Array<{ slug: string, summary: string }> } };

export type FuzzMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzMeQuery = { me: { id: string } | null };

export type FuzzCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type FuzzCreateExerciseMutation = { createExercise: { id: string } };

export type IssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type IssueHandoutMutation = { issueHandout: { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, issuedOn: string, clinicianName: string, locale: Locale, largePrint: boolean, paperSize: PaperSize | null, pdfUrl: string, printUrl: string, guidance: { text: string, language: Locale, outdated: boolean } | null, items: Array<{ position: number, exerciseSlug: string, exerciseVersion: number, name: string, summary: string, steps: Array<string>, cues: Array<string>, fallbackFields: Array<TranslatableField>, picture: { url: string, altText: string, credit: string, licence: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }>, links: Array<{ id: string, url: string, active: boolean, expiresAt: string, revokedAt: string | null }> } };

export type ReissueHandoutMutationVariables = Exact<{
  input: ReissueHandoutInput;
}>;


export type ReissueHandoutMutation = { reissueHandout: { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, issuedOn: string, clinicianName: string, locale: Locale, largePrint: boolean, paperSize: PaperSize | null, pdfUrl: string, printUrl: string, guidance: { text: string, language: Locale, outdated: boolean } | null, items: Array<{ position: number, exerciseSlug: string, exerciseVersion: number, name: string, summary: string, steps: Array<string>, cues: Array<string>, fallbackFields: Array<TranslatableField>, picture: { url: string, altText: string, credit: string, licence: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }>, links: Array<{ id: string, url: string, active: boolean, expiresAt: string, revokedAt: string | null }> } };

export type HandoutQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoutQuery = { handout: { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, issuedOn: string, clinicianName: string, locale: Locale, largePrint: boolean, paperSize: PaperSize | null, pdfUrl: string, printUrl: string, guidance: { text: string, language: Locale, outdated: boolean } | null, items: Array<{ position: number, exerciseSlug: string, exerciseVersion: number, name: string, summary: string, steps: Array<string>, cues: Array<string>, fallbackFields: Array<TranslatableField>, picture: { url: string, altText: string, credit: string, licence: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }>, links: Array<{ id: string, url: string, active: boolean, expiresAt: string, revokedAt: string | null }> } | null };

export type HandoutVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoutVersionQuery = { handout: { latestVersion: number, name: string, items: Array<{ name: string }> } | null };

export type HandoutFallbacksQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoutFallbacksQuery = { handout: { fallbacks: Array<{ exerciseId: string, exerciseName: string, fields: Array<TranslatableField>, language: Locale }> } | null };

export type HandoutsTranslateMutationVariables = Exact<{
  input: SetExerciseTranslationInput;
}>;


export type HandoutsTranslateMutation = { setExerciseTranslation: { version: number } };

export type HandoutsCliniciansQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsCliniciansQuery = { clinicians: Array<{ id: string, displayName: string }> };

export type IssueHandoutFallbacksMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type IssueHandoutFallbacksMutation = { issueHandout: { id: string, fallbacks: Array<{ exerciseId: string, exerciseName: string, fields: Array<TranslatableField>, language: Locale }> } };

export type ReissueHandoutFallbacksMutationVariables = Exact<{
  input: ReissueHandoutInput;
}>;


export type ReissueHandoutFallbacksMutation = { reissueHandout: { id: string, fallbacks: Array<{ exerciseId: string, exerciseName: string, fields: Array<TranslatableField>, language: Locale }> } };

export type HandoutsKneeTemplateMutationVariables = Exact<{
  input: CreateProgramTemplateInput;
}>;


export type HandoutsKneeTemplateMutation = { createProgramTemplate: { id: string } };

export type HandoutsIssuedOnTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsIssuedOnTypeQuery = { __type: { fields: Array<{ name: string, type: { kind: __TypeKind, ofType: { name: string | null } | null } }> | null } | null };

export type HandoutAccessesQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoutAccessesQuery = { handout: { accesses: Array<{ linkId: string | null, format: HandoutFormat, outcome: AccessOutcome }> } | null };

export type HandoutsBridgeQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsBridgeQuery = { exercise: { id: string, version: number } | null };

export type HandoutsEditBridgeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type HandoutsEditBridgeMutation = { updateExercise: { version: number } };

export type HandoutsBalanceEnglishQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsBalanceEnglishQuery = { exercise: { steps: Array<string>, summary: string } | null };

export type HandoutsDrillTemplateQueryVariables = Exact<{
  by?: ProgramTemplateLookup | null | undefined;
}>;


export type HandoutsDrillTemplateQuery = { programTemplate: { items: Array<{ exercise: { id: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }> } | null };

export type HandoutsDrillsTemplateMutationVariables = Exact<{
  input: CreateProgramTemplateInput;
}>;


export type HandoutsDrillsTemplateMutation = { createProgramTemplate: { id: string, items: Array<{ prescription: { distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null } }> } };

export type HandoutsDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type HandoutsDeactivateMutation = { updateAccount: { active: boolean } };

export type HandoutUrlsQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoutUrlsQuery = { handout: { pdfUrl: string, printUrl: string } | null };

export type HandoutsClinicianFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsClinicianFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type HandoutsCreateLinkMutationVariables = Exact<{
  input: CreateHandoutLinkInput;
}>;


export type HandoutsCreateLinkMutation = { createHandoutLink: { id: string, url: string } };

export type HandoutsRevokeLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type HandoutsRevokeLinkMutation = { revokeHandoutLink: { active: boolean, revokedAt: string | null } };

export type HandoutLinksActiveQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoutLinksActiveQuery = { handout: { links: Array<{ active: boolean }> } | null };

export type HandoutPatientNameQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoutPatientNameQuery = { handout: { patientName: string } | null };

export type HandoutsPatientNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsPatientNamesQuery = { handouts: { nodes: Array<{ patientName: string }> } };

export type HandoutsByPatientQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsByPatientQuery = { handouts: { nodes: Array<{ id: string }> } };

export type HandoutsPageQueryVariables = Exact<{
  first: number;
}>;


export type HandoutsPageQuery = { handouts: { nodes: Array<{ id: string, latestVersion: number, template: { name: string, items: Array<{ position: number }> } | null, clinician: { displayName: string } | null, issuedBy: { displayName: string } | null, links: Array<{ active: boolean }> }> } };

export type HandoutsAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsAuditQuery = { auditLog: Array<{ action: string, details: unknown }> };

export type HttpErrorsExerciseQueryVariables = Exact<{
  id: string | number;
}>;


export type HttpErrorsExerciseQuery = { exercise: { id: string } | null };

export type HttpErrorsArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type HttpErrorsArchiveMutation = { archiveExercise: { id: string } };

export type HttpErrorsReissueMutationVariables = Exact<{
  id: string | number;
}>;


export type HttpErrorsReissueMutation = { reissueHandout: { id: string } };

export type HttpCacheDraftMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type HttpCacheDraftMutation = { createExercise: { id: string } };

export type ImageSafetyDraftMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type ImageSafetyDraftMutation = { createExercise: { id: string } };

export type ImageSafetyStillServingQueryVariables = Exact<{ [key: string]: never; }>;


export type ImageSafetyStillServingQuery = { exercises: { totalCount: number } };

export type ImageSafetyAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImageSafetyAccountsQuery = { accounts: Array<{ id: string, role: Role }> };

export type ImageSafetyIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type ImageSafetyIssueHandoutMutation = { issueHandout: { id: string, links: Array<{ url: string }> } };

export type ImportFreeExerciseDbMutationVariables = Exact<{
  path: string;
}>;


export type ImportFreeExerciseDbMutation = { importFreeExerciseDb: { total: number, created: number, updated: number, unchanged: number, images: number, seconds: number, skipped: Array<{ id: string, reason: string }> } };

export type ImportSideBridgeQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportSideBridgeQuery = { exercise: { summary: string, steps: Array<string>, needsTagging: Array<TagFacet> } | null };

export type ImportSitUpQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportSitUpQuery = { exercise: { name: string, summary: string, steps: Array<string>, status: ExerciseStatus, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, needsTagging: Array<TagFacet>, loadKind: LoadKind, equipment: Array<Equipment>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, regions: Array<BodyRegion>, focus: Array<RunningFocus>, difficulty: number, tempo: { intent: TempoIntent | null, notation: string | null }, prescription: { sets: number, reps: number | null } } | null };

export type ImportBridgePicturesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportBridgePicturesQuery = { exercise: { media: Array<{ url: string, width: number | null, height: number | null, mime: string | null, altText: string, licence: string }> } | null };

export type ImportNeedingTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportNeedingTagsQuery = { exercisesNeedingTags: { totalCount: number, nodes: Array<{ id: string, slug: string, version: number }> } };

export type ImportSubmitMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;


export type ImportSubmitMutation = { changeExerciseStatus: { id: string } };

export type ImportTagMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ImportTagMutation = { updateExercise: { needsTagging: Array<TagFacet>, version: number } };

export type ImportNeedingTagsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportNeedingTagsCountQuery = { exercisesNeedingTags: { totalCount: number } };

export type ImportRenameMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ImportRenameMutation = { updateExercise: { id: string } };

export type ImportKeptNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportKeptNameQuery = { exercise: { name: string } | null };

export type ExportBridgeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportBridgeIdQuery = { exercise: { id: string } | null };

export type ExportAddVideoMutationVariables = Exact<{
  input: AddExerciseVideoInput;
}>;


export type ExportAddVideoMutation = { addExerciseVideo: { id: string } };

export type ExportUntaggedIdeaMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportUntaggedIdeaMutation = { createExercise: { id: string } };

export type ExportServedMediaQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportServedMediaQuery = { exercise: { media: Array<{ kind: MediaKind, url: string, poster: { altText: string } | null }> } | null };

export type ExportUntaggedIdeaStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportUntaggedIdeaStatusQuery = { exercise: { status: ExerciseStatus, needsTagging: Array<TagFacet> } | null };

export type SeedAfterImportLibraryQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedAfterImportLibraryQuery = { all: { totalCount: number }, bridge: { id: string, version: number, summary: string, localized: { fallbackFields: Array<TranslatableField> } } | null, imported: { status: ExerciseStatus } | null, knee: { items: Array<{ exercise: { slug: string } }> } | null };

export type SeedAfterImportEditMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SeedAfterImportEditMutation = { updateExercise: { version: number } };

export type InputsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type InputsMeQuery = { me: { id: string } | null };

export type InputsUpdateExerciseMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type InputsUpdateExerciseMutation = { updateExercise: { id: string } };

export type InputsIssueHandoutMutationVariables = Exact<{
  i: IssueHandoutInput;
}>;


export type InputsIssueHandoutMutation = { issueHandout: { id: string } };

export type InputsCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type InputsCreateExerciseMutation = { createExercise: { id: string, version: number } };

export type InputsExerciseByIdQueryVariables = Exact<{
  v: string | number;
}>;


export type InputsExerciseByIdQuery = { exercise: { id: string } | null };

export type InputsExerciseBySlugQueryVariables = Exact<{
  v: string;
}>;


export type InputsExerciseBySlugQuery = { exercise: { id: string } | null };

export type InputsSearchQueryVariables = Exact<{
  v: string;
}>;


export type InputsSearchQuery = { searchExercises: { totalCount: number } };

export type InputsLoginMutationVariables = Exact<{
  v: LoginInput;
}>;


export type InputsLoginMutation = { login: { token: string } };

export type InputsCreateWithCuesMutationVariables = Exact<{
  v: CreateExerciseInput;
}>;


export type InputsCreateWithCuesMutation = { createExercise: { id: string } };

export type InputsHandoutsByPatientQueryVariables = Exact<{
  v?: string | null | undefined;
}>;


export type InputsHandoutsByPatientQuery = { handouts: { totalCount: number } };

export type InputsRevisionMessageMutationVariables = Exact<{
  v?: string | null | undefined;
}>;


export type InputsRevisionMessageMutation = { createExercise: { id: string } };

export type InputsHandoutByIdQueryVariables = Exact<{
  v: string | number;
}>;


export type InputsHandoutByIdQuery = { handout: { id: string } | null };

export type InputsExercisesAfterLongQueryVariables = Exact<{
  v?: string | null | undefined;
}>;


export type InputsExercisesAfterLongQuery = { exercises: { totalCount: number } };

export type InputsExercisesAfterQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type InputsExercisesAfterQuery = { exercises: { totalCount: number } };

export type InputsTemplatesAfterQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type InputsTemplatesAfterQuery = { programTemplates: { totalCount: number } };

export type InputsHandoutsAfterQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type InputsHandoutsAfterQuery = { handouts: { totalCount: number } };

export type InputsSearchAfterQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type InputsSearchAfterQuery = { searchExercises: { totalCount: number } };

export type InputsFirstPageQueryVariables = Exact<{ [key: string]: never; }>;


export type InputsFirstPageQuery = { exercises: { pageInfo: { endCursor: string | null } } };

export type InputsNextPageQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type InputsNextPageQuery = { exercises: { nodes: Array<{ id: string }> } };

export type InputsAuditBeforeQueryVariables = Exact<{
  b?: string | number | null | undefined;
}>;


export type InputsAuditBeforeQuery = { auditLog: Array<{ id: string }> };

export type InputsUpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type InputsUpdateAccountMutation = { updateAccount: { id: string } };

export type InputsLinkMutationVariables = Exact<{
  input: LinkExercisesInput;
}>;


export type InputsLinkMutation = { linkExercises: { id: string } };

export type InputsUpdateProgressionMutationVariables = Exact<{
  input: UpdateProgressionInput;
}>;


export type InputsUpdateProgressionMutation = { updateProgression: { id: string } };

export type InputsClearStepsMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type InputsClearStepsMutation = { updateExercise: { steps: Array<string> } };

export type InputsTagStanceMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type InputsTagStanceMutation = { updateExercise: { version: number } };

export type InputsChangeStatusMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;


export type InputsChangeStatusMutation = { changeExerciseStatus: { version: number } };

export type InputsRestoreRevisionMutationVariables = Exact<{
  input: RestoreRevisionInput;
}>;


export type InputsRestoreRevisionMutation = { restoreExerciseRevision: { id: string } };

export type InputsImportPathMutationVariables = Exact<{
  p: string;
}>;


export type InputsImportPathMutation = { importFreeExerciseDb: { total: number } };

export type InputsCreateAccountMutationVariables = Exact<{
  i: CreateAccountInput;
}>;


export type InputsCreateAccountMutation = { createAccount: { id: string } };

export type LibraryJobsStartMutationVariables = Exact<{
  path: string;
}>;


export type LibraryJobsStartMutation = { startLibraryImport: { id: string, status: LibraryImportStatus, path: string } };

export type LibraryJobsPollQueryVariables = Exact<{
  id: string | number;
}>;


export type LibraryJobsPollQuery = { libraryImport: { id: string, status: LibraryImportStatus, processed: number, total: number | null, error: string | null, finishedAt: string | null, report: { total: number, created: number, skipped: Array<{ id: string }> } | null } };

export type LimitsAliveQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsAliveQuery = { __typename: 'Query' };

export type ProvenanceImportMutationVariables = Exact<{
  path: string;
}>;


export type ProvenanceImportMutation = { importFreeExerciseDb: { images: number } };

export type ProvenanceMediaQueryVariables = Exact<{
  slug: string;
}>;


export type ProvenanceMediaQuery = { exercise: { id: string, media: Array<{ id: string, author: string, source: string | null, licence: string, licenceUrl: string | null, licenceVerified: boolean, licenceVerifiedAt: string | null }> } | null };

export type ProvenanceVerifyMutationVariables = Exact<{
  input: VerifyMediaLicenceInput;
}>;


export type ProvenanceVerifyMutation = { verifyMediaLicence: { id: string, licence: string, licenceUrl: string | null, licenceVerified: boolean, licenceVerifiedAt: string | null } };

export type ProvenanceIssueMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type ProvenanceIssueMutation = { issueHandout: { id: string, pdfUrl: string, items: Array<{ exerciseSlug: string, picture: { url: string, credit: string, licence: string } | null }> } };

export type ProvenanceReissueMutationVariables = Exact<{
  input: ReissueHandoutInput;
}>;


export type ProvenanceReissueMutation = { reissueHandout: { id: string, pdfUrl: string, items: Array<{ picture: { url: string, licence: string } | null }> } };

export type ProvenanceAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceAuditQuery = { auditLog: Array<{ action: string, targetId: string | null }> };

export type UploadsCreateMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type UploadsCreateMutation = { createExercise: { id: string, version: number } };

export type UploadsStatusMutationVariables = Exact<{
  input: ChangeStatusInput;
}>;


export type UploadsStatusMutation = { changeExerciseStatus: { version: number, status: ExerciseStatus } };

export type UploadsMediaQueryVariables = Exact<{
  id: string | number;
}>;


export type UploadsMediaQuery = { exercise: { media: Array<{ id: string, kind: MediaKind, position: number, altText: string, author: string, licence: string, licenceVerified: boolean, poster: { id: string } | null }> } | null };

export type UploadsAddVideoMutationVariables = Exact<{
  input: AddExerciseVideoInput;
}>;


export type UploadsAddVideoMutation = { addExerciseVideo: { id: string } };

export type UploadsUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateExerciseMediaInput;
}>;


export type UploadsUpdateMutation = { updateExerciseMedia: { altText: string, author: string } };

export type UploadsAuditQueryVariables = Exact<{
  action?: string | null | undefined;
}>;


export type UploadsAuditQuery = { auditLog: Array<{ targetId: string | null, details: unknown }> };

export type ExerciseMediaQueryVariables = Exact<{
  id: string | number;
}>;


export type ExerciseMediaQuery = { exercise: { media: Array<{ id: string, kind: MediaKind, position: number, url: string, mime: string | null, width: number | null, height: number | null, bytes: number | null, altText: string, credit: string, licence: string, poster: { id: string, url: string } | null }> } | null };

export type MediaAddVideoMutationVariables = Exact<{
  input: AddExerciseVideoInput;
}>;


export type MediaAddVideoMutation = { addExerciseVideo: { id: string, kind: MediaKind, position: number, url: string, mime: string | null, width: number | null, height: number | null, bytes: number | null, altText: string, credit: string, licence: string, poster: { id: string } | null } };

export type MediaRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type MediaRemoveMutation = { deleteExerciseMedia: { deletedMediaId: string, exercise: { media: Array<{ id: string, position: number }> } } };

export type MediaDraftMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type MediaDraftMutation = { createExercise: { id: string } };

export type MediaUpdateMutationVariables = Exact<{
  input: UpdateExerciseMediaInput;
}>;


export type MediaUpdateMutation = { updateExerciseMedia: { id: string, position: number, altText: string, credit: string, licence: string } };

export type MediaListQueryVariables = Exact<{ [key: string]: never; }>;


export type MediaListQuery = { exercises: { nodes: Array<{ id: string, media: Array<{ url: string }> }> } };

export type MediaPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MediaPageQuery = { exercises: { nodes: Array<{ slug: string, media: Array<{ kind: MediaKind, url: string, width: number | null, poster: { url: string, width: number | null } | null }> }> } };

export type ObserveLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ObserveLoginMutation = { login: { token: string, refreshToken: string } };

export type ObserveRefreshMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type ObserveRefreshMutation = { refreshSession: { token: string, refreshToken: string } };

export type ObserveIssueResetMutationVariables = Exact<{
  input: IssuePasswordResetInput;
}>;


export type ObserveIssueResetMutation = { issuePasswordReset: { token: string } };

export type ObserveResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ObserveResetPasswordMutation = { resetPassword: { token: string } };

export type ObserveAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ObserveAccountsQuery = { accounts: Array<{ id: string, email: string }> };

export type ObserveTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type ObserveTemplateQuery = { programTemplate: { id: string } | null };

export type ObserveIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type ObserveIssueHandoutMutation = { issueHandout: { id: string, pdfUrl: string, links: Array<{ url: string }> } };

export type ObserveExercisesQueryVariables = Exact<{ [key: string]: never; }>;


export type ObserveExercisesQuery = { exercises: { totalCount: number } };

export type ObserveCountedQueryVariables = Exact<{ [key: string]: never; }>;


export type ObserveCountedQuery = { __typename: 'Query' };

export type OutageExerciseCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageExerciseCountQuery = { exercises: { totalCount: number } };

export type OutageHandoutCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageHandoutCountQuery = { handouts: { totalCount: number } };

export type ResetPageIssueMutationVariables = Exact<{
  input: IssuePasswordResetInput;
}>;


export type ResetPageIssueMutation = { issuePasswordReset: { token: string, url: string, expiresAt: string } };

export type PrintingIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type PrintingIssueHandoutMutation = { issueHandout: { id: string, pdfUrl: string, links: Array<{ url: string }>, items: Array<{ picture: { url: string } | null }> } };

export type PrintingTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type PrintingTemplateQuery = { programTemplate: { id: string } | null };

export type PrintingAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrintingAccountsQuery = { accounts: Array<{ id: string, role: Role }> };

export type PrintingPingQueryVariables = Exact<{ [key: string]: never; }>;


export type PrintingPingQuery = { __typename: 'Query' };

export type CreateProgramTemplateMutationVariables = Exact<{
  input: CreateProgramTemplateInput;
}>;


export type CreateProgramTemplateMutation = { createProgramTemplate: { id: string, slug: string, name: string, description: string, guidance: string, version: number, archivedAt: string | null, guidanceTranslations: Array<{ locale: Locale, text: string, outdated: boolean }>, owner: { id: string, displayName: string } | null, items: Array<{ position: number, exercise: { slug: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }> } };

export type UpdateProgramTemplateMutationVariables = Exact<{
  input: UpdateProgramTemplateInput;
}>;


export type UpdateProgramTemplateMutation = { updateProgramTemplate: { id: string, slug: string, name: string, description: string, guidance: string, version: number, archivedAt: string | null, guidanceTranslations: Array<{ locale: Locale, text: string, outdated: boolean }>, owner: { id: string, displayName: string } | null, items: Array<{ position: number, exercise: { slug: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }> } };

export type ProgramTemplateLookupQueryVariables = Exact<{
  by?: ProgramTemplateLookup | null | undefined;
}>;


export type ProgramTemplateLookupQuery = { programTemplate: { slug: string } | null, programTemplates: { totalCount: number } };

export type RunnersKneeTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type RunnersKneeTemplateQuery = { programTemplate: { id: string, slug: string, name: string, description: string, guidance: string, version: number, archivedAt: string | null, guidanceTranslations: Array<{ locale: Locale, text: string, outdated: boolean }>, owner: { id: string, displayName: string } | null, items: Array<{ position: number, exercise: { slug: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }> } | null };

export type ProgramGuidanceIssueMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type ProgramGuidanceIssueMutation = { issueHandout: { guidance: { text: string, language: Locale, outdated: boolean } | null } };

export type ArchiveProgramTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveProgramTemplateMutation = { archiveProgramTemplate: { archivedAt: string | null, version: number } };

export type ProgramTemplateSlugsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramTemplateSlugsQuery = { programTemplates: { nodes: Array<{ slug: string }> } };

export type ProgramTemplateIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramTemplateIdsQuery = { programTemplates: { nodes: Array<{ id: string }> } };

export type RunnersKneeBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type RunnersKneeBalanceQuery = { programTemplate: { balance: { gaps: Array<{ facet: BalanceFacet, missing: Array<string>, suggestions: Array<{ slug: string, status: ExerciseStatus }> }> } } | null };

export type LinkExercisesMutationVariables = Exact<{
  input: LinkExercisesInput;
}>;


export type LinkExercisesMutation = { linkExercises: { id: string, kind: ProgressionKind, changes: Array<ProgressionDimension>, criterion: string, order: number, from: { slug: string }, to: { slug: string } } };

export type RemoveProgressionMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveProgressionMutation = { removeProgression: { removedProgressionId: string, from: { slug: string }, to: { slug: string } } };

export type ProgressionsCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type ProgressionsCreateExerciseMutation = { createExercise: { id: string } };

export type SquatLadderQueryVariables = Exact<{ [key: string]: never; }>;


export type SquatLadderQuery = { exercise: { ladder: Array<{ level: number, exercise: { slug: string }, via: { changes: Array<ProgressionDimension>, criterion: string, from: { slug: string }, to: { slug: string } } | null }> } | null };

export type SquatLadderDepthQueryVariables = Exact<{
  depth?: number | null | undefined;
}>;


export type SquatLadderDepthQuery = { exercise: { ladder: Array<{ level: number }> } | null };

export type ProgressionListsQueryVariables = Exact<{
  slug: string;
}>;


export type ProgressionListsQuery = { exercise: { progressions: Array<{ order: number, to: { slug: string } }>, regressions: Array<{ from: { slug: string } }>, variations: Array<{ from: { slug: string }, to: { slug: string } }> } | null };

export type ProgressionVariationsQueryVariables = Exact<{
  slug: string;
}>;


export type ProgressionVariationsQuery = { exercise: { variations: Array<{ from: { slug: string }, to: { slug: string } }> } | null };

export type ProgressionPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProgressionPageQuery = { exercises: { nodes: Array<{ slug: string, media: Array<{ url: string, altText: string }>, progressions: Array<{ criterion: string, to: { slug: string } }>, regressions: Array<{ from: { slug: string } }>, variations: Array<{ kind: ProgressionKind, from: { slug: string }, to: { slug: string } }> }> } };

export type ProgressionDetailQueryVariables = Exact<{
  slug: string;
}>;


export type ProgressionDetailQuery = { exercise: { id: string, name: string, steps: Array<string>, tempo: { intent: TempoIntent | null }, progressions: Array<{ criterion: string, changes: Array<ProgressionDimension>, order: number, to: { slug: string, name: string, status: ExerciseStatus } }>, regressions: Array<{ kind: ProgressionKind, from: { slug: string, steps: Array<string> } }>, variations: Array<{ from: { slug: string }, to: { slug: string } }> } | null };

export type ProgressionDetailReferenceQueryVariables = Exact<{
  text: string;
}>;


export type ProgressionDetailReferenceQuery = { exercises: { nodes: Array<{ slug: string, progressions: Array<{ criterion: string, changes: Array<ProgressionDimension>, order: number, to: { slug: string, name: string, status: ExerciseStatus } }>, regressions: Array<{ kind: ProgressionKind, from: { slug: string, steps: Array<string> } }>, variations: Array<{ from: { slug: string }, to: { slug: string } }> }> } };

export type ProgressionPathHarderQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ProgressionPathHarderQuery = { progressionPath: { direction: PathDirection, steps: Array<{ from: { slug: string }, to: { slug: string } }> } | null };

export type ProgressionPathEasierQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ProgressionPathEasierQuery = { progressionPath: { direction: PathDirection, steps: Array<{ from: { slug: string } }> } | null };

export type ProgressionPathNoneQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ProgressionPathNoneQuery = { progressionPath: { direction: PathDirection } | null };

export type ProgressionUpdateCriterionMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgressionUpdateCriterionMutation = { updateProgression: { criterion: string, order: number, changes: Array<ProgressionDimension> } };

export type ProgressionMakeProgressionMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgressionMakeProgressionMutation = { updateProgression: { id: string } };

export type ProgressionsArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgressionsArchiveMutation = { archiveExercise: { id: string } };

export type SearchExercisesQueryVariables = Exact<{
  query: string;
  filter?: ExerciseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchExercisesQuery = { searchExercises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ score: number, node: { slug: string, name: string, planes: Array<Plane>, status: ExerciseStatus } }> } };

export type SearchCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type SearchCreateExerciseMutation = { createExercise: { id: string } };

export type ExerciseFacetsQueryVariables = Exact<{
  filter?: ExerciseFilter | null | undefined;
  query?: string | null | undefined;
}>;


export type ExerciseFacetsQuery = { exerciseFacets: { total: number, planes: Array<{ value: Plane, count: number }>, stance: Array<{ value: Stance, count: number }>, position: Array<{ value: BodyPosition, count: number }>, tempoIntent: Array<{ value: TempoIntent, count: number }>, loadKind: Array<{ value: LoadKind, count: number }>, equipment: Array<{ value: Equipment, count: number }>, region: Array<{ value: BodyRegion, count: number }>, focus: Array<{ value: RunningFocus, count: number }>, difficulty: Array<{ value: number, count: number }> } };

export type SeedTemplateQueryVariables = Exact<{
  slug: string;
}>;


export type SeedTemplateQuery = { programTemplate: { id: string, items: Array<{ exercise: { slug: string } }> } | null };

export type SeedTemplateBalanceQueryVariables = Exact<{
  items: Array<ProgramItemInput> | ProgramItemInput;
}>;


export type SeedTemplateBalanceQuery = { programBalance: { exerciseCount: number, gaps: Array<{ facet: BalanceFacet, missing: Array<string> }> } };

export type SeedTemplateHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type SeedTemplateHandoutMutation = { issueHandout: { locale: Locale, items: Array<{ exerciseSlug: string }>, guidance: { language: Locale, outdated: boolean } | null, fallbacks: Array<{ exerciseName: string, fields: Array<TranslatableField> }> } };

export type SessionsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SessionsLoginMutation = { login: { token: string, expiresAt: string, refreshToken: string, refreshExpiresAt: string, account: { id: string, role: Role } } };

export type SessionsRefreshMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type SessionsRefreshMutation = { refreshSession: { token: string, refreshToken: string, account: { email: string } } };

export type SessionsSignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type SessionsSignOutMutation = { signOut: { sessionsEnded: number } };

export type SessionsChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type SessionsChangePasswordMutation = { changePassword: { token: string, refreshToken: string } };

export type SessionsUpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type SessionsUpdateAccountMutation = { updateAccount: { role: Role, active: boolean } };

export type SessionsIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type SessionsIssueHandoutMutation = { issueHandout: { id: string, patientName: string, pdfUrl: string } };

export type SessionsAccountIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsAccountIdsQuery = { accounts: Array<{ id: string }> };

export type SessionsExerciseCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsExerciseCountQuery = { exercises: { totalCount: number } };

export type SessionsDraftCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsDraftCountQuery = { exercises: { totalCount: number } };

export type SessionsPatientNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsPatientNamesQuery = { handouts: { nodes: Array<{ patientName: string }> } };

export type SessionsAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsAccountsQuery = { accounts: Array<{ id: string, role: Role }> };

export type SessionsDraftMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type SessionsDraftMutation = { createExercise: { id: string } };

export type SessionsMyRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsMyRoleQuery = { me: { role: Role } | null };

export type SessionsAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsAuditQuery = { auditLog: Array<{ action: string, details: unknown }> };

export type SessionsIssueResetMutationVariables = Exact<{
  input: IssuePasswordResetInput;
}>;


export type SessionsIssueResetMutation = { issuePasswordReset: { token: string, expiresAt: string, account: { email: string } } };

export type SessionsResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type SessionsResetPasswordMutation = { resetPassword: { token: string, refreshToken: string, account: { email: string } } };

export type SessionsResetAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsResetAuditQuery = { auditLog: Array<{ action: string, details: unknown }> };

export type SessionsRevokeKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SessionsRevokeKeyMutation = { revokeApiKey: { id: string } };

export type SessionsCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type SessionsCreateAccountMutation = { createAccount: { id: string } };

export type SessionsFailedSignInsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsFailedSignInsQuery = { auditLog: Array<{ action: string, targetId: string | null, details: unknown }> };

export type ShutdownLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ShutdownLoginMutation = { login: { token: string } };

export type ShutdownTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type ShutdownTemplateQuery = { programTemplate: { id: string } | null };

export type ShutdownIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type ShutdownIssueHandoutMutation = { issueHandout: { id: string } };

export type ShutdownExercisesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShutdownExercisesQuery = { exercises: { totalCount: number, nodes: Array<{ name: string, planes: Array<Plane> }> } };

export type BrowserExercisesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ExerciseFilter | null | undefined;
}>;


export type BrowserExercisesQuery = { exercises: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string } }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasPreviousPage: boolean, hasNextPage: boolean } } };

export type TestCreateApiKeyMutationVariables = Exact<{
  name: string;
}>;


export type TestCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, prefix: string } } };

export type TestVerifyMediaLicenceMutationVariables = Exact<{
  input: VerifyMediaLicenceInput;
}>;


export type TestVerifyMediaLicenceMutation = { verifyMediaLicence: { id: string } };

export type ExerciseFieldsFragment = { id: string, slug: string, name: string, aliases: Array<string>, summary: string, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, focus: Array<RunningFocus>, difficulty: number, status: ExerciseStatus, version: number, createdAt: string, updatedAt: string, tempo: { notation: string | null, intent: TempoIntent | null, timeUnderTensionSeconds: number | null, eccentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, bottomPause: { seconds: number } | null, concentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, topPause: { seconds: number } | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number } };

export type HandoutFieldsFragment = { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, issuedOn: string, clinicianName: string, locale: Locale, largePrint: boolean, paperSize: PaperSize | null, pdfUrl: string, printUrl: string, guidance: { text: string, language: Locale, outdated: boolean } | null, items: Array<{ position: number, exerciseSlug: string, exerciseVersion: number, name: string, summary: string, steps: Array<string>, cues: Array<string>, fallbackFields: Array<TranslatableField>, picture: { url: string, altText: string, credit: string, licence: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }>, links: Array<{ id: string, url: string, active: boolean, expiresAt: string, revokedAt: string | null }> };

export type ProgramTemplateFieldsFragment = { id: string, slug: string, name: string, description: string, guidance: string, version: number, archivedAt: string | null, guidanceTranslations: Array<{ locale: Locale, text: string, outdated: boolean }>, owner: { id: string, displayName: string } | null, items: Array<{ position: number, exercise: { slug: string }, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }> };

export type TestLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type TestLoginMutation = { login: { token: string } };

export type TestCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type TestCreateAccountMutation = { createAccount: { id: string } };

export type TranslationSetMutationVariables = Exact<{
  input: SetExerciseTranslationInput;
}>;


export type TranslationSetMutation = { setExerciseTranslation: { exerciseId: string, locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null, version: number, updatedAt: string } };

export type TranslationRemoveMutationVariables = Exact<{
  input: RemoveExerciseTranslationInput;
}>;


export type TranslationRemoveMutation = { removeExerciseTranslation: { id: string, translations: Array<{ locale: Locale }> } };

export type TranslationReadQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type TranslationReadQuery = { exercise: { translations: Array<{ exerciseId: string, locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null, version: number, updatedAt: string }>, localized: { locale: Locale, name: string, summary: string, steps: Array<string>, cues: Array<string>, precautions: Array<string>, fallbackFields: Array<TranslatableField> } } | null };

export type TranslationDraftMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type TranslationDraftMutation = { createExercise: { id: string } };

export type TranslationAuditQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TranslationAuditQuery = { auditLog: Array<{ action: string, actorKind: string, targetType: string | null, details: unknown }> };

export type TranslationOutdatedQueryVariables = Exact<{
  by: ExerciseLookup;
}>;


export type TranslationOutdatedQuery = { exercise: { translations: Array<{ locale: Locale, outdated: boolean }> } | null };

export type TranslationSetOutdatedMutationVariables = Exact<{
  input: SetExerciseTranslationInput;
}>;


export type TranslationSetOutdatedMutation = { setExerciseTranslation: { version: number, outdated: boolean } };

export type TranslationSeededQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type TranslationSeededQuery = { exercises: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ slug: string, translations: Array<{ locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null }>, es: { name: string, fallbackFields: Array<TranslatableField> }, vi: { name: string, fallbackFields: Array<TranslatableField> }, zh: { name: string, fallbackFields: Array<TranslatableField> } }> } };

export type TranslationIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type TranslationIdsQuery = { exercise: { translations: Array<{ id: string, locale: Locale, version: number }> } | null };

export type TranslationSetIdMutationVariables = Exact<{
  input: SetExerciseTranslationInput;
}>;


export type TranslationSetIdMutation = { setExerciseTranslation: { id: string, version: number } };

export type TranslationArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type TranslationArchiveMutation = { archiveExercise: { id: string } };

export type TranslationAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationAccountsQuery = { accounts: Array<{ id: string, role: Role }> };

export type TranslationEnglishPrecautionsQueryVariables = Exact<{
  slug: string;
}>;


export type TranslationEnglishPrecautionsQuery = { exercise: { precautions: Array<string> } | null };

export type TranslationIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type TranslationIssueHandoutMutation = { issueHandout: { pdfUrl: string, items: Array<{ exerciseSlug: string, precautions: Array<string>, fallbackFields: Array<TranslatableField> }> } };

export type TranslationBridgeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationBridgeIdQuery = { exercise: { id: string } | null };

export type TranslationUpdateExerciseMutationVariables = Exact<{
  input: UpdateExerciseInput;
}>;


export type TranslationUpdateExerciseMutation = { updateExercise: { version: number, translations: Array<{ locale: Locale, version: number, outdated: boolean }> } };

export type TranslationPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TranslationPageQuery = { exercises: { nodes: Array<{ slug: string, translations: Array<{ locale: Locale, name: string | null, steps: Array<string> | null, outdated: boolean }>, es: { name: string, cues: Array<string>, fallbackFields: Array<TranslatableField> }, zh: { name: string }, en: { name: string } }> } };

export type TranslationExportedPartialQueryVariables = Exact<{
  slug: string;
}>;


export type TranslationExportedPartialQuery = { exercise: { localized: { summary: string, fallbackFields: Array<TranslatableField> } } | null };

export type TranslationBridgeSpanishQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationBridgeSpanishQuery = { exercise: { localized: { name: string } } | null };

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
export const ConnectionsPageInfoFragmentDoc = new TypedDocumentString(`
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"ConnectionsPageInfo"}) as unknown as TypedDocumentString<ConnectionsPageInfoFragment, unknown>;
export const OldInputFieldsFragmentDoc = new TypedDocumentString(`
    fragment OldInputFields on __Type {
  inputFields(includeDeprecated: true) {
    name
    isDeprecated
    deprecationReason
  }
}
    `, {"fragmentName":"OldInputFields"}) as unknown as TypedDocumentString<OldInputFieldsFragment, unknown>;
export const ExerciseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExerciseFields on Exercise {
  id
  slug
  name
  aliases
  summary
  steps
  cues
  mistakes
  precautions
  planes
  stance
  position
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
      seconds
    }
    concentric {
      notation
      seconds
      asFastAsPossible
    }
    topPause {
      seconds
    }
  }
  loadKind
  equipment
  intensity {
    scale
    value
    unit
    bandColour
  }
  regions
  primaryMuscles
  secondaryMuscles
  focus
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
  status
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"ExerciseFields"}) as unknown as TypedDocumentString<ExerciseFieldsFragment, unknown>;
export const HandoutFieldsFragmentDoc = new TypedDocumentString(`
    fragment HandoutFields on Handout {
  id
  seriesId
  version
  latestVersion
  title
  patientName
  issuedOn
  clinicianName
  locale
  largePrint
  paperSize
  guidance {
    text
    language
    outdated
  }
  pdfUrl
  printUrl
  items {
    position
    exerciseSlug
    exerciseVersion
    name
    summary
    steps
    cues
    fallbackFields
    picture {
      url
      altText
      credit
      licence
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      tempo
      load
      sessionsPerWeek
      side
      restSeconds
      notes
    }
  }
  links {
    id
    url
    active
    expiresAt
    revokedAt
  }
}
    `, {"fragmentName":"HandoutFields"}) as unknown as TypedDocumentString<HandoutFieldsFragment, unknown>;
export const ProgramTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgramTemplateFields on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  guidanceTranslations {
    locale
    text
    outdated
  }
  version
  archivedAt
  owner {
    id
    displayName
  }
  items {
    position
    exercise {
      slug
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      tempo
      load
      sessionsPerWeek
      side
      restSeconds
      notes
    }
  }
}
    `, {"fragmentName":"ProgramTemplateFields"}) as unknown as TypedDocumentString<ProgramTemplateFieldsFragment, unknown>;
export const AuditFiltersMeDocument = new TypedDocumentString(`
    query AuditFiltersMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditFiltersMeQuery, AuditFiltersMeQueryVariables>;
export const AuditFiltersNewKeyDocument = new TypedDocumentString(`
    mutation AuditFiltersNewKey($name: String!) {
  createApiKey(input: {name: $name}) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuditFiltersNewKeyMutation, AuditFiltersNewKeyMutationVariables>;
export const AuditFiltersEntriesDocument = new TypedDocumentString(`
    query AuditFiltersEntries($actorId: ID, $action: String, $targetId: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditEntries(
    actorId: $actorId
    action: $action
    targetId: $targetId
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      actorId
      action
      targetId
    }
  }
}
    `) as unknown as TypedDocumentString<AuditFiltersEntriesQuery, AuditFiltersEntriesQueryVariables>;
export const ProgramBalanceDocument = new TypedDocumentString(`
    query ProgramBalance($items: [ProgramItemInput!]!) {
  programBalance(items: $items) {
    exerciseCount
    medianDifficulty
    summary
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
        slug
        name
        status
        difficulty
        planes
        stance
        loadKind
        tempo {
          intent
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramBalanceQuery, ProgramBalanceQueryVariables>;
export const BalanceCreateExerciseDocument = new TypedDocumentString(`
    mutation BalanceCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<BalanceCreateExerciseMutation, BalanceCreateExerciseMutationVariables>;
export const BalanceChangeStatusDocument = new TypedDocumentString(`
    mutation BalanceChangeStatus($input: ChangeStatusInput!) {
  changeExerciseStatus(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<BalanceChangeStatusMutation, BalanceChangeStatusMutationVariables>;
export const BrowserExpectedSlugsDocument = new TypedDocumentString(`
    query BrowserExpectedSlugs($first: Int!, $after: String, $filter: ExerciseFilter) {
  exercises(first: $first, after: $after, filter: $filter) {
    totalCount
    nodes {
      slug
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserExpectedSlugsQuery, BrowserExpectedSlugsQueryVariables>;
export const CataloguePageDocument = new TypedDocumentString(`
    query CataloguePage($filter: ExerciseFilter, $first: Int, $after: String) {
  exercises(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CataloguePageQuery, CataloguePageQueryVariables>;
export const CatalogueNamesDocument = new TypedDocumentString(`
    query CatalogueNames {
  exercises(first: 5) {
    nodes {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueNamesQuery, CatalogueNamesQueryVariables>;
export const CatalogueStepsDocument = new TypedDocumentString(`
    query CatalogueSteps {
  exercises(first: 5) {
    nodes {
      slug
      steps
      tempo {
        notation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueStepsQuery, CatalogueStepsQueryVariables>;
export const CatalogueUntaggedDocument = new TypedDocumentString(`
    query CatalogueUntagged {
  exercise(by: {slug: "untagged-published"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogueUntaggedQuery, CatalogueUntaggedQueryVariables>;
export const CatalogueVersionDocument = new TypedDocumentString(`
    query CatalogueVersion($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CatalogueVersionQuery, CatalogueVersionQueryVariables>;
export const CatalogueEditNameDocument = new TypedDocumentString(`
    mutation CatalogueEditName($id: ID!, $v: Int!) {
  updateExercise(input: {id: $id, expectedVersion: $v, name: "Edited"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogueEditNameMutation, CatalogueEditNameMutationVariables>;
export const CatalogueNameVersionDocument = new TypedDocumentString(`
    query CatalogueNameVersion($slug: String!) {
  exercise(by: {slug: $slug}) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CatalogueNameVersionQuery, CatalogueNameVersionQueryVariables>;
export const ConnectionsExercisesDocument = new TypedDocumentString(`
    query ConnectionsExercises($first: Int, $after: String, $last: Int, $before: String) {
  exercises(first: $first, after: $after, last: $last, before: $before) {
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      ...ConnectionsPageInfo
    }
    totalCount
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsExercisesQuery, ConnectionsExercisesQueryVariables>;
export const ConnectionsSearchDocument = new TypedDocumentString(`
    query ConnectionsSearch($first: Int, $after: String, $last: Int, $before: String) {
  searchExercises(
    query: "squat"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      ...ConnectionsPageInfo
    }
    totalCount
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsSearchQuery, ConnectionsSearchQueryVariables>;
export const ConnectionsTemplatesDocument = new TypedDocumentString(`
    query ConnectionsTemplates($first: Int, $after: String, $last: Int, $before: String) {
  programTemplates(first: $first, after: $after, last: $last, before: $before) {
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      ...ConnectionsPageInfo
    }
    totalCount
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsTemplatesQuery, ConnectionsTemplatesQueryVariables>;
export const ConnectionsHandoutsDocument = new TypedDocumentString(`
    query ConnectionsHandouts($first: Int, $after: String, $last: Int, $before: String) {
  handouts(first: $first, after: $after, last: $last, before: $before) {
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      ...ConnectionsPageInfo
    }
    totalCount
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsHandoutsQuery, ConnectionsHandoutsQueryVariables>;
export const ConnectionsAuditDocument = new TypedDocumentString(`
    query ConnectionsAudit($first: Int, $after: String, $last: Int, $before: String, $action: String) {
  auditEntries(
    first: $first
    after: $after
    last: $last
    before: $before
    action: $action
  ) {
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      ...ConnectionsPageInfo
    }
    totalCount
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsAuditQuery, ConnectionsAuditQueryVariables>;
export const ConnectionsAccountsDocument = new TypedDocumentString(`
    query ConnectionsAccounts($first: Int, $after: String, $last: Int, $before: String, $role: [Role!], $active: Boolean) {
  accountsConnection(
    first: $first
    after: $after
    last: $last
    before: $before
    role: $role
    active: $active
  ) {
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      ...ConnectionsPageInfo
    }
    totalCount
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsAccountsQuery, ConnectionsAccountsQueryVariables>;
export const ConnectionsApiKeysDocument = new TypedDocumentString(`
    query ConnectionsApiKeys($first: Int, $after: String, $last: Int, $before: String) {
  apiKeysConnection(first: $first, after: $after, last: $last, before: $before) {
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      ...ConnectionsPageInfo
    }
    totalCount
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsApiKeysQuery, ConnectionsApiKeysQueryVariables>;
export const ConnectionsRevisionsDocument = new TypedDocumentString(`
    query ConnectionsRevisions($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  exercise(by: {id: $id}) {
    revisions(first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          id
          version
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsRevisionsQuery, ConnectionsRevisionsQueryVariables>;
export const ConnectionsAccessLogDocument = new TypedDocumentString(`
    query ConnectionsAccessLog($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  handout(id: $id) {
    accessLog(first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        ...ConnectionsPageInfo
      }
      totalCount
    }
  }
}
    fragment ConnectionsPageInfo on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ConnectionsAccessLogQuery, ConnectionsAccessLogQueryVariables>;
export const ConnectionsCreateExerciseDocument = new TypedDocumentString(`
    mutation ConnectionsCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConnectionsCreateExerciseMutation, ConnectionsCreateExerciseMutationVariables>;
export const ConnectionsUpdateExerciseDocument = new TypedDocumentString(`
    mutation ConnectionsUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {
  updateExercise(id: $id, version: $version, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ConnectionsUpdateExerciseMutation, ConnectionsUpdateExerciseMutationVariables>;
export const ConnectionsIssueHandoutDocument = new TypedDocumentString(`
    mutation ConnectionsIssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
    links {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsIssueHandoutMutation, ConnectionsIssueHandoutMutationVariables>;
export const ConnectionsAccessLogRefusedDocument = new TypedDocumentString(`
    query ConnectionsAccessLogRefused($id: ID!) {
  handout(id: $id) {
    id
    accessLog(last: 501) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsAccessLogRefusedQuery, ConnectionsAccessLogRefusedQueryVariables>;
export const ConnectionsRevisionsRefusedDocument = new TypedDocumentString(`
    query ConnectionsRevisionsRefused($id: ID!) {
  exercise(by: {id: $id}) {
    id
    revisions(after: "!!!") {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsRevisionsRefusedQuery, ConnectionsRevisionsRefusedQueryVariables>;
export const ConnectionsDeprecatedDocument = new TypedDocumentString(`
    query ConnectionsDeprecated($id: ID!, $handout: ID!) {
  exerciseRevisions(id: $id) {
    version
  }
  auditLog(first: 3) {
    id
  }
  accounts {
    id
  }
  apiKeys {
    id
  }
  handout(id: $handout) {
    accesses(first: 2) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsDeprecatedQuery, ConnectionsDeprecatedQueryVariables>;
export const ConnectionsExercisesRevisionsDocument = new TypedDocumentString(`
    query ConnectionsExercisesRevisions($first: Int!) {
  exercises(first: $first) {
    nodes {
      id
      revisions(first: 2) {
        nodes {
          version
        }
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsExercisesRevisionsQuery, ConnectionsExercisesRevisionsQueryVariables>;
export const ConnectionsHandoutsAccessLogDocument = new TypedDocumentString(`
    query ConnectionsHandoutsAccessLog($first: Int!) {
  handouts(first: $first) {
    nodes {
      accessLog(first: 2) {
        nodes {
          id
          outcome
        }
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsHandoutsAccessLogQuery, ConnectionsHandoutsAccessLogQueryVariables>;
export const AdminJourneyReadDocument = new TypedDocumentString(`
    query AdminJourneyRead {
  exercises(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AdminJourneyReadQuery, AdminJourneyReadQueryVariables>;
export const ConsoleEditPlankDocument = new TypedDocumentString(`
    query ConsoleEditPlank {
  exercise(by: {slug: "copenhagen-plank"}) {
    version
    summary
    precautions
    tempo {
      notation
      timeUnderTensionSeconds
    }
    revisions(first: 1) {
      nodes {
        version
        author {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEditPlankQuery, ConsoleEditPlankQueryVariables>;
export const ConsoleEditCreatedDocument = new TypedDocumentString(`
    query ConsoleEditCreated($slug: String!) {
  exercise(by: {slug: $slug}) {
    status
    name
    loadKind
    regions
    focus
    primaryMuscles
    difficulty
    prescription {
      sets
      reps
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleEditCreatedQuery, ConsoleEditCreatedQueryVariables>;
export const ConsoleHandoutsTestPdfDocument = new TypedDocumentString(`
    query ConsoleHandoutsTestPdf($id: ID!) {
  handout(id: $id) {
    pdfUrl
    version
    largePrint
    paperSize
    locale
    fallbacks {
      exerciseName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleHandoutsTestPdfQuery, ConsoleHandoutsTestPdfQueryVariables>;
export const ConsoleJourneyCountsDocument = new TypedDocumentString(`
    query ConsoleJourneyCounts($query: String!, $filter: ExerciseFilter) {
  searchExercises(query: $query, filter: $filter, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConsoleJourneyCountsQuery, ConsoleJourneyCountsQueryVariables>;
export const ConsoleJourneySplitSquatDocument = new TypedDocumentString(`
    query ConsoleJourneySplitSquat {
  exercise(by: {slug: "split-squat"}) {
    id
    version
    summary
  }
}
    `) as unknown as TypedDocumentString<ConsoleJourneySplitSquatQuery, ConsoleJourneySplitSquatQueryVariables>;
export const ConsoleJourneyChangeSummaryDocument = new TypedDocumentString(`
    mutation ConsoleJourneyChangeSummary($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    version
    translations {
      locale
      outdated
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleJourneyChangeSummaryMutation, ConsoleJourneyChangeSummaryMutationVariables>;
export const ConsoleJourneyMeDocument = new TypedDocumentString(`
    query ConsoleJourneyMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<ConsoleJourneyMeQuery, ConsoleJourneyMeQueryVariables>;
export const ConsoleMediaExerciseDocument = new TypedDocumentString(`
    query ConsoleMediaExercise($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    version
    summary
    media {
      id
      altText
      author
      licence
      mime
    }
    translations {
      locale
      name
      summary
      outdated
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMediaExerciseQuery, ConsoleMediaExerciseQueryVariables>;
export const ConsoleTranslationsSetDocument = new TypedDocumentString(`
    mutation ConsoleTranslationsSet($input: SetExerciseTranslationInput!) {
  setExerciseTranslation(input: $input) {
    version
    outdated
  }
}
    `) as unknown as TypedDocumentString<ConsoleTranslationsSetMutation, ConsoleTranslationsSetMutationVariables>;
export const ConsoleTranslationsChangeSummaryDocument = new TypedDocumentString(`
    mutation ConsoleTranslationsChangeSummary($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleTranslationsChangeSummaryMutation, ConsoleTranslationsChangeSummaryMutationVariables>;
export const ConsoleProgressionsLinksDocument = new TypedDocumentString(`
    query ConsoleProgressionsLinks($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    progressions {
      id
      changes
      criterion
      to {
        slug
      }
    }
    regressions {
      from {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleProgressionsLinksQuery, ConsoleProgressionsLinksQueryVariables>;
export const ConsoleTaggingImportDocument = new TypedDocumentString(`
    mutation ConsoleTaggingImport($path: String!) {
  importFreeExerciseDb(input: {path: $path}) {
    created
  }
}
    `) as unknown as TypedDocumentString<ConsoleTaggingImportMutation, ConsoleTaggingImportMutationVariables>;
export const ConsoleTaggingTestQueueDocument = new TypedDocumentString(`
    query ConsoleTaggingTestQueue {
  exercisesNeedingTags(first: 100) {
    totalCount
    nodes {
      id
      name
      version
      needsTagging
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleTaggingTestQueueQuery, ConsoleTaggingTestQueueQueryVariables>;
export const ConsoleTaggingTestTagsDocument = new TypedDocumentString(`
    query ConsoleTaggingTestTags($id: ID!) {
  exercise(by: {id: $id}) {
    version
    summary
    planes
    stance
    position
    needsTagging
    tempo {
      notation
      intent
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleTaggingTestTagsQuery, ConsoleTaggingTestTagsQueryVariables>;
export const ConsoleTaggingTestChangeDocument = new TypedDocumentString(`
    mutation ConsoleTaggingTestChange($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleTaggingTestChangeMutation, ConsoleTaggingTestChangeMutationVariables>;
export const ConsoleTemplatesSavedDocument = new TypedDocumentString(`
    query ConsoleTemplatesSaved($id: ID!) {
  programTemplate(by: {id: $id}) {
    name
    description
    guidance
    version
    archivedAt
    owner {
      email
    }
    items {
      exercise {
        slug
        planes
      }
      prescription {
        sets
        reps
        holdSeconds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleTemplatesSavedQuery, ConsoleTemplatesSavedQueryVariables>;
export const ConsoleTemplatesRenameDocument = new TypedDocumentString(`
    mutation ConsoleTemplatesRename($input: UpdateProgramTemplateInput!) {
  updateProgramTemplate(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleTemplatesRenameMutation, ConsoleTemplatesRenameMutationVariables>;
export const ConsoleWorkflowCreateDocument = new TypedDocumentString(`
    mutation ConsoleWorkflowCreate($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleWorkflowCreateMutation, ConsoleWorkflowCreateMutationVariables>;
export const ConsoleWorkflowUpdateDocument = new TypedDocumentString(`
    mutation ConsoleWorkflowUpdate($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleWorkflowUpdateMutation, ConsoleWorkflowUpdateMutationVariables>;
export const ConsoleWorkflowReadDocument = new TypedDocumentString(`
    query ConsoleWorkflowRead($id: ID!) {
  exercise(by: {id: $id}) {
    version
    status
    summary
    steps
    revisions(first: 1) {
      nodes {
        message
        author {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleWorkflowReadQuery, ConsoleWorkflowReadQueryVariables>;
export const ConsoleWorkflowReadBySlugDocument = new TypedDocumentString(`
    query ConsoleWorkflowReadBySlug($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleWorkflowReadBySlugQuery, ConsoleWorkflowReadBySlugQueryVariables>;
export const CurationCreateExerciseDocument = new TypedDocumentString(`
    mutation CurationCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<CurationCreateExerciseMutation, CurationCreateExerciseMutationVariables>;
export const CurationUpdateExerciseDocument = new TypedDocumentString(`
    mutation CurationUpdateExercise($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    id
    version
    name
    status
  }
}
    `) as unknown as TypedDocumentString<CurationUpdateExerciseMutation, CurationUpdateExerciseMutationVariables>;
export const CurationChangeStatusDocument = new TypedDocumentString(`
    mutation CurationChangeStatus($input: ChangeStatusInput!) {
  changeExerciseStatus(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<CurationChangeStatusMutation, CurationChangeStatusMutationVariables>;
export const CurationLinkDocument = new TypedDocumentString(`
    mutation CurationLink($input: LinkExercisesInput!) {
  linkExercises(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurationLinkMutation, CurationLinkMutationVariables>;
export const CurationStatusOfDocument = new TypedDocumentString(`
    query CurationStatusOf($id: ID!) {
  exercise(by: {id: $id}) {
    status
  }
}
    `) as unknown as TypedDocumentString<CurationStatusOfQuery, CurationStatusOfQueryVariables>;
export const CurationRevisionVersionsDocument = new TypedDocumentString(`
    query CurationRevisionVersions($id: ID!) {
  exerciseRevisions(id: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<CurationRevisionVersionsQuery, CurationRevisionVersionsQueryVariables>;
export const CurationFirstExerciseDocument = new TypedDocumentString(`
    query CurationFirstExercise {
  exercises(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CurationFirstExerciseQuery, CurationFirstExerciseQueryVariables>;
export const CurationMeEmailDocument = new TypedDocumentString(`
    query CurationMeEmail {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<CurationMeEmailQuery, CurationMeEmailQueryVariables>;
export const CurationLoginDocument = new TypedDocumentString(`
    mutation CurationLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<CurationLoginMutation, CurationLoginMutationVariables>;
export const CurationArchiveDocument = new TypedDocumentString(`
    mutation CurationArchive($id: ID!) {
  archiveExercise(input: {id: $id, expectedVersion: 1}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurationArchiveMutation, CurationArchiveMutationVariables>;
export const CurationDraftsDocument = new TypedDocumentString(`
    query CurationDrafts {
  exercises(filter: {status: [DRAFT]}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CurationDraftsQuery, CurationDraftsQueryVariables>;
export const CurationCreateAccountDocument = new TypedDocumentString(`
    mutation CurationCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurationCreateAccountMutation, CurationCreateAccountMutationVariables>;
export const CurationAccountsDocument = new TypedDocumentString(`
    query CurationAccounts {
  accounts {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<CurationAccountsQuery, CurationAccountsQueryVariables>;
export const CurationMakeStaffDocument = new TypedDocumentString(`
    mutation CurationMakeStaff($id: ID!) {
  updateAccount(input: {id: $id, role: STAFF}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurationMakeStaffMutation, CurationMakeStaffMutationVariables>;
export const CurationKioskKeyDocument = new TypedDocumentString(`
    mutation CurationKioskKey {
  createApiKey(input: {name: "kiosk"}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<CurationKioskKeyMutation, CurationKioskKeyMutationVariables>;
export const CurationApiKeysDocument = new TypedDocumentString(`
    query CurationApiKeys {
  apiKeys {
    id
  }
}
    `) as unknown as TypedDocumentString<CurationApiKeysQuery, CurationApiKeysQueryVariables>;
export const CurationAuditActionsDocument = new TypedDocumentString(`
    query CurationAuditActions {
  auditLog(first: 5) {
    action
  }
}
    `) as unknown as TypedDocumentString<CurationAuditActionsQuery, CurationAuditActionsQueryVariables>;
export const CurationStatusesDocument = new TypedDocumentString(`
    query CurationStatuses {
  exercises(first: 100) {
    nodes {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CurationStatusesQuery, CurationStatusesQueryVariables>;
export const CurationBridgeDocument = new TypedDocumentString(`
    query CurationBridge {
  exercise(by: {slug: "glute-bridge"}) {
    id
    progressions {
      to {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurationBridgeQuery, CurationBridgeQueryVariables>;
export const CurationBridgeProgressionsDocument = new TypedDocumentString(`
    query CurationBridgeProgressions {
  exercise(by: {slug: "glute-bridge"}) {
    progressions {
      to {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurationBridgeProgressionsQuery, CurationBridgeProgressionsQueryVariables>;
export const CurationRevisionsDocument = new TypedDocumentString(`
    query CurationRevisions($id: ID!) {
  exerciseRevisions(id: $id) {
    version
    message
    createdAt
    author {
      email
    }
    snapshot
  }
}
    `) as unknown as TypedDocumentString<CurationRevisionsQuery, CurationRevisionsQueryVariables>;
export const CurationDiffDocument = new TypedDocumentString(`
    query CurationDiff($id: ID!) {
  exerciseRevisionDiff(id: $id, from: 1, to: 2) {
    field
    before
    after
  }
}
    `) as unknown as TypedDocumentString<CurationDiffQuery, CurationDiffQueryVariables>;
export const CurationRestoreDocument = new TypedDocumentString(`
    mutation CurationRestore($input: RestoreRevisionInput!) {
  restoreExerciseRevision(input: $input) {
    version
    name
    status
  }
}
    `) as unknown as TypedDocumentString<CurationRestoreMutation, CurationRestoreMutationVariables>;
export const CurationDiffToDocument = new TypedDocumentString(`
    query CurationDiffTo($id: ID!, $to: Int!) {
  exerciseRevisionDiff(id: $id, from: 1, to: $to) {
    field
  }
}
    `) as unknown as TypedDocumentString<CurationDiffToQuery, CurationDiffToQueryVariables>;
export const CurationRestoreAsDocument = new TypedDocumentString(`
    mutation CurationRestoreAs($input: RestoreRevisionInput!) {
  restoreExerciseRevision(input: $input) {
    id
    version
    status
    needsTagging
  }
}
    `) as unknown as TypedDocumentString<CurationRestoreAsMutation, CurationRestoreAsMutationVariables>;
export const CurationRestoredHistoryDocument = new TypedDocumentString(`
    query CurationRestoredHistory($id: ID!) {
  exerciseRevisions(id: $id) {
    version
    message
    snapshot
  }
}
    `) as unknown as TypedDocumentString<CurationRestoredHistoryQuery, CurationRestoredHistoryQueryVariables>;
export const CurationCreateNamedDocument = new TypedDocumentString(`
    mutation CurationCreateNamed($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<CurationCreateNamedMutation, CurationCreateNamedMutationVariables>;
export const CurationNameVersionDocument = new TypedDocumentString(`
    query CurationNameVersion($id: ID!) {
  exercise(by: {id: $id}) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CurationNameVersionQuery, CurationNameVersionQueryVariables>;
export const CurationDeactivateDocument = new TypedDocumentString(`
    mutation CurationDeactivate($id: ID!) {
  updateAccount(input: {id: $id, active: false}) {
    active
  }
}
    `) as unknown as TypedDocumentString<CurationDeactivateMutation, CurationDeactivateMutationVariables>;
export const CurationMeDocument = new TypedDocumentString(`
    query CurationMe {
  me {
    email
    role
  }
}
    `) as unknown as TypedDocumentString<CurationMeQuery, CurationMeQueryVariables>;
export const CurationRevokeKeyDocument = new TypedDocumentString(`
    mutation CurationRevokeKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<CurationRevokeKeyMutation, CurationRevokeKeyMutationVariables>;
export const CurationAuditDocument = new TypedDocumentString(`
    query CurationAudit {
  auditLog(first: 200) {
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
    `) as unknown as TypedDocumentString<CurationAuditQuery, CurationAuditQueryVariables>;
export const DeprecatedDraftDocument = new TypedDocumentString(`
    mutation DeprecatedDraft($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedDraftMutation, DeprecatedDraftMutationVariables>;
export const DeprecatedLookupsDocument = new TypedDocumentString(`
    query DeprecatedLookups($id: ID, $slug: String, $template: String) {
  exercise(id: $id, slug: $slug) {
    slug
  }
  programTemplate(slug: $template) {
    slug
  }
}
    `) as unknown as TypedDocumentString<DeprecatedLookupsQuery, DeprecatedLookupsQueryVariables>;
export const DeprecatedLookupMixedDocument = new TypedDocumentString(`
    query DeprecatedLookupMixed($id: ID) {
  exercise(by: {slug: "glute-bridge"}, id: $id) {
    slug
  }
}
    `) as unknown as TypedDocumentString<DeprecatedLookupMixedQuery, DeprecatedLookupMixedQueryVariables>;
export const DeprecatedCreateMessageDocument = new TypedDocumentString(`
    mutation DeprecatedCreateMessage($input: CreateExerciseInput!) {
  createExercise(input: $input, message: "From the old argument") {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedCreateMessageMutation, DeprecatedCreateMessageMutationVariables>;
export const DeprecatedUpdateDocument = new TypedDocumentString(`
    mutation DeprecatedUpdate($id: ID!) {
  updateExercise(
    id: $id
    version: 1
    input: {name: "Old form"}
    message: "Renamed"
  ) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<DeprecatedUpdateMutation, DeprecatedUpdateMutationVariables>;
export const DeprecatedSubmitDocument = new TypedDocumentString(`
    mutation DeprecatedSubmit($id: ID!) {
  changeExerciseStatus(input: {id: $id, version: 2, status: IN_REVIEW}) {
    status
    version
  }
}
    `) as unknown as TypedDocumentString<DeprecatedSubmitMutation, DeprecatedSubmitMutationVariables>;
export const DeprecatedRestoreDocument = new TypedDocumentString(`
    mutation DeprecatedRestore($id: ID!) {
  restoreExerciseRevision(input: {id: $id, version: 3, revision: 1}) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<DeprecatedRestoreMutation, DeprecatedRestoreMutationVariables>;
export const DeprecatedArchiveDocument = new TypedDocumentString(`
    mutation DeprecatedArchive($id: ID!) {
  archiveExercise(id: $id, version: 4) {
    status
  }
}
    `) as unknown as TypedDocumentString<DeprecatedArchiveMutation, DeprecatedArchiveMutationVariables>;
export const DeprecatedHistoryDocument = new TypedDocumentString(`
    query DeprecatedHistory($id: ID!) {
  exerciseRevisions(id: $id) {
    version
    message
  }
}
    `) as unknown as TypedDocumentString<DeprecatedHistoryQuery, DeprecatedHistoryQueryVariables>;
export const DeprecatedTemplateDocument = new TypedDocumentString(`
    mutation DeprecatedTemplate($item: ID!) {
  createProgramTemplate(
    input: {name: "Deprecated forms", items: [{exerciseId: $item, sets: 3, reps: 10, sessionsPerWeek: 3}]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedTemplateMutation, DeprecatedTemplateMutationVariables>;
export const DeprecatedTemplateCycleDocument = new TypedDocumentString(`
    mutation DeprecatedTemplateCycle($id: ID!) {
  updateProgramTemplate(input: {id: $id, version: 1, name: "Renamed the old way"}) {
    version
  }
  archiveProgramTemplate(id: $id, version: 2) {
    version
  }
  restoreProgramTemplate(id: $id, version: 3) {
    name
    version
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<DeprecatedTemplateCycleMutation, DeprecatedTemplateCycleMutationVariables>;
export const DeprecatedAdminDocument = new TypedDocumentString(`
    mutation DeprecatedAdmin($account: ID!, $key: ID!) {
  updateAccount(id: $account, input: {role: CLINICIAN}) {
    role
  }
  revokeApiKey(id: $key) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<DeprecatedAdminMutation, DeprecatedAdminMutationVariables>;
export const DeprecatedIssueDocument = new TypedDocumentString(`
    mutation DeprecatedIssue($template: ID!) {
  issueHandout(input: {patientName: "A patient", templateId: $template}) {
    links {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeprecatedIssueMutation, DeprecatedIssueMutationVariables>;
export const DeprecatedRevokeLinkDocument = new TypedDocumentString(`
    mutation DeprecatedRevokeLink($id: ID!) {
  revokeHandoutLink(id: $id) {
    active
  }
}
    `) as unknown as TypedDocumentString<DeprecatedRevokeLinkMutation, DeprecatedRevokeLinkMutationVariables>;
export const DeprecatedMakeEdgesDocument = new TypedDocumentString(`
    mutation DeprecatedMakeEdges($a: ID!, $b: ID!) {
  addExerciseVideo(input: {exerciseId: $a, url: "https://video.example/old"}) {
    id
  }
  linkExercises(input: {fromId: $a, toId: $b, kind: PROGRESSION, changes: [LOAD]}) {
    id
  }
  setExerciseTranslation(
    input: {exerciseId: $a, locale: ES, name: "Paso lateral"}
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<DeprecatedMakeEdgesMutation, DeprecatedMakeEdgesMutationVariables>;
export const DeprecatedChangeDocument = new TypedDocumentString(`
    mutation DeprecatedChange($media: ID!, $edge: ID!) {
  updateExerciseMedia(id: $media, input: {altText: "Side view"}) {
    altText
  }
  updateProgression(id: $edge, input: {criterion: "3 x 10 pain-free"}) {
    criterion
  }
}
    `) as unknown as TypedDocumentString<DeprecatedChangeMutation, DeprecatedChangeMutationVariables>;
export const DeprecatedRemoveDocument = new TypedDocumentString(`
    mutation DeprecatedRemove($media: ID!, $edge: ID!, $exercise: ID!) {
  removeExerciseMedia(id: $media)
  unlinkExercises(id: $edge)
  removeExerciseTranslation(exerciseId: $exercise, locale: ES, expectedVersion: 1) {
    translations {
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<DeprecatedRemoveMutation, DeprecatedRemoveMutationVariables>;
export const DeprecatedImportDocument = new TypedDocumentString(`
    mutation DeprecatedImport {
  importFreeExerciseDb(path: "free-exercise-db/exercises.json") {
    total
  }
}
    `) as unknown as TypedDocumentString<DeprecatedImportMutation, DeprecatedImportMutationVariables>;
export const DeprecatedImportOutsideDocument = new TypedDocumentString(`
    mutation DeprecatedImportOutside {
  importFreeExerciseDb(path: "../outside.json") {
    total
  }
}
    `) as unknown as TypedDocumentString<DeprecatedImportOutsideMutation, DeprecatedImportOutsideMutationVariables>;
export const DeprecatedArchiveNothingDocument = new TypedDocumentString(`
    mutation DeprecatedArchiveNothing {
  archiveExercise {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedArchiveNothingMutation, DeprecatedArchiveNothingMutationVariables>;
export const DeprecatedArchiveTwiceDocument = new TypedDocumentString(`
    mutation DeprecatedArchiveTwice($id: ID!) {
  archiveExercise(input: {id: $id, expectedVersion: 1}, id: $id, version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedArchiveTwiceMutation, DeprecatedArchiveTwiceMutationVariables>;
export const DeprecatedUpdateNeitherDocument = new TypedDocumentString(`
    mutation DeprecatedUpdateNeither {
  updateExercise(input: {name: "Nobody's"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedUpdateNeitherMutation, DeprecatedUpdateNeitherMutationVariables>;
export const DeprecatedUpdateTwiceDocument = new TypedDocumentString(`
    mutation DeprecatedUpdateTwice($id: ID!) {
  updateExercise(id: $id, input: {id: $id, expectedVersion: 1, name: "Twice"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedUpdateTwiceMutation, DeprecatedUpdateTwiceMutationVariables>;
export const DeprecatedCreateTwiceDocument = new TypedDocumentString(`
    mutation DeprecatedCreateTwice($input: CreateExerciseInput!) {
  createExercise(input: $input, message: "b") {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedCreateTwiceMutation, DeprecatedCreateTwiceMutationVariables>;
export const DeprecatedStatusNeitherDocument = new TypedDocumentString(`
    mutation DeprecatedStatusNeither($id: ID!) {
  changeExerciseStatus(input: {id: $id, status: IN_REVIEW}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedStatusNeitherMutation, DeprecatedStatusNeitherMutationVariables>;
export const DeprecatedStatusTwiceDocument = new TypedDocumentString(`
    mutation DeprecatedStatusTwice($id: ID!) {
  changeExerciseStatus(
    input: {id: $id, expectedVersion: 1, version: 1, status: IN_REVIEW}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedStatusTwiceMutation, DeprecatedStatusTwiceMutationVariables>;
export const DeprecatedRemoveTranslationTwiceDocument = new TypedDocumentString(`
    mutation DeprecatedRemoveTranslationTwice($id: ID!) {
  removeExerciseTranslation(
    exerciseId: $id
    input: {exerciseId: $id, locale: ES, expectedVersion: 1}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedRemoveTranslationTwiceMutation, DeprecatedRemoveTranslationTwiceMutationVariables>;
export const DeprecatedRevokeLinkNothingDocument = new TypedDocumentString(`
    mutation DeprecatedRevokeLinkNothing {
  revokeHandoutLink {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedRevokeLinkNothingMutation, DeprecatedRevokeLinkNothingMutationVariables>;
export const DeprecatedArchiveInvalidDocument = new TypedDocumentString(`
    mutation DeprecatedArchiveInvalid($input: ArchiveExerciseInput, $id: ID, $version: Int) {
  archiveExercise(input: $input, id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedArchiveInvalidMutation, DeprecatedArchiveInvalidMutationVariables>;
export const DeprecatedArchiveTemplateInvalidDocument = new TypedDocumentString(`
    mutation DeprecatedArchiveTemplateInvalid($input: ArchiveProgramTemplateInput, $id: ID, $version: Int) {
  archiveProgramTemplate(input: $input, id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedArchiveTemplateInvalidMutation, DeprecatedArchiveTemplateInvalidMutationVariables>;
export const DeprecatedRevokeKeyInvalidDocument = new TypedDocumentString(`
    mutation DeprecatedRevokeKeyInvalid($input: RevokeApiKeyInput, $id: ID) {
  revokeApiKey(input: $input, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedRevokeKeyInvalidMutation, DeprecatedRevokeKeyInvalidMutationVariables>;
export const DeprecatedRevokeLinkInvalidDocument = new TypedDocumentString(`
    mutation DeprecatedRevokeLinkInvalid($input: RevokeHandoutLinkInput, $id: ID) {
  revokeHandoutLink(input: $input, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedRevokeLinkInvalidMutation, DeprecatedRevokeLinkInvalidMutationVariables>;
export const DeprecatedUpdateInvalidDocument = new TypedDocumentString(`
    mutation DeprecatedUpdateInvalid($input: UpdateExerciseInput!, $message: String) {
  updateExercise(input: $input, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeprecatedUpdateInvalidMutation, DeprecatedUpdateInvalidMutationVariables>;
export const DeprecatedInputFieldsDocument = new TypedDocumentString(`
    query DeprecatedInputFields {
  status: __type(name: "ChangeStatusInput") {
    ...OldInputFields
  }
  restore: __type(name: "RestoreRevisionInput") {
    ...OldInputFields
  }
  template: __type(name: "UpdateProgramTemplateInput") {
    ...OldInputFields
  }
}
    fragment OldInputFields on __Type {
  inputFields(includeDeprecated: true) {
    name
    isDeprecated
    deprecationReason
  }
}`) as unknown as TypedDocumentString<DeprecatedInputFieldsQuery, DeprecatedInputFieldsQueryVariables>;
export const EmbeddedCreateExerciseDocument = new TypedDocumentString(`
    mutation EmbeddedCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmbeddedCreateExerciseMutation, EmbeddedCreateExerciseMutationVariables>;
export const EmbeddedKeptOnDiskDocument = new TypedDocumentString(`
    query EmbeddedKeptOnDisk {
  exercise(by: {slug: "kept-on-disk"}) {
    slug
    status
  }
}
    `) as unknown as TypedDocumentString<EmbeddedKeptOnDiskQuery, EmbeddedKeptOnDiskQueryVariables>;
export const EmbeddedSlugDocument = new TypedDocumentString(`
    query EmbeddedSlug($slug: String!) {
  exercise(by: {slug: $slug}) {
    slug
  }
}
    `) as unknown as TypedDocumentString<EmbeddedSlugQuery, EmbeddedSlugQueryVariables>;
export const ErrorTypesDocument = new TypedDocumentString(`
    query ErrorTypes {
  code: __type(name: "ErrorCode") {
    enumValues {
      name
      description
    }
  }
  extensions: __type(name: "ErrorExtensions") {
    fields {
      name
      description
    }
  }
  fieldError: __type(name: "FieldError") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorTypesQuery, ErrorTypesQueryVariables>;
export const ErrorCodesCreateDocument = new TypedDocumentString(`
    mutation ErrorCodesCreate($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ErrorCodesCreateMutation, ErrorCodesCreateMutationVariables>;
export const ErrorCodesUpdateDocument = new TypedDocumentString(`
    mutation ErrorCodesUpdate($id: ID!, $version: Int!) {
  updateExercise(id: $id, version: $version, input: {summary: "Changed"}) {
    version
  }
}
    `) as unknown as TypedDocumentString<ErrorCodesUpdateMutation, ErrorCodesUpdateMutationVariables>;
export const CreateExerciseDocument = new TypedDocumentString(`
    mutation CreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    ...ExerciseFields
  }
}
    fragment ExerciseFields on Exercise {
  id
  slug
  name
  aliases
  summary
  steps
  cues
  mistakes
  precautions
  planes
  stance
  position
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
      seconds
    }
    concentric {
      notation
      seconds
      asFastAsPossible
    }
    topPause {
      seconds
    }
  }
  loadKind
  equipment
  intensity {
    scale
    value
    unit
    bandColour
  }
  regions
  primaryMuscles
  secondaryMuscles
  focus
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
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateExerciseMutation, CreateExerciseMutationVariables>;
export const UpdateExerciseDocument = new TypedDocumentString(`
    mutation UpdateExercise($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    ...ExerciseFields
  }
}
    fragment ExerciseFields on Exercise {
  id
  slug
  name
  aliases
  summary
  steps
  cues
  mistakes
  precautions
  planes
  stance
  position
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
      seconds
    }
    concentric {
      notation
      seconds
      asFastAsPossible
    }
    topPause {
      seconds
    }
  }
  loadKind
  equipment
  intensity {
    scale
    value
    unit
    bandColour
  }
  regions
  primaryMuscles
  secondaryMuscles
  focus
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
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateExerciseMutation, UpdateExerciseMutationVariables>;
export const ArchiveExerciseDocument = new TypedDocumentString(`
    mutation ArchiveExercise($id: ID!) {
  archiveExercise(input: {id: $id, expectedVersion: 1}) {
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ArchiveExerciseMutation, ArchiveExerciseMutationVariables>;
export const ExerciseSlugsDocument = new TypedDocumentString(`
    query ExerciseSlugs($filter: ExerciseFilter) {
  exercises(first: 100, filter: $filter) {
    nodes {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ExerciseSlugsQuery, ExerciseSlugsQueryVariables>;
export const ExerciseCountDocument = new TypedDocumentString(`
    query ExerciseCount {
  exercises {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExerciseCountQuery, ExerciseCountQueryVariables>;
export const ExerciseDocument = new TypedDocumentString(`
    query Exercise($by: ExerciseLookup) {
  exercise(by: $by) {
    ...ExerciseFields
  }
}
    fragment ExerciseFields on Exercise {
  id
  slug
  name
  aliases
  summary
  steps
  cues
  mistakes
  precautions
  planes
  stance
  position
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
      seconds
    }
    concentric {
      notation
      seconds
      asFastAsPossible
    }
    topPause {
      seconds
    }
  }
  loadKind
  equipment
  intensity {
    scale
    value
    unit
    bandColour
  }
  regions
  primaryMuscles
  secondaryMuscles
  focus
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
  status
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ExerciseQuery, ExerciseQueryVariables>;
export const CreateNotedStretchDocument = new TypedDocumentString(`
    mutation CreateNotedStretch($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    clinicalNotes
    tempo {
      notation
      intent
    }
  }
}
    `) as unknown as TypedDocumentString<CreateNotedStretchMutation, CreateNotedStretchMutationVariables>;
export const EditClinicalNotesDocument = new TypedDocumentString(`
    mutation EditClinicalNotes($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    clinicalNotes
    version
  }
}
    `) as unknown as TypedDocumentString<EditClinicalNotesMutation, EditClinicalNotesMutationVariables>;
export const ExerciseBesideListDocument = new TypedDocumentString(`
    query ExerciseBesideList {
  a: exercise(by: {slug: "nope"}) {
    name
  }
  b: exercises(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExerciseBesideListQuery, ExerciseBesideListQueryVariables>;
export const ExerciseSummariesDocument = new TypedDocumentString(`
    query ExerciseSummaries {
  exercises {
    totalCount
    nodes {
      slug
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<ExerciseSummariesQuery, ExerciseSummariesQueryVariables>;
export const FuzzMeDocument = new TypedDocumentString(`
    query FuzzMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzMeQuery, FuzzMeQueryVariables>;
export const FuzzCreateExerciseDocument = new TypedDocumentString(`
    mutation FuzzCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FuzzCreateExerciseMutation, FuzzCreateExerciseMutationVariables>;
export const IssueHandoutDocument = new TypedDocumentString(`
    mutation IssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    ...HandoutFields
  }
}
    fragment HandoutFields on Handout {
  id
  seriesId
  version
  latestVersion
  title
  patientName
  issuedOn
  clinicianName
  locale
  largePrint
  paperSize
  guidance {
    text
    language
    outdated
  }
  pdfUrl
  printUrl
  items {
    position
    exerciseSlug
    exerciseVersion
    name
    summary
    steps
    cues
    fallbackFields
    picture {
      url
      altText
      credit
      licence
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      tempo
      load
      sessionsPerWeek
      side
      restSeconds
      notes
    }
  }
  links {
    id
    url
    active
    expiresAt
    revokedAt
  }
}`) as unknown as TypedDocumentString<IssueHandoutMutation, IssueHandoutMutationVariables>;
export const ReissueHandoutDocument = new TypedDocumentString(`
    mutation ReissueHandout($input: ReissueHandoutInput!) {
  reissueHandout(input: $input) {
    ...HandoutFields
  }
}
    fragment HandoutFields on Handout {
  id
  seriesId
  version
  latestVersion
  title
  patientName
  issuedOn
  clinicianName
  locale
  largePrint
  paperSize
  guidance {
    text
    language
    outdated
  }
  pdfUrl
  printUrl
  items {
    position
    exerciseSlug
    exerciseVersion
    name
    summary
    steps
    cues
    fallbackFields
    picture {
      url
      altText
      credit
      licence
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      tempo
      load
      sessionsPerWeek
      side
      restSeconds
      notes
    }
  }
  links {
    id
    url
    active
    expiresAt
    revokedAt
  }
}`) as unknown as TypedDocumentString<ReissueHandoutMutation, ReissueHandoutMutationVariables>;
export const HandoutDocument = new TypedDocumentString(`
    query Handout($id: ID!) {
  handout(id: $id) {
    ...HandoutFields
  }
}
    fragment HandoutFields on Handout {
  id
  seriesId
  version
  latestVersion
  title
  patientName
  issuedOn
  clinicianName
  locale
  largePrint
  paperSize
  guidance {
    text
    language
    outdated
  }
  pdfUrl
  printUrl
  items {
    position
    exerciseSlug
    exerciseVersion
    name
    summary
    steps
    cues
    fallbackFields
    picture {
      url
      altText
      credit
      licence
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      tempo
      load
      sessionsPerWeek
      side
      restSeconds
      notes
    }
  }
  links {
    id
    url
    active
    expiresAt
    revokedAt
  }
}`) as unknown as TypedDocumentString<HandoutQuery, HandoutQueryVariables>;
export const HandoutVersionDocument = new TypedDocumentString(`
    query HandoutVersion($id: ID!) {
  handout(id: $id) {
    name: title
    latestVersion
    items {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutVersionQuery, HandoutVersionQueryVariables>;
export const HandoutFallbacksDocument = new TypedDocumentString(`
    query HandoutFallbacks($id: ID!) {
  handout(id: $id) {
    fallbacks {
      exerciseId
      exerciseName
      fields
      language
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutFallbacksQuery, HandoutFallbacksQueryVariables>;
export const HandoutsTranslateDocument = new TypedDocumentString(`
    mutation HandoutsTranslate($input: SetExerciseTranslationInput!) {
  setExerciseTranslation(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<HandoutsTranslateMutation, HandoutsTranslateMutationVariables>;
export const HandoutsCliniciansDocument = new TypedDocumentString(`
    query HandoutsClinicians {
  clinicians {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<HandoutsCliniciansQuery, HandoutsCliniciansQueryVariables>;
export const IssueHandoutFallbacksDocument = new TypedDocumentString(`
    mutation IssueHandoutFallbacks($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
    fallbacks {
      exerciseId
      exerciseName
      fields
      language
    }
  }
}
    `) as unknown as TypedDocumentString<IssueHandoutFallbacksMutation, IssueHandoutFallbacksMutationVariables>;
export const ReissueHandoutFallbacksDocument = new TypedDocumentString(`
    mutation ReissueHandoutFallbacks($input: ReissueHandoutInput!) {
  reissueHandout(input: $input) {
    id
    fallbacks {
      exerciseId
      exerciseName
      fields
      language
    }
  }
}
    `) as unknown as TypedDocumentString<ReissueHandoutFallbacksMutation, ReissueHandoutFallbacksMutationVariables>;
export const HandoutsKneeTemplateDocument = new TypedDocumentString(`
    mutation HandoutsKneeTemplate($input: CreateProgramTemplateInput!) {
  createProgramTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HandoutsKneeTemplateMutation, HandoutsKneeTemplateMutationVariables>;
export const HandoutsIssuedOnTypeDocument = new TypedDocumentString(`
    query HandoutsIssuedOnType {
  __type(name: "Handout") {
    fields {
      name
      type {
        kind
        ofType {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutsIssuedOnTypeQuery, HandoutsIssuedOnTypeQueryVariables>;
export const HandoutAccessesDocument = new TypedDocumentString(`
    query HandoutAccesses($id: ID!) {
  handout(id: $id) {
    accesses {
      linkId
      format
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutAccessesQuery, HandoutAccessesQueryVariables>;
export const HandoutsBridgeDocument = new TypedDocumentString(`
    query HandoutsBridge {
  exercise(by: {slug: "glute-bridge"}) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<HandoutsBridgeQuery, HandoutsBridgeQueryVariables>;
export const HandoutsEditBridgeDocument = new TypedDocumentString(`
    mutation HandoutsEditBridge($id: ID!, $version: Int!) {
  updateExercise(
    input: {id: $id, expectedVersion: $version, steps: ["Lie down.", "Lift your hips."]}
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<HandoutsEditBridgeMutation, HandoutsEditBridgeMutationVariables>;
export const HandoutsBalanceEnglishDocument = new TypedDocumentString(`
    query HandoutsBalanceEnglish {
  exercise(by: {slug: "single-leg-balance-on-pad"}) {
    steps
    summary
  }
}
    `) as unknown as TypedDocumentString<HandoutsBalanceEnglishQuery, HandoutsBalanceEnglishQueryVariables>;
export const HandoutsDrillTemplateDocument = new TypedDocumentString(`
    query HandoutsDrillTemplate($by: ProgramTemplateLookup) {
  programTemplate(by: $by) {
    items {
      exercise {
        id
      }
      prescription {
        sets
        reps
        holdSeconds
        distanceMetres
        durationSeconds
        perSide
        tempo
        load
        sessionsPerWeek
        side
        restSeconds
        notes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutsDrillTemplateQuery, HandoutsDrillTemplateQueryVariables>;
export const HandoutsDrillsTemplateDocument = new TypedDocumentString(`
    mutation HandoutsDrillsTemplate($input: CreateProgramTemplateInput!) {
  createProgramTemplate(input: $input) {
    id
    items {
      prescription {
        distanceMetres
        durationSeconds
        perSide
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutsDrillsTemplateMutation, HandoutsDrillsTemplateMutationVariables>;
export const HandoutsDeactivateDocument = new TypedDocumentString(`
    mutation HandoutsDeactivate($id: ID!) {
  updateAccount(input: {id: $id, active: false}) {
    active
  }
}
    `) as unknown as TypedDocumentString<HandoutsDeactivateMutation, HandoutsDeactivateMutationVariables>;
export const HandoutUrlsDocument = new TypedDocumentString(`
    query HandoutUrls($id: ID!) {
  handout(id: $id) {
    pdfUrl
    printUrl
  }
}
    `) as unknown as TypedDocumentString<HandoutUrlsQuery, HandoutUrlsQueryVariables>;
export const HandoutsClinicianFieldsDocument = new TypedDocumentString(`
    query HandoutsClinicianFields {
  __type(name: "Clinician") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutsClinicianFieldsQuery, HandoutsClinicianFieldsQueryVariables>;
export const HandoutsCreateLinkDocument = new TypedDocumentString(`
    mutation HandoutsCreateLink($input: CreateHandoutLinkInput!) {
  createHandoutLink(input: $input) {
    id
    url
  }
}
    `) as unknown as TypedDocumentString<HandoutsCreateLinkMutation, HandoutsCreateLinkMutationVariables>;
export const HandoutsRevokeLinkDocument = new TypedDocumentString(`
    mutation HandoutsRevokeLink($id: ID!) {
  revokeHandoutLink(input: {id: $id}) {
    active
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<HandoutsRevokeLinkMutation, HandoutsRevokeLinkMutationVariables>;
export const HandoutLinksActiveDocument = new TypedDocumentString(`
    query HandoutLinksActive($id: ID!) {
  handout(id: $id) {
    links {
      active
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutLinksActiveQuery, HandoutLinksActiveQueryVariables>;
export const HandoutPatientNameDocument = new TypedDocumentString(`
    query HandoutPatientName($id: ID!) {
  handout(id: $id) {
    patientName
  }
}
    `) as unknown as TypedDocumentString<HandoutPatientNameQuery, HandoutPatientNameQueryVariables>;
export const HandoutsPatientNamesDocument = new TypedDocumentString(`
    query HandoutsPatientNames {
  handouts {
    nodes {
      patientName
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutsPatientNamesQuery, HandoutsPatientNamesQueryVariables>;
export const HandoutsByPatientDocument = new TypedDocumentString(`
    query HandoutsByPatient {
  handouts(patientName: "private per") {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutsByPatientQuery, HandoutsByPatientQueryVariables>;
export const HandoutsPageDocument = new TypedDocumentString(`
    query HandoutsPage($first: Int!) {
  handouts(first: $first) {
    nodes {
      id
      template {
        name
        items {
          position
        }
      }
      clinician {
        displayName
      }
      issuedBy {
        displayName
      }
      links {
        active
      }
      latestVersion
    }
  }
}
    `) as unknown as TypedDocumentString<HandoutsPageQuery, HandoutsPageQueryVariables>;
export const HandoutsAuditDocument = new TypedDocumentString(`
    query HandoutsAudit {
  auditLog(first: 200) {
    action
    details
  }
}
    `) as unknown as TypedDocumentString<HandoutsAuditQuery, HandoutsAuditQueryVariables>;
export const HttpErrorsExerciseDocument = new TypedDocumentString(`
    query HttpErrorsExercise($id: ID!) {
  exercise(by: {id: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<HttpErrorsExerciseQuery, HttpErrorsExerciseQueryVariables>;
export const HttpErrorsArchiveDocument = new TypedDocumentString(`
    mutation HttpErrorsArchive($id: ID!) {
  archiveExercise(input: {id: $id, expectedVersion: 1}) {
    id
  }
}
    `) as unknown as TypedDocumentString<HttpErrorsArchiveMutation, HttpErrorsArchiveMutationVariables>;
export const HttpErrorsReissueDocument = new TypedDocumentString(`
    mutation HttpErrorsReissue($id: ID!) {
  reissueHandout(input: {id: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<HttpErrorsReissueMutation, HttpErrorsReissueMutationVariables>;
export const HttpCacheDraftDocument = new TypedDocumentString(`
    mutation HttpCacheDraft($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HttpCacheDraftMutation, HttpCacheDraftMutationVariables>;
export const ImageSafetyDraftDocument = new TypedDocumentString(`
    mutation ImageSafetyDraft($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImageSafetyDraftMutation, ImageSafetyDraftMutationVariables>;
export const ImageSafetyStillServingDocument = new TypedDocumentString(`
    query ImageSafetyStillServing {
  exercises(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ImageSafetyStillServingQuery, ImageSafetyStillServingQueryVariables>;
export const ImageSafetyAccountsDocument = new TypedDocumentString(`
    query ImageSafetyAccounts {
  accounts {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ImageSafetyAccountsQuery, ImageSafetyAccountsQueryVariables>;
export const ImageSafetyIssueHandoutDocument = new TypedDocumentString(`
    mutation ImageSafetyIssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
    links {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ImageSafetyIssueHandoutMutation, ImageSafetyIssueHandoutMutationVariables>;
export const ImportFreeExerciseDbDocument = new TypedDocumentString(`
    mutation ImportFreeExerciseDb($path: String!) {
  importFreeExerciseDb(input: {path: $path}) {
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
    `) as unknown as TypedDocumentString<ImportFreeExerciseDbMutation, ImportFreeExerciseDbMutationVariables>;
export const ImportSideBridgeDocument = new TypedDocumentString(`
    query ImportSideBridge {
  exercise(by: {slug: "fedb-side-bridge"}) {
    summary
    steps
    needsTagging
  }
}
    `) as unknown as TypedDocumentString<ImportSideBridgeQuery, ImportSideBridgeQueryVariables>;
export const ImportSitUpDocument = new TypedDocumentString(`
    query ImportSitUp {
  exercise(by: {slug: "fedb-3-4-sit-up"}) {
    name
    summary
    steps
    status
    planes
    stance
    position
    needsTagging
    tempo {
      intent
      notation
    }
    loadKind
    equipment
    primaryMuscles
    secondaryMuscles
    regions
    focus
    difficulty
    prescription {
      sets
      reps
    }
  }
}
    `) as unknown as TypedDocumentString<ImportSitUpQuery, ImportSitUpQueryVariables>;
export const ImportBridgePicturesDocument = new TypedDocumentString(`
    query ImportBridgePictures {
  exercise(by: {slug: "fedb-single-leg-glute-bridge"}) {
    media {
      url
      width
      height
      mime
      altText
      licence
    }
  }
}
    `) as unknown as TypedDocumentString<ImportBridgePicturesQuery, ImportBridgePicturesQueryVariables>;
export const ImportNeedingTagsDocument = new TypedDocumentString(`
    query ImportNeedingTags {
  exercisesNeedingTags(first: 5) {
    totalCount
    nodes {
      id
      slug
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ImportNeedingTagsQuery, ImportNeedingTagsQueryVariables>;
export const ImportSubmitDocument = new TypedDocumentString(`
    mutation ImportSubmit($input: ChangeStatusInput!) {
  changeExerciseStatus(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportSubmitMutation, ImportSubmitMutationVariables>;
export const ImportTagDocument = new TypedDocumentString(`
    mutation ImportTag($id: ID!, $version: Int!) {
  updateExercise(
    input: {id: $id, expectedVersion: $version, planes: [SAGITTAL], stance: BILATERAL, position: SUPINE, tempo: "2-0-2-0", tempoIntent: MODERATE}
  ) {
    needsTagging
    version
  }
}
    `) as unknown as TypedDocumentString<ImportTagMutation, ImportTagMutationVariables>;
export const ImportNeedingTagsCountDocument = new TypedDocumentString(`
    query ImportNeedingTagsCount {
  exercisesNeedingTags {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ImportNeedingTagsCountQuery, ImportNeedingTagsCountQueryVariables>;
export const ImportRenameDocument = new TypedDocumentString(`
    mutation ImportRename($id: ID!, $version: Int!) {
  updateExercise(
    input: {id: $id, expectedVersion: $version, name: "Renamed by the clinic"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportRenameMutation, ImportRenameMutationVariables>;
export const ImportKeptNameDocument = new TypedDocumentString(`
    query ImportKeptName($id: ID!) {
  exercise(by: {id: $id}) {
    name
  }
}
    `) as unknown as TypedDocumentString<ImportKeptNameQuery, ImportKeptNameQueryVariables>;
export const ExportBridgeIdDocument = new TypedDocumentString(`
    query ExportBridgeId {
  exercise(by: {slug: "glute-bridge"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExportBridgeIdQuery, ExportBridgeIdQueryVariables>;
export const ExportAddVideoDocument = new TypedDocumentString(`
    mutation ExportAddVideo($input: AddExerciseVideoInput!) {
  addExerciseVideo(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExportAddVideoMutation, ExportAddVideoMutationVariables>;
export const ExportUntaggedIdeaDocument = new TypedDocumentString(`
    mutation ExportUntaggedIdea {
  createExercise(
    input: {slug: "untagged-idea", name: "Untagged idea", summary: "Later.", steps: ["Try it."], loadKind: BODYWEIGHT, regions: [HIP], primaryMuscles: [GLUTEUS_MEDIUS], focus: [ACTIVATION], difficulty: 1, prescription: {sets: 1, reps: 5}}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExportUntaggedIdeaMutation, ExportUntaggedIdeaMutationVariables>;
export const ExportServedMediaDocument = new TypedDocumentString(`
    query ExportServedMedia {
  exercise(by: {slug: "glute-bridge"}) {
    media {
      kind
      url
      poster {
        altText
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportServedMediaQuery, ExportServedMediaQueryVariables>;
export const ExportUntaggedIdeaStatusDocument = new TypedDocumentString(`
    query ExportUntaggedIdeaStatus {
  exercise(by: {slug: "untagged-idea"}) {
    status
    needsTagging
  }
}
    `) as unknown as TypedDocumentString<ExportUntaggedIdeaStatusQuery, ExportUntaggedIdeaStatusQueryVariables>;
export const SeedAfterImportLibraryDocument = new TypedDocumentString(`
    query SeedAfterImportLibrary {
  all: exercises(
    first: 1
    filter: {status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]}
  ) {
    totalCount
  }
  bridge: exercise(by: {slug: "glute-bridge"}) {
    id
    version
    summary
    localized(locale: ES) {
      fallbackFields
    }
  }
  imported: exercise(by: {slug: "fedb-side-bridge"}) {
    status
  }
  knee: programTemplate(by: {slug: "runners-knee-phase-1"}) {
    items {
      exercise {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedAfterImportLibraryQuery, SeedAfterImportLibraryQueryVariables>;
export const SeedAfterImportEditDocument = new TypedDocumentString(`
    mutation SeedAfterImportEdit($id: ID!, $version: Int!) {
  updateExercise(
    input: {id: $id, expectedVersion: $version, summary: "The clinic's own words."}
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<SeedAfterImportEditMutation, SeedAfterImportEditMutationVariables>;
export const InputsMeDocument = new TypedDocumentString(`
    query InputsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsMeQuery, InputsMeQueryVariables>;
export const InputsUpdateExerciseDocument = new TypedDocumentString(`
    mutation InputsUpdateExercise($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsUpdateExerciseMutation, InputsUpdateExerciseMutationVariables>;
export const InputsIssueHandoutDocument = new TypedDocumentString(`
    mutation InputsIssueHandout($i: IssueHandoutInput!) {
  issueHandout(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsIssueHandoutMutation, InputsIssueHandoutMutationVariables>;
export const InputsCreateExerciseDocument = new TypedDocumentString(`
    mutation InputsCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<InputsCreateExerciseMutation, InputsCreateExerciseMutationVariables>;
export const InputsExerciseByIdDocument = new TypedDocumentString(`
    query InputsExerciseById($v: ID!) {
  exercise(by: {id: $v}) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsExerciseByIdQuery, InputsExerciseByIdQueryVariables>;
export const InputsExerciseBySlugDocument = new TypedDocumentString(`
    query InputsExerciseBySlug($v: String!) {
  exercise(by: {slug: $v}) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsExerciseBySlugQuery, InputsExerciseBySlugQueryVariables>;
export const InputsSearchDocument = new TypedDocumentString(`
    query InputsSearch($v: String!) {
  searchExercises(query: $v) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsSearchQuery, InputsSearchQueryVariables>;
export const InputsLoginDocument = new TypedDocumentString(`
    mutation InputsLogin($v: LoginInput!) {
  login(input: $v) {
    token
  }
}
    `) as unknown as TypedDocumentString<InputsLoginMutation, InputsLoginMutationVariables>;
export const InputsCreateWithCuesDocument = new TypedDocumentString(`
    mutation InputsCreateWithCues($v: CreateExerciseInput!) {
  createExercise(input: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsCreateWithCuesMutation, InputsCreateWithCuesMutationVariables>;
export const InputsHandoutsByPatientDocument = new TypedDocumentString(`
    query InputsHandoutsByPatient($v: String) {
  handouts(patientName: $v) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsHandoutsByPatientQuery, InputsHandoutsByPatientQueryVariables>;
export const InputsRevisionMessageDocument = new TypedDocumentString(`
    mutation InputsRevisionMessage($v: String) {
  createExercise(
    input: {slug: "x", name: "x", summary: "x", loadKind: BODYWEIGHT, regions: [KNEE], primaryMuscles: [QUADRICEPS], focus: [STRENGTH], difficulty: 1, prescription: {sets: 1, reps: 1}, message: $v}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsRevisionMessageMutation, InputsRevisionMessageMutationVariables>;
export const InputsHandoutByIdDocument = new TypedDocumentString(`
    query InputsHandoutById($v: ID!) {
  handout(id: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsHandoutByIdQuery, InputsHandoutByIdQueryVariables>;
export const InputsExercisesAfterLongDocument = new TypedDocumentString(`
    query InputsExercisesAfterLong($v: String) {
  exercises(after: $v) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsExercisesAfterLongQuery, InputsExercisesAfterLongQueryVariables>;
export const InputsExercisesAfterDocument = new TypedDocumentString(`
    query InputsExercisesAfter($a: String) {
  exercises(after: $a) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsExercisesAfterQuery, InputsExercisesAfterQueryVariables>;
export const InputsTemplatesAfterDocument = new TypedDocumentString(`
    query InputsTemplatesAfter($a: String) {
  programTemplates(after: $a) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsTemplatesAfterQuery, InputsTemplatesAfterQueryVariables>;
export const InputsHandoutsAfterDocument = new TypedDocumentString(`
    query InputsHandoutsAfter($a: String) {
  handouts(after: $a) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsHandoutsAfterQuery, InputsHandoutsAfterQueryVariables>;
export const InputsSearchAfterDocument = new TypedDocumentString(`
    query InputsSearchAfter($a: String) {
  searchExercises(query: "squat", after: $a) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputsSearchAfterQuery, InputsSearchAfterQueryVariables>;
export const InputsFirstPageDocument = new TypedDocumentString(`
    query InputsFirstPage {
  exercises(first: 1) {
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<InputsFirstPageQuery, InputsFirstPageQueryVariables>;
export const InputsNextPageDocument = new TypedDocumentString(`
    query InputsNextPage($a: String) {
  exercises(first: 1, after: $a) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InputsNextPageQuery, InputsNextPageQueryVariables>;
export const InputsAuditBeforeDocument = new TypedDocumentString(`
    query InputsAuditBefore($b: ID) {
  auditLog(before: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsAuditBeforeQuery, InputsAuditBeforeQueryVariables>;
export const InputsUpdateAccountDocument = new TypedDocumentString(`
    mutation InputsUpdateAccount($input: UpdateAccountInput!) {
  updateAccount(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsUpdateAccountMutation, InputsUpdateAccountMutationVariables>;
export const InputsLinkDocument = new TypedDocumentString(`
    mutation InputsLink($input: LinkExercisesInput!) {
  linkExercises(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsLinkMutation, InputsLinkMutationVariables>;
export const InputsUpdateProgressionDocument = new TypedDocumentString(`
    mutation InputsUpdateProgression($input: UpdateProgressionInput!) {
  updateProgression(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsUpdateProgressionMutation, InputsUpdateProgressionMutationVariables>;
export const InputsClearStepsDocument = new TypedDocumentString(`
    mutation InputsClearSteps($id: ID!, $v: Int!) {
  updateExercise(input: {id: $id, expectedVersion: $v, steps: null}) {
    steps
  }
}
    `) as unknown as TypedDocumentString<InputsClearStepsMutation, InputsClearStepsMutationVariables>;
export const InputsTagStanceDocument = new TypedDocumentString(`
    mutation InputsTagStance($id: ID!, $v: Int!) {
  updateExercise(input: {id: $id, expectedVersion: $v, stance: SINGLE_LEG}) {
    version
  }
}
    `) as unknown as TypedDocumentString<InputsTagStanceMutation, InputsTagStanceMutationVariables>;
export const InputsChangeStatusDocument = new TypedDocumentString(`
    mutation InputsChangeStatus($input: ChangeStatusInput!) {
  changeExerciseStatus(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<InputsChangeStatusMutation, InputsChangeStatusMutationVariables>;
export const InputsRestoreRevisionDocument = new TypedDocumentString(`
    mutation InputsRestoreRevision($input: RestoreRevisionInput!) {
  restoreExerciseRevision(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsRestoreRevisionMutation, InputsRestoreRevisionMutationVariables>;
export const InputsImportPathDocument = new TypedDocumentString(`
    mutation InputsImportPath($p: String!) {
  importFreeExerciseDb(input: {path: $p}) {
    total
  }
}
    `) as unknown as TypedDocumentString<InputsImportPathMutation, InputsImportPathMutationVariables>;
export const InputsCreateAccountDocument = new TypedDocumentString(`
    mutation InputsCreateAccount($i: CreateAccountInput!) {
  createAccount(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsCreateAccountMutation, InputsCreateAccountMutationVariables>;
export const LibraryJobsStartDocument = new TypedDocumentString(`
    mutation LibraryJobsStart($path: String!) {
  startLibraryImport(input: {path: $path}) {
    id
    status
    path
  }
}
    `) as unknown as TypedDocumentString<LibraryJobsStartMutation, LibraryJobsStartMutationVariables>;
export const LibraryJobsPollDocument = new TypedDocumentString(`
    query LibraryJobsPoll($id: ID!) {
  libraryImport(id: $id) {
    id
    status
    processed
    total
    error
    finishedAt
    report {
      total
      created
      skipped {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LibraryJobsPollQuery, LibraryJobsPollQueryVariables>;
export const LimitsAliveDocument = new TypedDocumentString(`
    query LimitsAlive {
  __typename
}
    `) as unknown as TypedDocumentString<LimitsAliveQuery, LimitsAliveQueryVariables>;
export const ProvenanceImportDocument = new TypedDocumentString(`
    mutation ProvenanceImport($path: String!) {
  importFreeExerciseDb(input: {path: $path}) {
    images
  }
}
    `) as unknown as TypedDocumentString<ProvenanceImportMutation, ProvenanceImportMutationVariables>;
export const ProvenanceMediaDocument = new TypedDocumentString(`
    query ProvenanceMedia($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    media {
      id
      author
      source
      licence
      licenceUrl
      licenceVerified
      licenceVerifiedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceMediaQuery, ProvenanceMediaQueryVariables>;
export const ProvenanceVerifyDocument = new TypedDocumentString(`
    mutation ProvenanceVerify($input: VerifyMediaLicenceInput!) {
  verifyMediaLicence(input: $input) {
    id
    licence
    licenceUrl
    licenceVerified
    licenceVerifiedAt
  }
}
    `) as unknown as TypedDocumentString<ProvenanceVerifyMutation, ProvenanceVerifyMutationVariables>;
export const ProvenanceIssueDocument = new TypedDocumentString(`
    mutation ProvenanceIssue($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
    pdfUrl
    items {
      exerciseSlug
      picture {
        url
        credit
        licence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceIssueMutation, ProvenanceIssueMutationVariables>;
export const ProvenanceReissueDocument = new TypedDocumentString(`
    mutation ProvenanceReissue($input: ReissueHandoutInput!) {
  reissueHandout(input: $input) {
    id
    pdfUrl
    items {
      picture {
        url
        licence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceReissueMutation, ProvenanceReissueMutationVariables>;
export const ProvenanceAuditDocument = new TypedDocumentString(`
    query ProvenanceAudit {
  auditLog(action: "MEDIA_LICENCE_VERIFIED") {
    action
    targetId
  }
}
    `) as unknown as TypedDocumentString<ProvenanceAuditQuery, ProvenanceAuditQueryVariables>;
export const UploadsCreateDocument = new TypedDocumentString(`
    mutation UploadsCreate($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UploadsCreateMutation, UploadsCreateMutationVariables>;
export const UploadsStatusDocument = new TypedDocumentString(`
    mutation UploadsStatus($input: ChangeStatusInput!) {
  changeExerciseStatus(input: $input) {
    version
    status
  }
}
    `) as unknown as TypedDocumentString<UploadsStatusMutation, UploadsStatusMutationVariables>;
export const UploadsMediaDocument = new TypedDocumentString(`
    query UploadsMedia($id: ID!) {
  exercise(by: {id: $id}) {
    media {
      id
      kind
      position
      altText
      author
      licence
      licenceVerified
      poster {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UploadsMediaQuery, UploadsMediaQueryVariables>;
export const UploadsAddVideoDocument = new TypedDocumentString(`
    mutation UploadsAddVideo($input: AddExerciseVideoInput!) {
  addExerciseVideo(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UploadsAddVideoMutation, UploadsAddVideoMutationVariables>;
export const UploadsUpdateDocument = new TypedDocumentString(`
    mutation UploadsUpdate($id: ID!, $input: UpdateExerciseMediaInput!) {
  updateExerciseMedia(id: $id, input: $input) {
    altText
    author
  }
}
    `) as unknown as TypedDocumentString<UploadsUpdateMutation, UploadsUpdateMutationVariables>;
export const UploadsAuditDocument = new TypedDocumentString(`
    query UploadsAudit($action: String) {
  auditLog(action: $action, first: 200) {
    targetId
    details
  }
}
    `) as unknown as TypedDocumentString<UploadsAuditQuery, UploadsAuditQueryVariables>;
export const ExerciseMediaDocument = new TypedDocumentString(`
    query ExerciseMedia($id: ID!) {
  exercise(by: {id: $id}) {
    media {
      id
      kind
      position
      url
      mime
      width
      height
      bytes
      altText
      credit
      licence
      poster {
        id
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExerciseMediaQuery, ExerciseMediaQueryVariables>;
export const MediaAddVideoDocument = new TypedDocumentString(`
    mutation MediaAddVideo($input: AddExerciseVideoInput!) {
  addExerciseVideo(input: $input) {
    id
    kind
    position
    url
    mime
    width
    height
    bytes
    altText
    credit
    licence
    poster {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MediaAddVideoMutation, MediaAddVideoMutationVariables>;
export const MediaRemoveDocument = new TypedDocumentString(`
    mutation MediaRemove($id: ID!) {
  deleteExerciseMedia(input: {id: $id}) {
    deletedMediaId
    exercise {
      media {
        id
        position
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MediaRemoveMutation, MediaRemoveMutationVariables>;
export const MediaDraftDocument = new TypedDocumentString(`
    mutation MediaDraft($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MediaDraftMutation, MediaDraftMutationVariables>;
export const MediaUpdateDocument = new TypedDocumentString(`
    mutation MediaUpdate($input: UpdateExerciseMediaInput!) {
  updateExerciseMedia(input: $input) {
    id
    position
    altText
    credit
    licence
  }
}
    `) as unknown as TypedDocumentString<MediaUpdateMutation, MediaUpdateMutationVariables>;
export const MediaListDocument = new TypedDocumentString(`
    query MediaList {
  exercises(first: 100) {
    nodes {
      id
      media {
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MediaListQuery, MediaListQueryVariables>;
export const MediaPageDocument = new TypedDocumentString(`
    query MediaPage($first: Int) {
  exercises(first: $first) {
    nodes {
      slug
      media {
        kind
        url
        width
        poster {
          url
          width
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MediaPageQuery, MediaPageQueryVariables>;
export const ObserveLoginDocument = new TypedDocumentString(`
    mutation ObserveLogin($input: LoginInput!) {
  login(input: $input) {
    token
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<ObserveLoginMutation, ObserveLoginMutationVariables>;
export const ObserveRefreshDocument = new TypedDocumentString(`
    mutation ObserveRefresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    token
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<ObserveRefreshMutation, ObserveRefreshMutationVariables>;
export const ObserveIssueResetDocument = new TypedDocumentString(`
    mutation ObserveIssueReset($input: IssuePasswordResetInput!) {
  issuePasswordReset(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ObserveIssueResetMutation, ObserveIssueResetMutationVariables>;
export const ObserveResetPasswordDocument = new TypedDocumentString(`
    mutation ObserveResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ObserveResetPasswordMutation, ObserveResetPasswordMutationVariables>;
export const ObserveAccountsDocument = new TypedDocumentString(`
    query ObserveAccounts {
  accounts {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<ObserveAccountsQuery, ObserveAccountsQueryVariables>;
export const ObserveTemplateDocument = new TypedDocumentString(`
    query ObserveTemplate {
  programTemplate(by: {slug: "runners-knee-phase-1"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ObserveTemplateQuery, ObserveTemplateQueryVariables>;
export const ObserveIssueHandoutDocument = new TypedDocumentString(`
    mutation ObserveIssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
    pdfUrl
    links {
      url
    }
  }
}
    `) as unknown as TypedDocumentString<ObserveIssueHandoutMutation, ObserveIssueHandoutMutationVariables>;
export const ObserveExercisesDocument = new TypedDocumentString(`
    query ObserveExercises {
  exercises(first: 3) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ObserveExercisesQuery, ObserveExercisesQueryVariables>;
export const ObserveCountedDocument = new TypedDocumentString(`
    query ObserveCounted {
  __typename
}
    `) as unknown as TypedDocumentString<ObserveCountedQuery, ObserveCountedQueryVariables>;
export const OutageExerciseCountDocument = new TypedDocumentString(`
    query OutageExerciseCount {
  exercises {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OutageExerciseCountQuery, OutageExerciseCountQueryVariables>;
export const OutageHandoutCountDocument = new TypedDocumentString(`
    query OutageHandoutCount {
  handouts {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OutageHandoutCountQuery, OutageHandoutCountQueryVariables>;
export const ResetPageIssueDocument = new TypedDocumentString(`
    mutation ResetPageIssue($input: IssuePasswordResetInput!) {
  issuePasswordReset(input: $input) {
    token
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ResetPageIssueMutation, ResetPageIssueMutationVariables>;
export const PrintingIssueHandoutDocument = new TypedDocumentString(`
    mutation PrintingIssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
    pdfUrl
    links {
      url
    }
    items {
      picture {
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrintingIssueHandoutMutation, PrintingIssueHandoutMutationVariables>;
export const PrintingTemplateDocument = new TypedDocumentString(`
    query PrintingTemplate {
  programTemplate(by: {slug: "runners-knee-phase-1"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrintingTemplateQuery, PrintingTemplateQueryVariables>;
export const PrintingAccountsDocument = new TypedDocumentString(`
    query PrintingAccounts {
  accounts {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<PrintingAccountsQuery, PrintingAccountsQueryVariables>;
export const PrintingPingDocument = new TypedDocumentString(`
    query PrintingPing {
  __typename
}
    `) as unknown as TypedDocumentString<PrintingPingQuery, PrintingPingQueryVariables>;
export const CreateProgramTemplateDocument = new TypedDocumentString(`
    mutation CreateProgramTemplate($input: CreateProgramTemplateInput!) {
  createProgramTemplate(input: $input) {
    ...ProgramTemplateFields
  }
}
    fragment ProgramTemplateFields on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  guidanceTranslations {
    locale
    text
    outdated
  }
  version
  archivedAt
  owner {
    id
    displayName
  }
  items {
    position
    exercise {
      slug
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      tempo
      load
      sessionsPerWeek
      side
      restSeconds
      notes
    }
  }
}`) as unknown as TypedDocumentString<CreateProgramTemplateMutation, CreateProgramTemplateMutationVariables>;
export const UpdateProgramTemplateDocument = new TypedDocumentString(`
    mutation UpdateProgramTemplate($input: UpdateProgramTemplateInput!) {
  updateProgramTemplate(input: $input) {
    ...ProgramTemplateFields
  }
}
    fragment ProgramTemplateFields on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  guidanceTranslations {
    locale
    text
    outdated
  }
  version
  archivedAt
  owner {
    id
    displayName
  }
  items {
    position
    exercise {
      slug
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      tempo
      load
      sessionsPerWeek
      side
      restSeconds
      notes
    }
  }
}`) as unknown as TypedDocumentString<UpdateProgramTemplateMutation, UpdateProgramTemplateMutationVariables>;
export const ProgramTemplateLookupDocument = new TypedDocumentString(`
    query ProgramTemplateLookup($by: ProgramTemplateLookup) {
  programTemplate(by: $by) {
    slug
  }
  programTemplates(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgramTemplateLookupQuery, ProgramTemplateLookupQueryVariables>;
export const RunnersKneeTemplateDocument = new TypedDocumentString(`
    query RunnersKneeTemplate {
  programTemplate(by: {slug: "runners-knee-phase-1"}) {
    ...ProgramTemplateFields
  }
}
    fragment ProgramTemplateFields on ProgramTemplate {
  id
  slug
  name
  description
  guidance
  guidanceTranslations {
    locale
    text
    outdated
  }
  version
  archivedAt
  owner {
    id
    displayName
  }
  items {
    position
    exercise {
      slug
    }
    prescription {
      sets
      reps
      holdSeconds
      distanceMetres
      durationSeconds
      perSide
      tempo
      load
      sessionsPerWeek
      side
      restSeconds
      notes
    }
  }
}`) as unknown as TypedDocumentString<RunnersKneeTemplateQuery, RunnersKneeTemplateQueryVariables>;
export const ProgramGuidanceIssueDocument = new TypedDocumentString(`
    mutation ProgramGuidanceIssue($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    guidance {
      text
      language
      outdated
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramGuidanceIssueMutation, ProgramGuidanceIssueMutationVariables>;
export const ArchiveProgramTemplateDocument = new TypedDocumentString(`
    mutation ArchiveProgramTemplate($id: ID!) {
  archiveProgramTemplate(input: {id: $id, expectedVersion: 2}) {
    archivedAt
    version
  }
}
    `) as unknown as TypedDocumentString<ArchiveProgramTemplateMutation, ArchiveProgramTemplateMutationVariables>;
export const ProgramTemplateSlugsDocument = new TypedDocumentString(`
    query ProgramTemplateSlugs {
  programTemplates(first: 50) {
    nodes {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramTemplateSlugsQuery, ProgramTemplateSlugsQueryVariables>;
export const ProgramTemplateIdsDocument = new TypedDocumentString(`
    query ProgramTemplateIds {
  programTemplates {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramTemplateIdsQuery, ProgramTemplateIdsQueryVariables>;
export const RunnersKneeBalanceDocument = new TypedDocumentString(`
    query RunnersKneeBalance {
  programTemplate(by: {slug: "runners-knee-phase-1"}) {
    balance {
      gaps {
        facet
        missing
        suggestions {
          slug
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunnersKneeBalanceQuery, RunnersKneeBalanceQueryVariables>;
export const LinkExercisesDocument = new TypedDocumentString(`
    mutation LinkExercises($input: LinkExercisesInput!) {
  linkExercises(input: $input) {
    id
    kind
    changes
    criterion
    order
    from {
      slug
    }
    to {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<LinkExercisesMutation, LinkExercisesMutationVariables>;
export const RemoveProgressionDocument = new TypedDocumentString(`
    mutation RemoveProgression($id: ID!) {
  removeProgression(input: {id: $id}) {
    removedProgressionId
    from {
      slug
    }
    to {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveProgressionMutation, RemoveProgressionMutationVariables>;
export const ProgressionsCreateExerciseDocument = new TypedDocumentString(`
    mutation ProgressionsCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressionsCreateExerciseMutation, ProgressionsCreateExerciseMutationVariables>;
export const SquatLadderDocument = new TypedDocumentString(`
    query SquatLadder {
  exercise(by: {slug: "single-leg-squat-to-box"}) {
    ladder {
      level
      exercise {
        slug
      }
      via {
        changes
        criterion
        from {
          slug
        }
        to {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SquatLadderQuery, SquatLadderQueryVariables>;
export const SquatLadderDepthDocument = new TypedDocumentString(`
    query SquatLadderDepth($depth: Int) {
  exercise(by: {slug: "single-leg-squat-to-box"}) {
    ladder(depth: $depth) {
      level
    }
  }
}
    `) as unknown as TypedDocumentString<SquatLadderDepthQuery, SquatLadderDepthQueryVariables>;
export const ProgressionListsDocument = new TypedDocumentString(`
    query ProgressionLists($slug: String!) {
  exercise(by: {slug: $slug}) {
    progressions {
      order
      to {
        slug
      }
    }
    regressions {
      from {
        slug
      }
    }
    variations {
      from {
        slug
      }
      to {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressionListsQuery, ProgressionListsQueryVariables>;
export const ProgressionVariationsDocument = new TypedDocumentString(`
    query ProgressionVariations($slug: String!) {
  exercise(by: {slug: $slug}) {
    variations {
      from {
        slug
      }
      to {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressionVariationsQuery, ProgressionVariationsQueryVariables>;
export const ProgressionPageDocument = new TypedDocumentString(`
    query ProgressionPage($first: Int) {
  exercises(first: $first) {
    nodes {
      slug
      media {
        url
        altText
      }
      progressions {
        criterion
        to {
          slug
        }
      }
      regressions {
        from {
          slug
        }
      }
      variations {
        kind
        from {
          slug
        }
        to {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressionPageQuery, ProgressionPageQueryVariables>;
export const ProgressionDetailDocument = new TypedDocumentString(`
    query ProgressionDetail($slug: String!) {
  exercise(by: {slug: $slug}) {
    id
    name
    steps
    tempo {
      intent
    }
    progressions {
      criterion
      changes
      order
      to {
        slug
        name
        status
      }
    }
    regressions {
      kind
      from {
        slug
        steps
      }
    }
    variations {
      from {
        slug
      }
      to {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressionDetailQuery, ProgressionDetailQueryVariables>;
export const ProgressionDetailReferenceDocument = new TypedDocumentString(`
    query ProgressionDetailReference($text: String!) {
  exercises(first: 5, filter: {text: $text}) {
    nodes {
      slug
      progressions {
        criterion
        changes
        order
        to {
          slug
          name
          status
        }
      }
      regressions {
        kind
        from {
          slug
          steps
        }
      }
      variations {
        from {
          slug
        }
        to {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressionDetailReferenceQuery, ProgressionDetailReferenceQueryVariables>;
export const ProgressionPathHarderDocument = new TypedDocumentString(`
    query ProgressionPathHarder($from: ID!, $to: ID!) {
  progressionPath(from: $from, to: $to) {
    direction
    steps {
      from {
        slug
      }
      to {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressionPathHarderQuery, ProgressionPathHarderQueryVariables>;
export const ProgressionPathEasierDocument = new TypedDocumentString(`
    query ProgressionPathEasier($from: ID!, $to: ID!) {
  progressionPath(from: $from, to: $to) {
    direction
    steps {
      from {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressionPathEasierQuery, ProgressionPathEasierQueryVariables>;
export const ProgressionPathNoneDocument = new TypedDocumentString(`
    query ProgressionPathNone($from: ID!, $to: ID!) {
  progressionPath(from: $from, to: $to) {
    direction
  }
}
    `) as unknown as TypedDocumentString<ProgressionPathNoneQuery, ProgressionPathNoneQueryVariables>;
export const ProgressionUpdateCriterionDocument = new TypedDocumentString(`
    mutation ProgressionUpdateCriterion($id: ID!) {
  updateProgression(input: {id: $id, criterion: "2 x 8 at RPE 7", order: 0}) {
    criterion
    order
    changes
  }
}
    `) as unknown as TypedDocumentString<ProgressionUpdateCriterionMutation, ProgressionUpdateCriterionMutationVariables>;
export const ProgressionMakeProgressionDocument = new TypedDocumentString(`
    mutation ProgressionMakeProgression($id: ID!) {
  updateProgression(input: {id: $id, kind: PROGRESSION}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressionMakeProgressionMutation, ProgressionMakeProgressionMutationVariables>;
export const ProgressionsArchiveDocument = new TypedDocumentString(`
    mutation ProgressionsArchive($id: ID!) {
  archiveExercise(input: {id: $id, expectedVersion: 1}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressionsArchiveMutation, ProgressionsArchiveMutationVariables>;
export const SearchExercisesDocument = new TypedDocumentString(`
    query SearchExercises($query: String!, $filter: ExerciseFilter, $first: Int, $after: String) {
  searchExercises(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      score
      node {
        slug
        name
        planes
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchExercisesQuery, SearchExercisesQueryVariables>;
export const SearchCreateExerciseDocument = new TypedDocumentString(`
    mutation SearchCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SearchCreateExerciseMutation, SearchCreateExerciseMutationVariables>;
export const ExerciseFacetsDocument = new TypedDocumentString(`
    query ExerciseFacets($filter: ExerciseFilter, $query: String) {
  exerciseFacets(filter: $filter, query: $query) {
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
}
    `) as unknown as TypedDocumentString<ExerciseFacetsQuery, ExerciseFacetsQueryVariables>;
export const SeedTemplateDocument = new TypedDocumentString(`
    query SeedTemplate($slug: String!) {
  programTemplate(by: {slug: $slug}) {
    id
    items {
      exercise {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTemplateQuery, SeedTemplateQueryVariables>;
export const SeedTemplateBalanceDocument = new TypedDocumentString(`
    query SeedTemplateBalance($items: [ProgramItemInput!]!) {
  programBalance(items: $items) {
    exerciseCount
    gaps {
      facet
      missing
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTemplateBalanceQuery, SeedTemplateBalanceQueryVariables>;
export const SeedTemplateHandoutDocument = new TypedDocumentString(`
    mutation SeedTemplateHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    locale
    items {
      exerciseSlug
    }
    guidance {
      language
      outdated
    }
    fallbacks {
      exerciseName
      fields
    }
  }
}
    `) as unknown as TypedDocumentString<SeedTemplateHandoutMutation, SeedTemplateHandoutMutationVariables>;
export const SessionsLoginDocument = new TypedDocumentString(`
    mutation SessionsLogin($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
    refreshToken
    refreshExpiresAt
    account {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsLoginMutation, SessionsLoginMutationVariables>;
export const SessionsRefreshDocument = new TypedDocumentString(`
    mutation SessionsRefresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    token
    refreshToken
    account {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsRefreshMutation, SessionsRefreshMutationVariables>;
export const SessionsSignOutDocument = new TypedDocumentString(`
    mutation SessionsSignOut($input: SignOutInput!) {
  signOut(input: $input) {
    sessionsEnded
  }
}
    `) as unknown as TypedDocumentString<SessionsSignOutMutation, SessionsSignOutMutationVariables>;
export const SessionsChangePasswordDocument = new TypedDocumentString(`
    mutation SessionsChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    token
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<SessionsChangePasswordMutation, SessionsChangePasswordMutationVariables>;
export const SessionsUpdateAccountDocument = new TypedDocumentString(`
    mutation SessionsUpdateAccount($input: UpdateAccountInput!) {
  updateAccount(input: $input) {
    role
    active
  }
}
    `) as unknown as TypedDocumentString<SessionsUpdateAccountMutation, SessionsUpdateAccountMutationVariables>;
export const SessionsIssueHandoutDocument = new TypedDocumentString(`
    mutation SessionsIssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
    patientName
    pdfUrl
  }
}
    `) as unknown as TypedDocumentString<SessionsIssueHandoutMutation, SessionsIssueHandoutMutationVariables>;
export const SessionsAccountIdsDocument = new TypedDocumentString(`
    query SessionsAccountIds {
  accounts {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsAccountIdsQuery, SessionsAccountIdsQueryVariables>;
export const SessionsExerciseCountDocument = new TypedDocumentString(`
    query SessionsExerciseCount {
  exercises(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SessionsExerciseCountQuery, SessionsExerciseCountQueryVariables>;
export const SessionsDraftCountDocument = new TypedDocumentString(`
    query SessionsDraftCount {
  exercises(first: 1, filter: {status: DRAFT}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SessionsDraftCountQuery, SessionsDraftCountQueryVariables>;
export const SessionsPatientNamesDocument = new TypedDocumentString(`
    query SessionsPatientNames {
  handouts(first: 5) {
    nodes {
      patientName
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsPatientNamesQuery, SessionsPatientNamesQueryVariables>;
export const SessionsAccountsDocument = new TypedDocumentString(`
    query SessionsAccounts {
  accounts {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<SessionsAccountsQuery, SessionsAccountsQueryVariables>;
export const SessionsDraftDocument = new TypedDocumentString(`
    mutation SessionsDraft($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsDraftMutation, SessionsDraftMutationVariables>;
export const SessionsMyRoleDocument = new TypedDocumentString(`
    query SessionsMyRole {
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<SessionsMyRoleQuery, SessionsMyRoleQueryVariables>;
export const SessionsAuditDocument = new TypedDocumentString(`
    query SessionsAudit {
  auditLog(first: 200) {
    action
    details
  }
}
    `) as unknown as TypedDocumentString<SessionsAuditQuery, SessionsAuditQueryVariables>;
export const SessionsIssueResetDocument = new TypedDocumentString(`
    mutation SessionsIssueReset($input: IssuePasswordResetInput!) {
  issuePasswordReset(input: $input) {
    token
    expiresAt
    account {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsIssueResetMutation, SessionsIssueResetMutationVariables>;
export const SessionsResetPasswordDocument = new TypedDocumentString(`
    mutation SessionsResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    token
    refreshToken
    account {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsResetPasswordMutation, SessionsResetPasswordMutationVariables>;
export const SessionsResetAuditDocument = new TypedDocumentString(`
    query SessionsResetAudit {
  auditLog(first: 200) {
    action
    details
  }
}
    `) as unknown as TypedDocumentString<SessionsResetAuditQuery, SessionsResetAuditQueryVariables>;
export const SessionsRevokeKeyDocument = new TypedDocumentString(`
    mutation SessionsRevokeKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsRevokeKeyMutation, SessionsRevokeKeyMutationVariables>;
export const SessionsCreateAccountDocument = new TypedDocumentString(`
    mutation SessionsCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsCreateAccountMutation, SessionsCreateAccountMutationVariables>;
export const SessionsFailedSignInsDocument = new TypedDocumentString(`
    query SessionsFailedSignIns {
  auditLog(first: 200, action: "LOGIN_FAILED") {
    action
    targetId
    details
  }
}
    `) as unknown as TypedDocumentString<SessionsFailedSignInsQuery, SessionsFailedSignInsQueryVariables>;
export const ShutdownLoginDocument = new TypedDocumentString(`
    mutation ShutdownLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ShutdownLoginMutation, ShutdownLoginMutationVariables>;
export const ShutdownTemplateDocument = new TypedDocumentString(`
    query ShutdownTemplate {
  programTemplate(by: {slug: "runners-knee-phase-1"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShutdownTemplateQuery, ShutdownTemplateQueryVariables>;
export const ShutdownIssueHandoutDocument = new TypedDocumentString(`
    mutation ShutdownIssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShutdownIssueHandoutMutation, ShutdownIssueHandoutMutationVariables>;
export const ShutdownExercisesDocument = new TypedDocumentString(`
    query ShutdownExercises {
  exercises(first: 20) {
    totalCount
    nodes {
      name
      planes
    }
  }
}
    `) as unknown as TypedDocumentString<ShutdownExercisesQuery, ShutdownExercisesQueryVariables>;
export const BrowserExercisesDocument = new TypedDocumentString(`
    query BrowserExercises($first: Int, $after: String, $last: Int, $before: String, $filter: ExerciseFilter) {
  exercises(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        slug
        name
      }
    }
    pageInfo {
      startCursor
      endCursor
      hasPreviousPage
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserExercisesQuery, BrowserExercisesQueryVariables>;
export const TestCreateApiKeyDocument = new TypedDocumentString(`
    mutation TestCreateApiKey($name: String!) {
  createApiKey(input: {name: $name}) {
    secret
    apiKey {
      id
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<TestCreateApiKeyMutation, TestCreateApiKeyMutationVariables>;
export const TestVerifyMediaLicenceDocument = new TypedDocumentString(`
    mutation TestVerifyMediaLicence($input: VerifyMediaLicenceInput!) {
  verifyMediaLicence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TestVerifyMediaLicenceMutation, TestVerifyMediaLicenceMutationVariables>;
export const TestLoginDocument = new TypedDocumentString(`
    mutation TestLogin($input: LoginInput!) {
  login(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<TestLoginMutation, TestLoginMutationVariables>;
export const TestCreateAccountDocument = new TypedDocumentString(`
    mutation TestCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TestCreateAccountMutation, TestCreateAccountMutationVariables>;
export const TranslationSetDocument = new TypedDocumentString(`
    mutation TranslationSet($input: SetExerciseTranslationInput!) {
  setExerciseTranslation(input: $input) {
    exerciseId
    locale
    name
    summary
    steps
    cues
    precautions
    version
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<TranslationSetMutation, TranslationSetMutationVariables>;
export const TranslationRemoveDocument = new TypedDocumentString(`
    mutation TranslationRemove($input: RemoveExerciseTranslationInput!) {
  removeExerciseTranslation(input: $input) {
    id
    translations {
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationRemoveMutation, TranslationRemoveMutationVariables>;
export const TranslationReadDocument = new TypedDocumentString(`
    query TranslationRead($id: ID!, $locale: Locale!) {
  exercise(by: {id: $id}) {
    translations {
      exerciseId
      locale
      name
      summary
      steps
      cues
      precautions
      version
      updatedAt
    }
    localized(locale: $locale) {
      locale
      name
      summary
      steps
      cues
      precautions
      fallbackFields
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationReadQuery, TranslationReadQueryVariables>;
export const TranslationDraftDocument = new TypedDocumentString(`
    mutation TranslationDraft($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TranslationDraftMutation, TranslationDraftMutationVariables>;
export const TranslationAuditDocument = new TypedDocumentString(`
    query TranslationAudit($id: ID) {
  auditLog(targetId: $id) {
    action
    actorKind
    targetType
    details
  }
}
    `) as unknown as TypedDocumentString<TranslationAuditQuery, TranslationAuditQueryVariables>;
export const TranslationOutdatedDocument = new TypedDocumentString(`
    query TranslationOutdated($by: ExerciseLookup!) {
  exercise(by: $by) {
    translations {
      locale
      outdated
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationOutdatedQuery, TranslationOutdatedQueryVariables>;
export const TranslationSetOutdatedDocument = new TypedDocumentString(`
    mutation TranslationSetOutdated($input: SetExerciseTranslationInput!) {
  setExerciseTranslation(input: $input) {
    version
    outdated
  }
}
    `) as unknown as TypedDocumentString<TranslationSetOutdatedMutation, TranslationSetOutdatedMutationVariables>;
export const TranslationSeededDocument = new TypedDocumentString(`
    query TranslationSeeded($after: String) {
  exercises(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      slug
      translations {
        locale
        name
        summary
        steps
        cues
        precautions
      }
      es: localized(locale: ES) {
        name
        fallbackFields
      }
      vi: localized(locale: VI) {
        name
        fallbackFields
      }
      zh: localized(locale: ZH) {
        name
        fallbackFields
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationSeededQuery, TranslationSeededQueryVariables>;
export const TranslationIdsDocument = new TypedDocumentString(`
    query TranslationIds($id: ID!) {
  exercise(by: {id: $id}) {
    translations {
      id
      locale
      version
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationIdsQuery, TranslationIdsQueryVariables>;
export const TranslationSetIdDocument = new TypedDocumentString(`
    mutation TranslationSetId($input: SetExerciseTranslationInput!) {
  setExerciseTranslation(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<TranslationSetIdMutation, TranslationSetIdMutationVariables>;
export const TranslationArchiveDocument = new TypedDocumentString(`
    mutation TranslationArchive($id: ID!) {
  archiveExercise(input: {id: $id, expectedVersion: 1}) {
    id
  }
}
    `) as unknown as TypedDocumentString<TranslationArchiveMutation, TranslationArchiveMutationVariables>;
export const TranslationAccountsDocument = new TypedDocumentString(`
    query TranslationAccounts {
  accounts {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<TranslationAccountsQuery, TranslationAccountsQueryVariables>;
export const TranslationEnglishPrecautionsDocument = new TypedDocumentString(`
    query TranslationEnglishPrecautions($slug: String!) {
  exercise(by: {slug: $slug}) {
    precautions
  }
}
    `) as unknown as TypedDocumentString<TranslationEnglishPrecautionsQuery, TranslationEnglishPrecautionsQueryVariables>;
export const TranslationIssueHandoutDocument = new TypedDocumentString(`
    mutation TranslationIssueHandout($input: IssueHandoutInput!) {
  issueHandout(input: $input) {
    pdfUrl
    items {
      exerciseSlug
      precautions
      fallbackFields
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationIssueHandoutMutation, TranslationIssueHandoutMutationVariables>;
export const TranslationBridgeIdDocument = new TypedDocumentString(`
    query TranslationBridgeId {
  exercise(by: {slug: "glute-bridge"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<TranslationBridgeIdQuery, TranslationBridgeIdQueryVariables>;
export const TranslationUpdateExerciseDocument = new TypedDocumentString(`
    mutation TranslationUpdateExercise($input: UpdateExerciseInput!) {
  updateExercise(input: $input) {
    version
    translations {
      locale
      version
      outdated
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationUpdateExerciseMutation, TranslationUpdateExerciseMutationVariables>;
export const TranslationPageDocument = new TypedDocumentString(`
    query TranslationPage($first: Int) {
  exercises(first: $first) {
    nodes {
      slug
      translations {
        locale
        name
        steps
        outdated
      }
      es: localized(locale: ES) {
        name
        cues
        fallbackFields
      }
      zh: localized(locale: ZH) {
        name
      }
      en: localized(locale: EN) {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationPageQuery, TranslationPageQueryVariables>;
export const TranslationExportedPartialDocument = new TypedDocumentString(`
    query TranslationExportedPartial($slug: String!) {
  exercise(by: {slug: $slug}) {
    localized(locale: VI) {
      summary
      fallbackFields
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationExportedPartialQuery, TranslationExportedPartialQueryVariables>;
export const TranslationBridgeSpanishDocument = new TypedDocumentString(`
    query TranslationBridgeSpanish {
  exercise(by: {slug: "glute-bridge"}) {
    localized(locale: ES) {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationBridgeSpanishQuery, TranslationBridgeSpanishQueryVariables>;