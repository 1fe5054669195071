/**
 * The clinical content rules of the bundled seed library (docs/content-rules.md), as pure
 * functions over the loaded records. The DTOs check that each record is well formed; these check
 * that the library says the same thing the same way: one pain rule, red flags where they belong,
 * tags that mean what the vocabulary says, doses a drill can be done to, and progression edges
 * that are true of the pair. The seeder refuses the bundled seeds when any rule fails.
 *
 * Each rule returns problems as "<slug or edge>: <what is wrong>"; an empty list passes.
 */
import { ProgressionDimension, ProgressionKind } from '../progressions/vocabulary.js';
import { Plane, RunningFocus, Stance, TempoIntent } from '../exercises/vocabulary.js';

/** The fields of a seed exercise the rules read (SeedExercise has them all). */
export interface RuleExercise {
  slug: string;
  name: string;
  summary: string;
  steps?: string[] | null;
  cues?: string[] | null;
  mistakes?: string[] | null;
  precautions?: string[] | null;
  planes?: Plane[] | null;
  stance?: Stance | null;
  tempo?: string | null;
  tempoIntent?: TempoIntent | null;
  loadKind: string;
  equipment?: string[] | null;
  intensity?: unknown;
  focus: RunningFocus[];
  difficulty: number;
  prescription: {
    reps?: number | null;
    holdSeconds?: number | null;
    distanceMetres?: number | null;
    durationSeconds?: number | null;
  };
}

/** The fields of a seed progression the rules read. */
export interface RuleEdge {
  from: string;
  to: string;
  kind: ProgressionKind;
  changes: ProgressionDimension[];
  criterion: string;
}

// ---- the fixed sentences ----

/** Rule 1: the pain-monitoring model (Silbernagel 2007), word for word. */
export const PAIN_RULE =
  'Pain up to 5 out of 10 during the exercise is fine if it has settled by the next morning.';
/** Rule 9: shin work tagged for medial tibial stress or bone stress. */
export const BONE_STRESS_FLAG =
  'Stop and see your clinician if you have pain in one spot on the bone, pain at night, or pain when hopping.';
/** Rule 9: heel drops below step level. */
export const INSERTIONAL_CAVEAT =
  'If your pain is at the back of the heel bone (insertional Achilles), do this on flat ground, not off a step.';
/** Rule 9: deep hip flexion under load, tagged for hamstring work. */
export const PROXIMAL_HAMSTRING_CAVEAT =
  'If the pain is deep in the buttock where the hamstring attaches, keep the bend shallow until it settles.';

/** The focus values that name a painful condition: each such exercise carries the pain rule. */
export const PAINFUL_CONDITIONS: ReadonlySet<RunningFocus> = new Set([
  RunningFocus.PATELLOFEMORAL_PAIN,
  RunningFocus.IT_BAND_SYNDROME,
  RunningFocus.ACHILLES_TENDINOPATHY,
  RunningFocus.PLANTAR_HEEL_PAIN,
  RunningFocus.HAMSTRING_STRAIN,
  RunningFocus.MEDIAL_TIBIAL_STRESS,
  RunningFocus.PATELLAR_TENDINOPATHY,
  RunningFocus.GLUTEAL_TENDINOPATHY,
  RunningFocus.ANKLE_SPRAIN,
  RunningFocus.LOW_BACK_PAIN,
  RunningFocus.HIP_FLEXOR_STRAIN,
  RunningFocus.GROIN_PAIN,
  RunningFocus.PROXIMAL_HAMSTRING_TENDINOPATHY,
  RunningFocus.BONE_STRESS_INJURY,
  RunningFocus.ANTERIOR_SHIN_PAIN,
]);

// ---- the patterns the rules look for ----

/** Another pain threshold or a no-pain demand (rule 1): the pain rule is the only one. */
const OTHER_PAIN_LIMITS: RegExp[] = [
  /pain[- ]free/i,
  /\bno (\w+ )?pain\b/i,
  /\bwithout (\w+ )?pain\b/i,
  /\bpainless\b/i,
  /\bnever pain/i,
  /\bnot pain\b/i,
  /\b(pain|hurt|discomfort|sore)\w*\b[^.;]*?\b\d+\s*(\/|out of)\s*10\b(?!\s*effort)/i,
  /\b\d+\s*(\/|out of)\s*10\b(?!\s*effort)[^.;]*?\b(pain|hurt|discomfort)/i,
];

/** Claims patient text must not make (rule 10): the evidence goes in clinicalNotes. */
const OVERCLAIMS: RegExp[] = [
  /\bshown to\b/i,
  /\bprove[nd]?\b/i,
  /\b(often|usually|immediately|instantly) (eases?|relieves?|reduces?|calms?)\b/i,
  /\b(eases?|relieves?|reduces?|calms?) [\w ]*pain (straight away|immediately|at once|instantly)/i,
  /\bprevents? [\w ]*injur/i,
  /\breduces? [\w ]*(risk of )?injur/i,
  /\bcures?\b/i,
];

/** Ballistic or reactive work (rule 4): hops, jumps, bounds, throws, swings, rope skipping. */
const BALLISTIC = /(^|-)(hops?|jumps?|bound|bounding|throw|swing|skipping|pogo|rebounding)(-|$)/;
/** Drills (rule 5): dosed by distance or time, never reps. */
const DRILL =
  /^[ab]-(march|skip)$|(^|-)(shuffle|carioca|carry|bounding|strides|walk-run-intervals|rope-skipping)(-|$)/;
/** Knee valgus or pelvic drop control in the text (rule 3). */
const FRONTAL_CONTROL =
  /\bvalgus\b|\bknees? (is |are )?(caving|caves|cave|collapsing|collapses|collapse|diving|dives|dive|drifting|drifts|drift|falling|falls|fall|rolling|rolls|roll)( \w+)? ?in(ward)?s?\b|\bpelvis (dropping|drops|drop|tipping|tips|tip)\b|\bhips? (stay |stays )?(high and )?level\b|\blevel pelvis\b|\bpelvis level\b|\bhips? (dropping|drops|drop)\b/i;
/** A heel lowered below the level of a step (rule 9). */
const BELOW_STEP =
  /below (the )?(level of the )?step|below step level|off the edge of a step|heels? (free|hanging) off|heels? free\b/i;
/** Deep hip flexion under load (rule 9): hinges, deadlifts, swings, Nordics. */
const DEEP_HIP_FLEXION = /(^|-)(rdl|deadlift|hinge|swing|nordic|good-morning|diver)(-|$)/;
const HAMSTRING_WORK: ReadonlySet<RunningFocus> = new Set([
  RunningFocus.HAMSTRING_STRAIN,
  RunningFocus.PROXIMAL_HAMSTRING_TENDINOPATHY,
]);
/** The intents of a hold (rule 4): a hold time is required. */
const HOLDS: ReadonlySet<TempoIntent> = new Set([TempoIntent.ISOMETRIC, TempoIntent.STRETCH]);

const texts = (e: RuleExercise): string[] => [
  e.name,
  e.summary,
  ...(e.steps ?? []),
  ...(e.cues ?? []),
  ...(e.mistakes ?? []),
  ...(e.precautions ?? []),
];
const controlTexts = (e: RuleExercise): string[] => [
  ...(e.steps ?? []),
  ...(e.cues ?? []),
  ...(e.mistakes ?? []),
];
const has = (e: RuleExercise, sentence: string) => (e.precautions ?? []).includes(sentence);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameSet = (
  a: readonly string[] | null | undefined,
  b: readonly string[] | null | undefined,
) => same([...(a ?? [])].sort(), [...(b ?? [])].sort());
const edgeName = (e: RuleEdge) => `${e.from} -> ${e.to}`;
/** A weight, a band or a share of 1RM; how hard it feels (RPE, RIR) is not a load. */
const externalLoad = (e: RuleExercise): unknown => {
  const scale = (e.intensity as { scale?: string } | null | undefined)?.scale;
  return scale === 'MASS' || scale === 'BAND' || scale === 'PERCENT_1RM' ? e.intensity : null;
};

// ---- rules over one exercise ----

/** Rule 1: the pain rule on every exercise for a painful condition, and no other threshold. */
export function painRule(e: RuleExercise): string[] {
  const problems: string[] = [];
  if (e.focus.some((f) => PAINFUL_CONDITIONS.has(f)) && !has(e, PAIN_RULE)) {
    problems.push(`${e.slug}: tagged for a painful condition but lacks the pain rule precaution`);
  }
  for (const text of texts(e)) {
    if (text === PAIN_RULE) continue;
    if (OTHER_PAIN_LIMITS.some((p) => p.test(text))) {
      problems.push(`${e.slug}: another pain limit than the pain rule: "${text}"`);
    }
  }
  return problems;
}

/** Rule 2: one-leg exercises stand on one leg; exercises with no foot loaded say NONE. */
export function stanceRule(e: RuleExercise): string[] {
  if (/(^|-)single-leg(-|$)/.test(e.slug) && e.stance && e.stance !== Stance.SINGLE_LEG) {
    return [`${e.slug}: a single-leg exercise must have stance SINGLE_LEG, not ${e.stance}`];
  }
  return [];
}

/** Rule 3: single-leg work whose cues control knee valgus or pelvic drop includes FRONTAL. */
export function planeRule(e: RuleExercise): string[] {
  if (e.stance !== Stance.SINGLE_LEG || (e.planes ?? []).includes(Plane.FRONTAL)) return [];
  const cue = controlTexts(e).find((t) => FRONTAL_CONTROL.test(t));
  return cue
    ? [
        `${e.slug}: its cues control knee valgus or pelvic drop ("${cue}") but FRONTAL is not tagged`,
      ]
    : [];
}

/** Rule 4: ballistic work is EXPLOSIVE; holds have a hold time; a hold time means a hold. */
export function tempoIntentRule(e: RuleExercise): string[] {
  const problems: string[] = [];
  const intent = e.tempoIntent;
  if (BALLISTIC.test(e.slug) && intent && intent !== TempoIntent.EXPLOSIVE) {
    problems.push(`${e.slug}: ballistic or reactive work must be EXPLOSIVE, not ${intent}`);
  }
  const p = e.prescription;
  if (intent && HOLDS.has(intent) && p.holdSeconds == null && p.durationSeconds == null) {
    problems.push(
      `${e.slug}: a ${intent} exercise needs a hold time (prescription.holdSeconds, or durationSeconds for a carry)`,
    );
  }
  if (p.holdSeconds != null && intent && !HOLDS.has(intent)) {
    problems.push(`${e.slug}: held for ${p.holdSeconds} s but its intent is ${intent}`);
  }
  if (/-stretch$/.test(e.slug) && p.holdSeconds != null && intent !== TempoIntent.STRETCH) {
    problems.push(`${e.slug}: a held stretch must be STRETCH, not ${intent}`);
  }
  return problems;
}

/** Rule 5: drills are dosed by distance or time per set, and their steps do not count reps. */
export function drillRule(e: RuleExercise): string[] {
  if (!DRILL.test(e.slug)) return [];
  const p = e.prescription;
  const problems: string[] = [];
  if (p.distanceMetres == null && p.durationSeconds == null) {
    problems.push(`${e.slug}: a drill is dosed by distanceMetres or durationSeconds, not reps`);
  }
  for (const step of e.steps ?? []) {
    if (/\b\d+\s*(reps|repetitions|times)\b/i.test(step)) {
      problems.push(`${e.slug}: a drill's steps count repetitions: "${step}"`);
    }
    const metres = /\b(\d+)\s*(m|metres|meters)\b/i.exec(step);
    if (metres && p.distanceMetres != null && Number(metres[1]) !== p.distanceMetres) {
      problems.push(
        `${e.slug}: the steps say ${metres[1]} m but the dose is ${p.distanceMetres} m: "${step}"`,
      );
    }
  }
  return problems;
}

/** Rule 9: red flags and caveats where they belong. */
export function redFlagRule(e: RuleExercise): string[] {
  const problems: string[] = [];
  const focus = new Set(e.focus);
  if (
    (focus.has(RunningFocus.MEDIAL_TIBIAL_STRESS) || focus.has(RunningFocus.BONE_STRESS_INJURY)) &&
    !has(e, BONE_STRESS_FLAG)
  ) {
    problems.push(
      `${e.slug}: tagged for shin or bone stress pain but lacks the bone-stress red flag`,
    );
  }
  if ((e.steps ?? []).some((s) => BELOW_STEP.test(s)) && !has(e, INSERTIONAL_CAVEAT)) {
    problems.push(`${e.slug}: lowers the heel below step level but lacks the insertional caveat`);
  }
  if (
    DEEP_HIP_FLEXION.test(e.slug) &&
    e.focus.some((f) => HAMSTRING_WORK.has(f)) &&
    !has(e, PROXIMAL_HAMSTRING_CAVEAT)
  ) {
    problems.push(
      `${e.slug}: deep hip flexion under load for hamstring work but lacks the proximal-hamstring caveat`,
    );
  }
  if (focus.has(RunningFocus.MEDIAL_TIBIAL_STRESS) && /(^|-)tibialis(-|$)/.test(e.slug)) {
    problems.push(
      `${e.slug}: tibialis raises are ANTERIOR_SHIN_PAIN work, not MEDIAL_TIBIAL_STRESS`,
    );
  }
  return problems;
}

/** Rule 10: no claims in patient text that the evidence does not carry. */
export function overclaimRule(e: RuleExercise): string[] {
  return texts(e)
    .filter((t) => OVERCLAIMS.some((p) => p.test(t)))
    .map((t) => `${e.slug}: a claim for clinicalNotes, not patient text: "${t}"`);
}

// ---- rules over edges ----

/** Rules 6 and 7: difficulty never drops along a progression; dimensions true of the pair. */
export function edgeRules(edge: RuleEdge, bySlug: ReadonlyMap<string, RuleExercise>): string[] {
  const a = bySlug.get(edge.from);
  const b = bySlug.get(edge.to);
  const name = edgeName(edge);
  if (!a || !b) return [`${name}: names an exercise the seeds do not have`];
  const problems: string[] = [];
  if (edge.kind === ProgressionKind.PROGRESSION && b.difficulty < a.difficulty) {
    problems.push(`${name}: a progression goes from difficulty ${a.difficulty} to ${b.difficulty}`);
  }
  if (edge.kind === ProgressionKind.VARIATION && Math.abs(b.difficulty - a.difficulty) > 1) {
    problems.push(
      `${name}: a variation joins difficulties ${a.difficulty} and ${b.difficulty} (more than 1 apart)`,
    );
  }
  const changes = new Set(edge.changes);
  if (changes.has(ProgressionDimension.STANCE) && a.stance === b.stance) {
    problems.push(`${name}: STANCE, but both are ${a.stance ?? 'untagged'}`);
  }
  // Planes are listed main plane first: a lateral step-down (FRONTAL, SAGITTAL) is in another
  // plane than a forward one (SAGITTAL, FRONTAL) though both control the knee sideways.
  if (
    changes.has(ProgressionDimension.PLANE) &&
    sameSet(a.planes, b.planes) &&
    a.planes?.[0] === b.planes?.[0]
  ) {
    problems.push(`${name}: PLANE, but both move in ${(a.planes ?? []).join(', ')}`);
  }
  if (
    changes.has(ProgressionDimension.LOAD) &&
    a.loadKind === b.loadKind &&
    sameSet(a.equipment, b.equipment) &&
    same(externalLoad(a), externalLoad(b))
  ) {
    problems.push(`${name}: LOAD, but load kind, equipment and external load are the same`);
  }
  if (
    changes.has(ProgressionDimension.TEMPO) &&
    a.tempo === b.tempo &&
    a.tempoIntent === b.tempoIntent &&
    a.prescription.holdSeconds === b.prescription.holdSeconds
  ) {
    problems.push(`${name}: TEMPO, but tempo, intent and hold are the same`);
  }
  // Rule 4: a one-leg version shares the intent of the two-leg one.
  if (edge.changes.length === 1 && changes.has(ProgressionDimension.STANCE)) {
    if (a.tempoIntent !== b.tempoIntent) {
      problems.push(
        `${name}: only the stance changes, yet the intent goes ${a.tempoIntent} -> ${b.tempoIntent}`,
      );
    }
  }
  if (OTHER_PAIN_LIMITS.some((p) => p.test(edge.criterion))) {
    problems.push(`${name}: another pain limit than the pain rule: "${edge.criterion}"`);
  }
  return problems;
}

/** Rule 6: pogo hops are the easiest plyometric, at difficulty 2. */
export function easiestPlyometricRule(exercises: readonly RuleExercise[]): string[] {
  const pogo = exercises.find((e) => e.slug === 'pogo-hops');
  if (!pogo) return [];
  const problems = pogo.difficulty === 2 ? [] : [`pogo-hops: difficulty ${pogo.difficulty}, not 2`];
  for (const e of exercises) {
    if (e.tempoIntent === TempoIntent.EXPLOSIVE && e.difficulty < pogo.difficulty) {
      problems.push(`${e.slug}: a plyometric easier (${e.difficulty}) than pogo hops`);
    }
  }
  return problems;
}

/** Rule 11: every exercise is in at least one edge. */
export function orphanRule(
  exercises: readonly RuleExercise[],
  edges: readonly RuleEdge[],
): string[] {
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  return exercises
    .filter((e) => !linked.has(e.slug))
    .map((e) => `${e.slug}: in no progression edge (an orphan)`);
}

// ---- ladders ----

/**
 * The ladders of the library: every maximal chain of PROGRESSION edges from an exercise with
 * none into it to one with none out of it, of at least `min` exercises, each as its slugs.
 */
export function ladders(edges: readonly RuleEdge[], min = 3): string[][] {
  const next = new Map<string, string[]>();
  const into = new Set<string>();
  const nodes = new Set<string>();
  for (const e of edges) {
    if (e.kind !== ProgressionKind.PROGRESSION) continue;
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    into.add(e.to);
    nodes.add(e.from).add(e.to);
  }
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const outs = (next.get(path[path.length - 1]) ?? []).filter((s) => !path.includes(s));
    if (outs.length === 0) {
      if (path.length >= min) found.push(path);
      return;
    }
    for (const s of outs) walk([...path, s]);
  };
  for (const start of [...nodes].filter((n) => !into.has(n)).sort()) walk([start]);
  return found;
}

// ---- everything ----

/** Every rule over the whole library; an empty list means the seeds follow the content rules. */
export function contentProblems(
  exercises: readonly RuleExercise[],
  edges: readonly RuleEdge[],
): string[] {
  const bySlug = new Map(exercises.map((e) => [e.slug, e]));
  return [
    ...exercises.flatMap((e) => [
      ...painRule(e),
      ...stanceRule(e),
      ...planeRule(e),
      ...tempoIntentRule(e),
      ...drillRule(e),
      ...redFlagRule(e),
      ...overclaimRule(e),
    ]),
    ...edges.flatMap((edge) => edgeRules(edge, bySlug)),
    ...easiestPlyometricRule(exercises),
    ...orphanRule(exercises, edges),
  ];
}
