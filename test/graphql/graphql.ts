/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** SERVED, or refused because the link had EXPIRED or was REVOKED */
export type AccessOutcome =
  | 'EXPIRED'
  | 'REVOKED'
  | 'SERVED';

export type AddExerciseVideoInput = {
  altText?: string | null | undefined;
  /** Who made it (wins over credit) */
  author?: string | null | undefined;
  /**
   * Who made it
   * @deprecated Use author
   */
  credit?: string | null | undefined;
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

/** The exercise facets a program is balanced over */
export type BalanceFacet =
  | 'LOAD_KIND'
  | 'PLANE'
  | 'STANCE'
  | 'TEMPO_INTENT';

/** Band colours, lightest to heaviest: YELLOW, RED, GREEN, BLUE, BLACK, SILVER, GOLD */
export type BandColour =
  | 'BLACK'
  | 'BLUE'
  | 'GOLD'
  | 'GREEN'
  | 'RED'
  | 'SILVER'
  | 'YELLOW';

export type BodyPosition =
  | 'HALF_KNEELING'
  | 'HANGING'
  | 'PRONE'
  | 'QUADRUPED'
  | 'SEATED'
  | 'SIDE_LYING'
  | 'STANDING'
  | 'SUPINE'
  | 'TALL_KNEELING';

export type BodyRegion =
  | 'ARM'
  | 'FOOT_ANKLE'
  | 'HIP'
  | 'KNEE'
  | 'LOWER_LEG'
  | 'LUMBAR_SPINE'
  | 'NECK'
  | 'PELVIS'
  | 'SHOULDER'
  | 'THIGH'
  | 'THORACIC_SPINE'
  | 'TRUNK';

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 12 characters, not a common password or a pattern */
  newPassword: string;
};

/** Moves an exercise through DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED */
export type ChangeStatusInput = {
  id: string | number;
  message?: string | null | undefined;
  status: ExerciseStatus;
  /** The version you read */
  version: number;
};

export type CreateAccountInput = {
  displayName: string;
  email: string;
  /** At least 12 characters, not a common password, a pattern or built from the email or name */
  password: string;
  role: Role;
};

export type CreateExerciseInput = {
  /** Defaults to none */
  aliases?: Array<string> | null | undefined;
  /** Defaults to none */
  cues?: Array<string> | null | undefined;
  difficulty: number;
  /** Defaults to [NONE] */
  equipment?: Array<Equipment> | null | undefined;
  focus: Array<RunningFocus>;
  intensity?: LoadIntensityInput | null | undefined;
  loadKind: LoadKind;
  /** Defaults to none */
  mistakes?: Array<string> | null | undefined;
  name: string;
  planes?: Array<Plane> | null | undefined;
  position?: BodyPosition | null | undefined;
  /** Defaults to none */
  precautions?: Array<string> | null | undefined;
  prescription: PrescriptionInput;
  primaryMuscles: Array<Muscle>;
  regions: Array<BodyRegion>;
  /** Defaults to none */
  secondaryMuscles?: Array<Muscle> | null | undefined;
  /** Lower-case words joined by hyphens, unique: single-leg-glute-bridge. Left out on create: made from the name, with -2, -3... when taken */
  slug?: string | null | undefined;
  stance?: Stance | null | undefined;
  /** Instruction steps in order; a draft may wait for them */
  steps?: Array<string> | null | undefined;
  summary: string;
  /** E-P-C-P seconds, X = as fast as possible (e.g. 3-1-X-0); optional for ISOMETRIC */
  tempo?: string | null | undefined;
  tempoIntent?: TempoIntent | null | undefined;
};

export type CreateHandoutLinkInput = {
  /** Days it works, 1-365 */
  expiresInDays?: number | null | undefined;
  handoutId: string | number;
};

export type CreateProgramTemplateInput = {
  description?: string | null | undefined;
  /** Advice for the patient, in English, printed on its handouts under its own heading: how much pain is fine, when to stop */
  guidance?: string | null | undefined;
  /** The guidance in other languages, one per locale; a handout in a language without one prints the English */
  guidanceTranslations?: Array<GuidanceTranslationInput> | null | undefined;
  /** In order */
  items: Array<ProgramItemInput>;
  name: string;
  /** Lower-case words joined by hyphens; made from the name when left out */
  slug?: string | null | undefined;
};

export type Equipment =
  | 'BALANCE_PAD'
  | 'BARBELL'
  | 'CABLE'
  | 'DUMBBELL'
  | 'KETTLEBELL'
  | 'MACHINE'
  | 'MEDICINE_BALL'
  | 'NONE'
  | 'RESISTANCE_BAND'
  | 'SLIDER'
  | 'STEP_OR_BOX'
  | 'WALL';

export type ExerciseFilter = {
  difficultyMax?: number | null | undefined;
  difficultyMin?: number | null | undefined;
  /** Uses at least one of these */
  equipment?: Array<Equipment> | null | undefined;
  focus?: Array<RunningFocus> | null | undefined;
  loadKind?: Array<LoadKind> | null | undefined;
  /** Among the primary muscles */
  muscle?: Array<Muscle> | null | undefined;
  /** true: only drafts still lacking planes, stance, position or tempo */
  needsTagging?: boolean | null | undefined;
  /** Moves in every one of these planes */
  planesAll?: Array<Plane> | null | undefined;
  /** Moves in at least one of these planes */
  planesAny?: Array<Plane> | null | undefined;
  position?: Array<BodyPosition> | null | undefined;
  region?: Array<BodyRegion> | null | undefined;
  stance?: Array<Stance> | null | undefined;
  /** Defaults to every status except ARCHIVED */
  status?: Array<ExerciseStatus> | null | undefined;
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

export type ExerciseStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

/** How much a gap matters for a runner, HIGH first */
export type GapPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** The template's patient guidance in one language other than English */
export type GuidanceTranslationInput = {
  /** ES, VI or ZH: the English is the guidance field itself */
  locale: Locale;
  /** The guidance in that language, for patients; lines are paragraphs */
  text: string;
};

export type HandoutFormat =
  | 'HTML'
  | 'PDF';

export type IntensityScale =
  | 'BAND'
  | 'MASS'
  | 'PERCENT_1RM'
  | 'RIR'
  | 'RPE';

export type IssueHandoutInput = {
  /** The clinician named on it; yourself when you are one (required for STAFF) */
  clinicianId?: string | number | null | undefined;
  /** YYYY-MM-DD; today when left out */
  issuedOn?: string | null | undefined;
  items?: Array<ProgramItemInput> | null | undefined;
  largePrint?: boolean | null | undefined;
  /** Days its share link works (1-365; the configured default when left out) */
  linkExpiresInDays?: number | null | undefined;
  /** EN when left out */
  locale?: Locale | null | undefined;
  /** As the patient likes to be addressed; health data, never logged */
  patientName: string;
  /** Start from this template */
  templateId?: string | number | null | undefined;
  /** The heading; the template's name, or "Home exercise program" in its language */
  title?: string | null | undefined;
};

/** Whose password an admin lets be reset */
export type IssuePasswordResetInput = {
  accountId: string | number;
};

export type LinkExercisesInput = {
  changes: Array<ProgressionDimension>;
  /** When to move on */
  criterion?: string | null | undefined;
  /** The easier exercise of a PROGRESSION */
  fromId: string | number;
  kind: ProgressionKind;
  /** Order among siblings, 0 first */
  order?: number | null | undefined;
  /** The harder exercise of a PROGRESSION */
  toId: string | number;
};

export type LoadIntensityInput = {
  bandColour?: BandColour | null | undefined;
  scale: IntensityScale;
  unit?: MassUnit | null | undefined;
  value?: number | null | undefined;
};

/** What resists the movement */
export type LoadKind =
  | 'ASSISTED'
  | 'BODYWEIGHT'
  | 'ELASTIC'
  | 'EXTERNAL';

/** EN (the default: the library is written in English), ES, VI, ZH (Simplified) */
export type Locale =
  | 'EN'
  | 'ES'
  | 'VI'
  | 'ZH';

export type LoginInput = {
  email: string;
  password: string;
};

export type MassUnit =
  | 'KG'
  | 'LB';

/** IMAGE: uploaded and served by this service. VIDEO: a link to an https:// page */
export type MediaKind =
  | 'IMAGE'
  | 'VIDEO';

export type Muscle =
  | 'ADDUCTORS'
  | 'BICEPS'
  | 'DEEP_HIP_ROTATORS'
  | 'DELTOIDS'
  | 'ERECTOR_SPINAE'
  | 'FOOT_INTRINSICS'
  | 'FOREARMS'
  | 'GASTROCNEMIUS'
  | 'GLUTEUS_MAXIMUS'
  | 'GLUTEUS_MEDIUS'
  | 'GLUTEUS_MINIMUS'
  | 'HAMSTRINGS'
  | 'HIP_FLEXORS'
  | 'LATISSIMUS_DORSI'
  | 'NECK'
  | 'OBLIQUES'
  | 'PECTORALS'
  | 'PERONEALS'
  | 'QUADRATUS_LUMBORUM'
  | 'QUADRICEPS'
  | 'RECTUS_ABDOMINIS'
  | 'RHOMBOIDS'
  | 'ROTATOR_CUFF'
  | 'SOLEUS'
  | 'TENSOR_FASCIAE_LATAE'
  | 'TIBIALIS_ANTERIOR'
  | 'TIBIALIS_POSTERIOR'
  | 'TRANSVERSUS_ABDOMINIS'
  | 'TRAPEZIUS'
  | 'TRICEPS';

export type PathDirection =
  | 'EASIER'
  | 'HARDER';

/** Plane of motion the movement happens in or resists */
export type Plane =
  | 'FRONTAL'
  | 'SAGITTAL'
  | 'TRANSVERSE';

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
  restSeconds?: number;
  sessionsPerWeek?: number;
  sets: number;
};

export type ProgramItemInput = {
  /** Metres covered per set, 1-1000: "3 × 20 m" of A-skips */
  distanceMetres?: number | null | undefined;
  /** Seconds of continuous work per set, 1-1800: "3 × 30 s" of shuffles */
  durationSeconds?: number | null | undefined;
  exerciseId: string | number;
  /** Seconds a position is held still per set, 1-600 */
  holdSeconds?: number | null | undefined;
  /** What to hold or wear and how heavy, in words: "8 kg dumbbell", "red band" */
  load?: string | null | undefined;
  /** For the patient, e.g. "stop if pain > 3/10" */
  notes?: string | null | undefined;
  /** Done one side at a time, the dose being each side's (printed "each side" when side is BOTH); the exercise's own perSide when left out */
  perSide?: boolean | null | undefined;
  /** Repetitions per set, 1-100. Exactly one of reps, holdSeconds, distanceMetres and durationSeconds */
  reps?: number | null | undefined;
  /** Rest between sets, seconds */
  restSeconds?: number | null | undefined;
  sessionsPerWeek: number;
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

/** What changes from one exercise to the next */
export type ProgressionDimension =
  | 'COMPLEXITY'
  | 'LOAD'
  | 'PLANE'
  | 'RANGE_OF_MOTION'
  | 'SPEED'
  | 'STABILITY'
  | 'STANCE'
  | 'TEMPO'
  | 'VOLUME';

/** PROGRESSION: `to` is harder (read backwards, a regression). VARIATION: sideways */
export type ProgressionKind =
  | 'PROGRESSION'
  | 'VARIATION';

export type RefreshSessionInput = {
  /** The refresh token of the last login or refresh; it is used up */
  refreshToken: string;
};

export type ReissueHandoutInput = {
  /** The clinician named on it; yourself when you are one (required for STAFF) */
  clinicianId?: string | number | null | undefined;
  /** The latest version of the handout */
  id: string | number;
  /** YYYY-MM-DD; today when left out */
  issuedOn?: string | null | undefined;
  items?: Array<ProgramItemInput> | null | undefined;
  largePrint?: boolean | null | undefined;
  /** Days its share link works (1-365; the configured default when left out) */
  linkExpiresInDays?: number | null | undefined;
  /** EN when left out */
  locale?: Locale | null | undefined;
  /** As the patient likes to be addressed; health data, never logged */
  patientName?: string | null | undefined;
  /** The heading; the template's name, or "Home exercise program" in its language */
  title?: string | null | undefined;
};

/** A one-time reset token, handed over by an admin, and the new password */
export type ResetPasswordInput = {
  /** At least 12 characters, not a common password or a pattern */
  newPassword: string;
  /** The token of issuePasswordReset; it works once, until it expires */
  token: string;
};

export type RestoreRevisionInput = {
  /** Also make the exercise a DRAFT, in the same revision: the way to bring back a version that lacks tags an IN_REVIEW or PUBLISHED exercise must keep. Left out: the status stays as it is */
  asDraft?: boolean | null | undefined;
  id: string | number;
  message?: string | null | undefined;
  /** The revision whose content comes back */
  revision: number;
  /** The version you read */
  version: number;
};

/** ADMIN: accounts and keys. CLINICIAN: the library. STAFF: handouts. */
export type Role =
  | 'ADMIN'
  | 'CLINICIAN'
  | 'STAFF';

/** Running injuries served and qualities trained */
export type RunningFocus =
  | 'ACHILLES_TENDINOPATHY'
  | 'ACTIVATION'
  | 'ANKLE_SPRAIN'
  | 'BALANCE'
  | 'GLUTEAL_TENDINOPATHY'
  | 'HAMSTRING_STRAIN'
  | 'HIP_FLEXOR_STRAIN'
  | 'IT_BAND_SYNDROME'
  | 'LOW_BACK_PAIN'
  | 'MEDIAL_TIBIAL_STRESS'
  | 'MOBILITY'
  | 'PATELLAR_TENDINOPATHY'
  | 'PATELLOFEMORAL_PAIN'
  | 'PLANTAR_HEEL_PAIN'
  | 'POWER'
  | 'RUNNING_ECONOMY'
  | 'STRENGTH';

/** Adds or changes the translation of an exercise into one locale. Fields left out stay as they are; null clears one */
export type SetExerciseTranslationInput = {
  /** null clears it: the English shows instead */
  cues?: Array<string> | null | undefined;
  exerciseId: string | number;
  /** The version you read. Leave it out only to add a translation that does not exist yet: a stale or missing one is a CONFLICT */
  expectedVersion?: number | null | undefined;
  /** ES, VI or ZH */
  locale: Locale;
  /** null clears it: the English shows instead */
  name?: string | null | undefined;
  /** null clears it: the English shows instead */
  precautions?: Array<string> | null | undefined;
  /** null clears it: the English shows instead */
  steps?: Array<string> | null | undefined;
  /** null clears it: the English shows instead */
  summary?: string | null | undefined;
};

/** LEFT or RIGHT: that side only. BOTH: both sides, or a bilateral exercise */
export type Side =
  | 'BOTH'
  | 'LEFT'
  | 'RIGHT';

export type SignOutInput = {
  /** true ends every session of the signed-in account, on every device */
  everywhere?: boolean | null | undefined;
  /** Also ends the session of this refresh token (e.g. when the token has expired) */
  refreshToken?: string | null | undefined;
};

/** Base of support: how many legs carry the body */
export type Stance =
  | 'BILATERAL'
  | 'NONE'
  | 'SINGLE_LEG'
  | 'SPLIT'
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

/** The speed the exercise is meant to train */
export type TempoIntent =
  | 'EXPLOSIVE'
  | 'FAST'
  | 'ISOMETRIC'
  | 'MODERATE'
  | 'SLOW_CONTROLLED';

/** The text of an exercise a translation carries: name, summary, steps, cues and precautions */
export type TranslatableField =
  | 'CUES'
  | 'NAME'
  | 'PRECAUTIONS'
  | 'STEPS'
  | 'SUMMARY';

export type UpdateAccountInput = {
  /** false stops the account from signing in */
  active?: boolean | null | undefined;
  role?: Role | null | undefined;
};

export type UpdateExerciseInput = {
  /** Defaults to none */
  aliases?: Array<string> | null | undefined;
  /** Defaults to none */
  cues?: Array<string> | null | undefined;
  difficulty?: number | null | undefined;
  /** Defaults to [NONE] */
  equipment?: Array<Equipment> | null | undefined;
  focus?: Array<RunningFocus> | null | undefined;
  intensity?: LoadIntensityInput | null | undefined;
  loadKind?: LoadKind | null | undefined;
  /** Defaults to none */
  mistakes?: Array<string> | null | undefined;
  name?: string | null | undefined;
  planes?: Array<Plane> | null | undefined;
  position?: BodyPosition | null | undefined;
  /** Defaults to none */
  precautions?: Array<string> | null | undefined;
  prescription?: PrescriptionInput | null | undefined;
  primaryMuscles?: Array<Muscle> | null | undefined;
  regions?: Array<BodyRegion> | null | undefined;
  /** Defaults to none */
  secondaryMuscles?: Array<Muscle> | null | undefined;
  /** Lower-case words joined by hyphens, unique: single-leg-glute-bridge. Left out on create: made from the name, with -2, -3... when taken */
  slug?: string | null | undefined;
  stance?: Stance | null | undefined;
  /** Instruction steps in order; a draft may wait for them */
  steps?: Array<string> | null | undefined;
  summary?: string | null | undefined;
  /** E-P-C-P seconds, X = as fast as possible (e.g. 3-1-X-0); optional for ISOMETRIC */
  tempo?: string | null | undefined;
  tempoIntent?: TempoIntent | null | undefined;
};

export type UpdateExerciseMediaInput = {
  altText?: string | null | undefined;
  /** Who made it (wins over credit) */
  author?: string | null | undefined;
  /**
   * Who made it
   * @deprecated Use author
   */
  credit?: string | null | undefined;
  /** The licence's name. Changing it keeps a verified item verified; it never verifies an unverified one (verifyMediaLicence does), and clearing it unverifies */
  licence?: string | null | undefined;
  /** The licence's text online (http/https) */
  licenceUrl?: string | null | undefined;
  /** Moves the item to this place (0 first); the others keep their order */
  position?: number | null | undefined;
  /** Where it came from: a URL or a name */
  source?: string | null | undefined;
};

export type UpdateProgramTemplateInput = {
  description?: string | null | undefined;
  /** Advice for the patient, in English, printed on its handouts; "" removes it (with its translations), left out keeps it */
  guidance?: string | null | undefined;
  /** Every translation of the guidance, replacing the stored ones ([] removes them); left out, they stay (and read as outdated once the English changes) */
  guidanceTranslations?: Array<GuidanceTranslationInput> | null | undefined;
  id: string | number;
  /** In order */
  items?: Array<ProgramItemInput> | null | undefined;
  name?: string | null | undefined;
  /** The version you read */
  version: number;
};

export type UpdateProgressionInput = {
  changes?: Array<ProgressionDimension> | null | undefined;
  criterion?: string | null | undefined;
  kind?: ProgressionKind | null | undefined;
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
  filter?: ExerciseFilter | null | undefined;
}>;


export type BrowserExpectedSlugsQuery = { exercises: { totalCount: number, nodes: Array<{ slug: string }> } };

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
  slug?: string | null | undefined;
}>;


export type CatalogueVersionQuery = { exercise: { id: string, version: number } | null };

export type CatalogueEditNameMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type CatalogueEditNameMutation = { updateExercise: { id: string } };

export type CatalogueNameVersionQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type CatalogueNameVersionQuery = { exercise: { name: string, version: number } | null };

export type CurationCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type CurationCreateExerciseMutation = { createExercise: { id: string, version: number, status: ExerciseStatus } };

export type CurationUpdateExerciseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateExerciseInput;
  message?: string | null | undefined;
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
  id?: string | number | null | undefined;
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
  id?: string | number | null | undefined;
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

export type EmbeddedCreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type EmbeddedCreateExerciseMutation = { createExercise: { id: string } };

export type EmbeddedKeptOnDiskQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbeddedKeptOnDiskQuery = { exercise: { slug: string, status: ExerciseStatus } | null };

export type EmbeddedSlugQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type EmbeddedSlugQuery = { exercise: { slug: string } | null };

export type CreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type CreateExerciseMutation = { createExercise: { id: string, slug: string, name: string, aliases: Array<string>, summary: string, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, focus: Array<RunningFocus>, difficulty: number, status: ExerciseStatus, version: number, createdAt: string, updatedAt: string, tempo: { notation: string | null, intent: TempoIntent | null, timeUnderTensionSeconds: number | null, eccentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, bottomPause: { seconds: number } | null, concentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, topPause: { seconds: number } | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number } } };

export type UpdateExerciseMutationVariables = Exact<{
  id: string | number;
  version: number;
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

export type ExerciseDeprecatedLookupQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type ExerciseDeprecatedLookupQuery = { exercise: { slug: string } | null, exercises: { totalCount: number } };

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


export type IssueHandoutMutation = { issueHandout: { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, issuedOn: string, clinicianName: string, locale: Locale, largePrint: boolean, pdfUrl: string, printUrl: string, guidance: { text: string, language: Locale, outdated: boolean } | null, items: Array<{ position: number, exerciseSlug: string, exerciseVersion: number, name: string, summary: string, steps: Array<string>, cues: Array<string>, fallbackFields: Array<TranslatableField>, picture: { url: string, altText: string, credit: string, licence: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }>, links: Array<{ id: string, url: string, active: boolean, expiresAt: string, revokedAt: string | null }> } };

export type ReissueHandoutMutationVariables = Exact<{
  input: ReissueHandoutInput;
}>;


export type ReissueHandoutMutation = { reissueHandout: { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, issuedOn: string, clinicianName: string, locale: Locale, largePrint: boolean, pdfUrl: string, printUrl: string, guidance: { text: string, language: Locale, outdated: boolean } | null, items: Array<{ position: number, exerciseSlug: string, exerciseVersion: number, name: string, summary: string, steps: Array<string>, cues: Array<string>, fallbackFields: Array<TranslatableField>, picture: { url: string, altText: string, credit: string, licence: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }>, links: Array<{ id: string, url: string, active: boolean, expiresAt: string, revokedAt: string | null }> } };

export type HandoutQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoutQuery = { handout: { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, issuedOn: string, clinicianName: string, locale: Locale, largePrint: boolean, pdfUrl: string, printUrl: string, guidance: { text: string, language: Locale, outdated: boolean } | null, items: Array<{ position: number, exerciseSlug: string, exerciseVersion: number, name: string, summary: string, steps: Array<string>, cues: Array<string>, fallbackFields: Array<TranslatableField>, picture: { url: string, altText: string, credit: string, licence: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }>, links: Array<{ id: string, url: string, active: boolean, expiresAt: string, revokedAt: string | null }> } | null };

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

export type HandoutsTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoutsTemplateQuery = { programTemplate: { id: string } | null };

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
  id?: string | number | null | undefined;
}>;


export type HttpErrorsExerciseQuery = { exercise: { id: string } | null };

export type HttpErrorsReissueMutationVariables = Exact<{
  id: string | number;
}>;


export type HttpErrorsReissueMutation = { reissueHandout: { id: string } };

export type HttpErrorsArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type HttpErrorsArchiveMutation = { archiveExercise: { id: string } };

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
  id?: string | number | null | undefined;
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
  id: string | number;
  v: number;
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
  v?: string | number | null | undefined;
}>;


export type InputsExerciseByIdQuery = { exercise: { id: string } | null };

export type InputsExerciseBySlugQueryVariables = Exact<{
  v?: string | null | undefined;
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
  id: string | number;
  input: UpdateAccountInput;
}>;


export type InputsUpdateAccountMutation = { updateAccount: { id: string } };

export type InputsLinkMutationVariables = Exact<{
  input: LinkExercisesInput;
}>;


export type InputsLinkMutation = { linkExercises: { id: string } };

export type InputsUpdateProgressionMutationVariables = Exact<{
  id: string | number;
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


export type MediaRemoveMutation = { removeExerciseMedia: string };

export type MediaDraftMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type MediaDraftMutation = { createExercise: { id: string } };

export type MediaUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateExerciseMediaInput;
}>;


export type MediaUpdateMutation = { updateExerciseMedia: { id: string, position: number, altText: string, credit: string, licence: string } };

export type MediaListQueryVariables = Exact<{ [key: string]: never; }>;


export type MediaListQuery = { exercises: { nodes: Array<{ id: string, media: Array<{ url: string }> }> } };

export type MediaPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MediaPageQuery = { exercises: { nodes: Array<{ slug: string, media: Array<{ kind: MediaKind, url: string, width: number | null, poster: { url: string, width: number | null } | null }> }> } };

export type OutageExerciseCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageExerciseCountQuery = { exercises: { totalCount: number } };

export type OutageHandoutCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageHandoutCountQuery = { handouts: { totalCount: number } };

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

export type ProgramTemplateDeprecatedLookupQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramTemplateDeprecatedLookupQuery = { programTemplate: { slug: string } | null, programTemplates: { totalCount: number } };

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

export type UnlinkExercisesMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlinkExercisesMutation = { unlinkExercises: string };

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
  slug?: string | null | undefined;
}>;


export type ProgressionListsQuery = { exercise: { progressions: Array<{ order: number, to: { slug: string } }>, regressions: Array<{ from: { slug: string } }>, variations: Array<{ from: { slug: string }, to: { slug: string } }> } | null };

export type ProgressionVariationsQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type ProgressionVariationsQuery = { exercise: { variations: Array<{ from: { slug: string }, to: { slug: string } }> } | null };

export type ProgressionPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProgressionPageQuery = { exercises: { nodes: Array<{ slug: string, media: Array<{ url: string, altText: string }>, progressions: Array<{ criterion: string, to: { slug: string } }>, regressions: Array<{ from: { slug: string } }>, variations: Array<{ kind: ProgressionKind, from: { slug: string }, to: { slug: string } }> }> } };

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
  id: string | number;
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

export type BrowserExercisesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ExerciseFilter | null | undefined;
}>;


export type BrowserExercisesQuery = { exercises: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type TestCreateApiKeyMutationVariables = Exact<{
  name: string;
}>;


export type TestCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, prefix: string } } };

export type TestVerifyMediaLicenceMutationVariables = Exact<{
  input: VerifyMediaLicenceInput;
}>;


export type TestVerifyMediaLicenceMutation = { verifyMediaLicence: { id: string } };

export type ExerciseFieldsFragment = { id: string, slug: string, name: string, aliases: Array<string>, summary: string, steps: Array<string>, cues: Array<string>, mistakes: Array<string>, precautions: Array<string>, planes: Array<Plane>, stance: Stance | null, position: BodyPosition | null, loadKind: LoadKind, equipment: Array<Equipment>, regions: Array<BodyRegion>, primaryMuscles: Array<Muscle>, secondaryMuscles: Array<Muscle>, focus: Array<RunningFocus>, difficulty: number, status: ExerciseStatus, version: number, createdAt: string, updatedAt: string, tempo: { notation: string | null, intent: TempoIntent | null, timeUnderTensionSeconds: number | null, eccentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, bottomPause: { seconds: number } | null, concentric: { notation: string, seconds: number, asFastAsPossible: boolean } | null, topPause: { seconds: number } | null }, intensity: { scale: IntensityScale, value: number | null, unit: MassUnit | null, bandColour: BandColour | null } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean, restSeconds: number, sessionsPerWeek: number } };

export type HandoutFieldsFragment = { id: string, seriesId: string, version: number, latestVersion: number, title: string, patientName: string, issuedOn: string, clinicianName: string, locale: Locale, largePrint: boolean, pdfUrl: string, printUrl: string, guidance: { text: string, language: Locale, outdated: boolean } | null, items: Array<{ position: number, exerciseSlug: string, exerciseVersion: number, name: string, summary: string, steps: Array<string>, cues: Array<string>, fallbackFields: Array<TranslatableField>, picture: { url: string, altText: string, credit: string, licence: string } | null, prescription: { sets: number, reps: number | null, holdSeconds: number | null, distanceMetres: number | null, durationSeconds: number | null, perSide: boolean | null, tempo: string | null, load: string | null, sessionsPerWeek: number, side: Side, restSeconds: number | null, notes: string } }>, links: Array<{ id: string, url: string, active: boolean, expiresAt: string, revokedAt: string | null }> };

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
  exerciseId: string | number;
  locale: Locale;
  expectedVersion: number;
}>;


export type TranslationRemoveMutation = { removeExerciseTranslation: { id: string, translations: Array<{ locale: Locale }> } };

export type TranslationReadQueryVariables = Exact<{
  id?: string | number | null | undefined;
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
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type TranslationOutdatedQuery = { exercise: { translations: Array<{ locale: Locale, outdated: boolean }> } | null };

export type TranslationSetOutdatedMutationVariables = Exact<{
  input: SetExerciseTranslationInput;
}>;


export type TranslationSetOutdatedMutation = { setExerciseTranslation: { version: number, outdated: boolean } };

export type TranslationSeededQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationSeededQuery = { exercises: { nodes: Array<{ slug: string, translations: Array<{ locale: Locale, name: string | null, summary: string | null, steps: Array<string> | null, cues: Array<string> | null, precautions: Array<string> | null }>, es: { name: string, fallbackFields: Array<TranslatableField> }, vi: { name: string, fallbackFields: Array<TranslatableField> }, zh: { name: string, fallbackFields: Array<TranslatableField> } }> } };

export type TranslationArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type TranslationArchiveMutation = { archiveExercise: { id: string } };

export type TranslationAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationAccountsQuery = { accounts: Array<{ id: string, role: Role }> };

export type TranslationEnglishPrecautionsQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type TranslationEnglishPrecautionsQuery = { exercise: { precautions: Array<string> } | null };

export type TranslationIssueHandoutMutationVariables = Exact<{
  input: IssueHandoutInput;
}>;


export type TranslationIssueHandoutMutation = { issueHandout: { pdfUrl: string, items: Array<{ exerciseSlug: string, precautions: Array<string>, fallbackFields: Array<TranslatableField> }> } };

export type TranslationBridgeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationBridgeIdQuery = { exercise: { id: string } | null };

export type TranslationUpdateExerciseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateExerciseInput;
}>;


export type TranslationUpdateExerciseMutation = { updateExercise: { version: number, translations: Array<{ locale: Locale, version: number, outdated: boolean }> } };

export type TranslationPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TranslationPageQuery = { exercises: { nodes: Array<{ slug: string, translations: Array<{ locale: Locale, name: string | null, steps: Array<string> | null, outdated: boolean }>, es: { name: string, cues: Array<string>, fallbackFields: Array<TranslatableField> }, zh: { name: string }, en: { name: string } }> } };

export type TranslationExportedPartialQueryVariables = Exact<{
  slug?: string | null | undefined;
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
    query BrowserExpectedSlugs($first: Int!, $filter: ExerciseFilter) {
  exercises(first: $first, filter: $filter) {
    totalCount
    nodes {
      slug
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
  exercise(slug: "untagged-published") {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogueUntaggedQuery, CatalogueUntaggedQueryVariables>;
export const CatalogueVersionDocument = new TypedDocumentString(`
    query CatalogueVersion($slug: String) {
  exercise(slug: $slug) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CatalogueVersionQuery, CatalogueVersionQueryVariables>;
export const CatalogueEditNameDocument = new TypedDocumentString(`
    mutation CatalogueEditName($id: ID!, $v: Int!) {
  updateExercise(id: $id, version: $v, input: {name: "Edited"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CatalogueEditNameMutation, CatalogueEditNameMutationVariables>;
export const CatalogueNameVersionDocument = new TypedDocumentString(`
    query CatalogueNameVersion($slug: String) {
  exercise(slug: $slug) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CatalogueNameVersionQuery, CatalogueNameVersionQueryVariables>;
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
    mutation CurationUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!, $message: String) {
  updateExercise(id: $id, version: $version, input: $input, message: $message) {
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
    query CurationStatusOf($id: ID) {
  exercise(id: $id) {
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
  archiveExercise(id: $id, version: 1) {
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
  updateAccount(id: $id, input: {role: STAFF}) {
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
  exercise(slug: "glute-bridge") {
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
  exercise(slug: "glute-bridge") {
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
    query CurationNameVersion($id: ID) {
  exercise(id: $id) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CurationNameVersionQuery, CurationNameVersionQueryVariables>;
export const CurationDeactivateDocument = new TypedDocumentString(`
    mutation CurationDeactivate($id: ID!) {
  updateAccount(id: $id, input: {active: false}) {
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
  revokeApiKey(id: $id) {
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
export const EmbeddedCreateExerciseDocument = new TypedDocumentString(`
    mutation EmbeddedCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EmbeddedCreateExerciseMutation, EmbeddedCreateExerciseMutationVariables>;
export const EmbeddedKeptOnDiskDocument = new TypedDocumentString(`
    query EmbeddedKeptOnDisk {
  exercise(slug: "kept-on-disk") {
    slug
    status
  }
}
    `) as unknown as TypedDocumentString<EmbeddedKeptOnDiskQuery, EmbeddedKeptOnDiskQueryVariables>;
export const EmbeddedSlugDocument = new TypedDocumentString(`
    query EmbeddedSlug($slug: String) {
  exercise(slug: $slug) {
    slug
  }
}
    `) as unknown as TypedDocumentString<EmbeddedSlugQuery, EmbeddedSlugQueryVariables>;
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
    mutation UpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {
  updateExercise(id: $id, version: $version, input: $input) {
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
  archiveExercise(id: $id, version: 1) {
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
export const ExerciseDeprecatedLookupDocument = new TypedDocumentString(`
    query ExerciseDeprecatedLookup($id: ID, $slug: String) {
  exercise(id: $id, slug: $slug) {
    slug
  }
  exercises(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExerciseDeprecatedLookupQuery, ExerciseDeprecatedLookupQueryVariables>;
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
export const HandoutsTemplateDocument = new TypedDocumentString(`
    query HandoutsTemplate {
  programTemplate(slug: "runners-knee-phase-1") {
    id
  }
}
    `) as unknown as TypedDocumentString<HandoutsTemplateQuery, HandoutsTemplateQueryVariables>;
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
  exercise(slug: "glute-bridge") {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<HandoutsBridgeQuery, HandoutsBridgeQueryVariables>;
export const HandoutsEditBridgeDocument = new TypedDocumentString(`
    mutation HandoutsEditBridge($id: ID!, $version: Int!) {
  updateExercise(
    id: $id
    version: $version
    input: {steps: ["Lie down.", "Lift your hips."]}
  ) {
    version
  }
}
    `) as unknown as TypedDocumentString<HandoutsEditBridgeMutation, HandoutsEditBridgeMutationVariables>;
export const HandoutsBalanceEnglishDocument = new TypedDocumentString(`
    query HandoutsBalanceEnglish {
  exercise(slug: "single-leg-balance") {
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
  updateAccount(id: $id, input: {active: false}) {
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
  revokeHandoutLink(id: $id) {
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
    query HttpErrorsExercise($id: ID) {
  exercise(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<HttpErrorsExerciseQuery, HttpErrorsExerciseQueryVariables>;
export const HttpErrorsReissueDocument = new TypedDocumentString(`
    mutation HttpErrorsReissue($id: ID!) {
  reissueHandout(input: {id: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<HttpErrorsReissueMutation, HttpErrorsReissueMutationVariables>;
export const HttpErrorsArchiveDocument = new TypedDocumentString(`
    mutation HttpErrorsArchive($id: ID!) {
  archiveExercise(id: $id, version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<HttpErrorsArchiveMutation, HttpErrorsArchiveMutationVariables>;
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
  importFreeExerciseDb(path: $path) {
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
  exercise(slug: "fedb-side-bridge") {
    summary
    steps
    needsTagging
  }
}
    `) as unknown as TypedDocumentString<ImportSideBridgeQuery, ImportSideBridgeQueryVariables>;
export const ImportSitUpDocument = new TypedDocumentString(`
    query ImportSitUp {
  exercise(slug: "fedb-3-4-sit-up") {
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
  exercise(slug: "fedb-single-leg-glute-bridge") {
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
    id: $id
    version: $version
    input: {planes: [SAGITTAL], stance: BILATERAL, position: SUPINE, tempo: "2-0-2-0", tempoIntent: MODERATE}
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
    id: $id
    version: $version
    input: {name: "Renamed by the clinic"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportRenameMutation, ImportRenameMutationVariables>;
export const ImportKeptNameDocument = new TypedDocumentString(`
    query ImportKeptName($id: ID) {
  exercise(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<ImportKeptNameQuery, ImportKeptNameQueryVariables>;
export const ExportBridgeIdDocument = new TypedDocumentString(`
    query ExportBridgeId {
  exercise(slug: "glute-bridge") {
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
  exercise(slug: "glute-bridge") {
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
  exercise(slug: "untagged-idea") {
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
  bridge: exercise(slug: "glute-bridge") {
    id
    version
    summary
    localized(locale: ES) {
      fallbackFields
    }
  }
  imported: exercise(slug: "fedb-side-bridge") {
    status
  }
  knee: programTemplate(slug: "runners-knee-phase-1") {
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
    id: $id
    version: $version
    input: {summary: "The clinic's own words."}
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
    mutation InputsUpdateExercise($id: ID!, $v: Int!, $input: UpdateExerciseInput!) {
  updateExercise(id: $id, version: $v, input: $input) {
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
    query InputsExerciseById($v: ID) {
  exercise(id: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsExerciseByIdQuery, InputsExerciseByIdQueryVariables>;
export const InputsExerciseBySlugDocument = new TypedDocumentString(`
    query InputsExerciseBySlug($v: String) {
  exercise(slug: $v) {
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
    input: {slug: "x", name: "x", summary: "x", loadKind: BODYWEIGHT, regions: [KNEE], primaryMuscles: [QUADRICEPS], focus: [STRENGTH], difficulty: 1, prescription: {sets: 1, reps: 1}}
    message: $v
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
    mutation InputsUpdateAccount($id: ID!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, input: $input) {
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
    mutation InputsUpdateProgression($id: ID!, $input: UpdateProgressionInput!) {
  updateProgression(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputsUpdateProgressionMutation, InputsUpdateProgressionMutationVariables>;
export const InputsClearStepsDocument = new TypedDocumentString(`
    mutation InputsClearSteps($id: ID!, $v: Int!) {
  updateExercise(id: $id, version: $v, input: {steps: null}) {
    steps
  }
}
    `) as unknown as TypedDocumentString<InputsClearStepsMutation, InputsClearStepsMutationVariables>;
export const InputsTagStanceDocument = new TypedDocumentString(`
    mutation InputsTagStance($id: ID!, $v: Int!) {
  updateExercise(id: $id, version: $v, input: {stance: SINGLE_LEG}) {
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
  importFreeExerciseDb(path: $p) {
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
export const LimitsAliveDocument = new TypedDocumentString(`
    query LimitsAlive {
  __typename
}
    `) as unknown as TypedDocumentString<LimitsAliveQuery, LimitsAliveQueryVariables>;
export const ProvenanceImportDocument = new TypedDocumentString(`
    mutation ProvenanceImport($path: String!) {
  importFreeExerciseDb(path: $path) {
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
export const ExerciseMediaDocument = new TypedDocumentString(`
    query ExerciseMedia($id: ID!) {
  exercise(id: $id) {
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
  removeExerciseMedia(id: $id)
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
    mutation MediaUpdate($id: ID!, $input: UpdateExerciseMediaInput!) {
  updateExerciseMedia(id: $id, input: $input) {
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
  programTemplate(slug: "runners-knee-phase-1") {
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
export const ProgramTemplateDeprecatedLookupDocument = new TypedDocumentString(`
    query ProgramTemplateDeprecatedLookup {
  programTemplate(slug: "no-such-template") {
    slug
  }
  programTemplates(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgramTemplateDeprecatedLookupQuery, ProgramTemplateDeprecatedLookupQueryVariables>;
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
  archiveProgramTemplate(id: $id, version: 2) {
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
export const UnlinkExercisesDocument = new TypedDocumentString(`
    mutation UnlinkExercises($id: ID!) {
  unlinkExercises(id: $id)
}
    `) as unknown as TypedDocumentString<UnlinkExercisesMutation, UnlinkExercisesMutationVariables>;
export const ProgressionsCreateExerciseDocument = new TypedDocumentString(`
    mutation ProgressionsCreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressionsCreateExerciseMutation, ProgressionsCreateExerciseMutationVariables>;
export const SquatLadderDocument = new TypedDocumentString(`
    query SquatLadder {
  exercise(slug: "single-leg-squat-to-box") {
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
  exercise(slug: "single-leg-squat-to-box") {
    ladder(depth: $depth) {
      level
    }
  }
}
    `) as unknown as TypedDocumentString<SquatLadderDepthQuery, SquatLadderDepthQueryVariables>;
export const ProgressionListsDocument = new TypedDocumentString(`
    query ProgressionLists($slug: String) {
  exercise(slug: $slug) {
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
    query ProgressionVariations($slug: String) {
  exercise(slug: $slug) {
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
  updateProgression(id: $id, input: {criterion: "2 x 8 at RPE 7", order: 0}) {
    criterion
    order
    changes
  }
}
    `) as unknown as TypedDocumentString<ProgressionUpdateCriterionMutation, ProgressionUpdateCriterionMutationVariables>;
export const ProgressionMakeProgressionDocument = new TypedDocumentString(`
    mutation ProgressionMakeProgression($id: ID!) {
  updateProgression(id: $id, input: {kind: PROGRESSION}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressionMakeProgressionMutation, ProgressionMakeProgressionMutationVariables>;
export const ProgressionsArchiveDocument = new TypedDocumentString(`
    mutation ProgressionsArchive($id: ID!) {
  archiveExercise(id: $id, version: 1) {
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
    mutation SessionsUpdateAccount($id: ID!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, input: $input) {
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
  revokeApiKey(id: $id) {
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
export const BrowserExercisesDocument = new TypedDocumentString(`
    query BrowserExercises($first: Int!, $after: String, $filter: ExerciseFilter) {
  exercises(first: $first, after: $after, filter: $filter) {
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
      endCursor
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
    mutation TranslationRemove($exerciseId: ID!, $locale: Locale!, $expectedVersion: Int!) {
  removeExerciseTranslation(
    exerciseId: $exerciseId
    locale: $locale
    expectedVersion: $expectedVersion
  ) {
    id
    translations {
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationRemoveMutation, TranslationRemoveMutationVariables>;
export const TranslationReadDocument = new TypedDocumentString(`
    query TranslationRead($id: ID, $locale: Locale!) {
  exercise(id: $id) {
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
    query TranslationOutdated($id: ID, $slug: String) {
  exercise(id: $id, slug: $slug) {
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
    query TranslationSeeded {
  exercises(first: 100) {
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
export const TranslationArchiveDocument = new TypedDocumentString(`
    mutation TranslationArchive($id: ID!) {
  archiveExercise(id: $id, version: 1) {
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
    query TranslationEnglishPrecautions($slug: String) {
  exercise(slug: $slug) {
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
  exercise(slug: "glute-bridge") {
    id
  }
}
    `) as unknown as TypedDocumentString<TranslationBridgeIdQuery, TranslationBridgeIdQueryVariables>;
export const TranslationUpdateExerciseDocument = new TypedDocumentString(`
    mutation TranslationUpdateExercise($id: ID!, $version: Int!, $input: UpdateExerciseInput!) {
  updateExercise(id: $id, version: $version, input: $input) {
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
    query TranslationExportedPartial($slug: String) {
  exercise(slug: $slug) {
    localized(locale: VI) {
      summary
      fallbackFields
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationExportedPartialQuery, TranslationExportedPartialQueryVariables>;
export const TranslationBridgeSpanishDocument = new TypedDocumentString(`
    query TranslationBridgeSpanish {
  exercise(slug: "glute-bridge") {
    localized(locale: ES) {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TranslationBridgeSpanishQuery, TranslationBridgeSpanishQueryVariables>;