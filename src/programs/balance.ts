/**
 * The balance of a program, read the way a physical therapist who treats runners reads it: how
 * its exercises spread over planes, stance, tempo intent and load, and what is missing. Pure: the
 * service loads the exercises and finds published exercises that would fill each gap.
 *
 * Counting: every prescribed item counts (an exercise listed twice, e.g. once per side, counts
 * twice); a multiplanar exercise counts once for each of its planes, so plane shares can add up
 * to more than 1. A share is the fraction of the program's items carrying the value. A facet not
 * yet tagged (a clinician's draft) counts for no value, so it can leave a gap open.
 *
 * Gap rules. A gap is an absence, not a ratio: how much of each kind of work to prescribe stays
 * the clinician's call. Runners under-train three things (DOMAIN.md): movement outside the
 * sagittal plane, control on one leg, and speed as a variable.
 * - PLANE FRONTAL, HIGH: nothing moves side to side or resists it. Hip abductors keep the pelvis
 *   level over the stance leg (patellofemoral pain, ITB syndrome, gluteal tendinopathy): the
 *   classic gap of a runner's program.
 * - STANCE SINGLE_LEG, HIGH: nothing on one leg. Running is a series of single-leg landings;
 *   SPLIT and STAGGERED stances still share the load between two feet, so they do not count.
 * - PLANE TRANSVERSE, MEDIUM: nothing rotates or resists rotation of trunk and hip over the
 *   stance leg.
 * - TEMPO_INTENT FAST or EXPLOSIVE, MEDIUM: nothing is done fast. Running is fast, elastic loading;
 *   a program of slow reps alone leaves rate of force development untrained.
 * - TEMPO_INTENT ISOMETRIC or SLOW_CONTROLLED, LOW: nothing slow or held (an all-plyometric or
 *   all-moderate program). With the rule above, speed is a variable only when both ends are
 *   present: every program done at one intent has at least one tempo gap. A STRETCH does not
 *   fill it: a static stretch lengthens a relaxed muscle and is not load (issue 17 split it from
 *   ISOMETRIC so that tendon holds and stretches no longer count as one another).
 * - LOAD_KIND EXTERNAL or ELASTIC, LOW: nothing is loaded beyond body weight (ASSISTED is lighter
 *   still). Tendons and strength need progressive load; lower priority because a bodyweight phase
 *   is often right early in rehab.
 * No gap for SAGITTAL: runners train it every run; nor for stances or loads beyond the above.
 *
 * An empty program has nothing to analyse: all counts are zero and no gaps are reported (every
 * rule would fire, which says nothing the clinician does not know).
 */
import { registerEnumType } from '@nestjs/graphql';
import { describeValues } from '../common/graphql/enum-values.js';
import { LoadKind, Plane, Stance, TempoIntent } from '../exercises/vocabulary.js';

export enum BalanceFacet {
  PLANE = 'PLANE',
  STANCE = 'STANCE',
  TEMPO_INTENT = 'TEMPO_INTENT',
  LOAD_KIND = 'LOAD_KIND',
}

registerEnumType(BalanceFacet, {
  name: 'BalanceFacet',
  description: 'The exercise facets a program is balanced over',
  valuesMap: describeValues<typeof BalanceFacet>({
    PLANE: 'Planes of motion (Plane): frontal and transverse work are the usual gaps',
    STANCE: 'Stance (Stance): single-leg work is the usual gap',
    TEMPO_INTENT: 'Tempo intent (TempoIntent): both fast and slow or held work are wanted',
    LOAD_KIND: 'Load kind (LoadKind): something loaded beyond body weight is wanted',
  }),
});

export enum GapPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

registerEnumType(GapPriority, {
  name: 'GapPriority',
  description: 'How much a gap matters for a runner, HIGH first',
  valuesMap: describeValues<typeof GapPriority>({
    HIGH: 'Fill it first: nothing in the frontal plane, or nothing single-leg',
    MEDIUM: 'Nothing in the transverse plane (rotation), or nothing fast or explosive',
    LOW: 'Nothing slow or held, or nothing loaded beyond body weight (often right early in rehab)',
  }),
});

/** What the analysis needs of each prescribed exercise. */
export interface BalanceItem {
  planes: readonly Plane[];
  stance: Stance | null;
  tempoIntent: TempoIntent | null;
  loadKind: LoadKind;
  difficulty: number;
}

export interface FacetShare {
  value: string;
  count: number;
  share: number;
}

export interface Gap {
  facet: BalanceFacet;
  /** Any one of these values fills the gap. */
  missing: string[];
  priority: GapPriority;
  reason: string;
}

export interface BalanceAnalysis {
  exerciseCount: number;
  /** Null for an empty program; x.5 when the two middle items differ. */
  medianDifficulty: number | null;
  planes: FacetShare[];
  stances: FacetShare[];
  tempoIntents: FacetShare[];
  loadKinds: FacetShare[];
  /** Highest priority first. */
  gaps: Gap[];
}

interface Rule extends Gap {
  /** True when the program lacks what the rule asks for. */
  applies(spread: Spread): boolean;
}

type Spread = Pick<BalanceAnalysis, 'planes' | 'stances' | 'tempoIntents' | 'loadKinds'>;

const none = (shares: FacetShare[], values: string[]) =>
  shares.every((s) => !values.includes(s.value) || s.count === 0);

/** In priority order; the order among equal priorities is the order gaps are listed in. */
const RULES: Rule[] = [
  {
    facet: BalanceFacet.PLANE,
    missing: [Plane.FRONTAL],
    priority: GapPriority.HIGH,
    reason:
      'No frontal-plane (side-to-side) work: lateral hip strength keeps the pelvis level over the stance leg (patellofemoral pain, ITB syndrome, gluteal tendinopathy).',
    applies: (s) => none(s.planes, [Plane.FRONTAL]),
  },
  {
    facet: BalanceFacet.STANCE,
    missing: [Stance.SINGLE_LEG],
    priority: GapPriority.HIGH,
    reason:
      'No single-leg work: running is one landing after another on one leg; split and staggered stances still share the load between both feet.',
    applies: (s) => none(s.stances, [Stance.SINGLE_LEG]),
  },
  {
    facet: BalanceFacet.PLANE,
    missing: [Plane.TRANSVERSE],
    priority: GapPriority.MEDIUM,
    reason:
      'No transverse-plane (rotation) work: the trunk and hip must control rotation over the stance leg at every stride.',
    applies: (s) => none(s.planes, [Plane.TRANSVERSE]),
  },
  {
    facet: BalanceFacet.TEMPO_INTENT,
    missing: [TempoIntent.FAST, TempoIntent.EXPLOSIVE],
    priority: GapPriority.MEDIUM,
    reason:
      'Nothing is done fast: running loads tissue quickly and elastically; add a fast or plyometric exercise once it is tolerated.',
    applies: (s) => none(s.tempoIntents, [TempoIntent.FAST, TempoIntent.EXPLOSIVE]),
  },
  {
    facet: BalanceFacet.TEMPO_INTENT,
    missing: [TempoIntent.ISOMETRIC, TempoIntent.SLOW_CONTROLLED],
    priority: GapPriority.LOW,
    reason:
      'Nothing is slow or held: slow and isometric work builds tendon capacity and control that speed alone does not.',
    applies: (s) => none(s.tempoIntents, [TempoIntent.ISOMETRIC, TempoIntent.SLOW_CONTROLLED]),
  },
  {
    facet: BalanceFacet.LOAD_KIND,
    missing: [LoadKind.EXTERNAL, LoadKind.ELASTIC],
    priority: GapPriority.LOW,
    reason:
      'Nothing is loaded beyond body weight: strength and tendons need load that can progress (weights or bands) once bodyweight work is easy.',
    applies: (s) => none(s.loadKinds, [LoadKind.EXTERNAL, LoadKind.ELASTIC]),
  },
];

export function analyseBalance(items: readonly BalanceItem[]): BalanceAnalysis {
  const spread: Spread = {
    planes: shares(items, Object.values(Plane), (i) => i.planes),
    stances: shares(items, Object.values(Stance), (i) => (i.stance ? [i.stance] : [])),
    tempoIntents: shares(items, Object.values(TempoIntent), (i) =>
      i.tempoIntent ? [i.tempoIntent] : [],
    ),
    loadKinds: shares(items, Object.values(LoadKind), (i) => [i.loadKind]),
  };
  const gaps =
    items.length === 0
      ? []
      : RULES.filter((rule) => rule.applies(spread)).map(
          ({ facet, missing, priority, reason }) => ({ facet, missing, priority, reason }),
        );
  return {
    exerciseCount: items.length,
    medianDifficulty: median(items.map((i) => i.difficulty)),
    ...spread,
    gaps,
  };
}

/** Every value of the vocabulary, zeros included, in vocabulary order. */
function shares(
  items: readonly BalanceItem[],
  values: string[],
  valuesOf: (item: BalanceItem) => readonly string[],
): FacetShare[] {
  const counts = new Map<string, number>(values.map((v) => [v, 0]));
  for (const item of items) {
    // A value listed twice on one exercise still counts that exercise once.
    for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return values.map((value) => {
    const count = counts.get(value) ?? 0;
    return { value, count, share: items.length ? count / items.length : 0 };
  });
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One line for a clinician or a handout footer. */
export function summarise(analysis: Pick<BalanceAnalysis, 'exerciseCount' | 'gaps'>): string {
  if (analysis.exerciseCount === 0) return 'Empty program: add exercises to analyse its balance.';
  if (analysis.gaps.length === 0) {
    return 'Balanced: frontal and transverse planes, single-leg work, fast and slow tempos and added load are all present.';
  }
  const high = analysis.gaps.filter((g) => g.priority === GapPriority.HIGH).length;
  const n = analysis.gaps.length;
  return `${n} gap${n === 1 ? '' : 's'}${high ? `, ${high} high priority` : ''}: ${analysis.gaps
    .map((g) => g.reason.slice(0, g.reason.indexOf(':')).toLowerCase())
    .join('; ')}.`;
}
