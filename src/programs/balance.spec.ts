import { LoadKind, Plane, Stance, TempoIntent } from '../exercises/vocabulary.js';
import {
  analyseBalance,
  BalanceFacet,
  type BalanceItem,
  type FacetShare,
  GapPriority,
  summarise,
} from './balance.js';

const { SAGITTAL, FRONTAL, TRANSVERSE } = Plane;

function item(overrides: Partial<BalanceItem> = {}): BalanceItem {
  return {
    planes: [SAGITTAL],
    stance: Stance.BILATERAL,
    tempoIntent: TempoIntent.SLOW_CONTROLLED,
    loadKind: LoadKind.BODYWEIGHT,
    difficulty: 2,
    ...overrides,
  };
}

const counts = (shares: FacetShare[]) => Object.fromEntries(shares.map((s) => [s.value, s.count]));
const gapsOf = (items: BalanceItem[]) =>
  analyseBalance(items).gaps.map((g) => `${g.facet}:${g.missing.join('|')}:${g.priority}`);

/** Squat, bridge, hinge, calf raise, split squat: the program runners usually bring in. */
const sagittalOnly: BalanceItem[] = [
  item({ difficulty: 1 }),
  item({ stance: Stance.NONE, difficulty: 1 }),
  item({ difficulty: 1 }),
  item({ difficulty: 2 }),
  item({ stance: Stance.SPLIT, tempoIntent: TempoIntent.MODERATE, difficulty: 2 }),
  item({ stance: Stance.STAGGERED, difficulty: 3 }),
];

/** Lateral step-down, single-leg RDL with a kettlebell, pallof press, lateral bound. */
const balanced: BalanceItem[] = [
  item({ planes: [SAGITTAL, FRONTAL], stance: Stance.SINGLE_LEG, difficulty: 3 }),
  item({
    planes: [SAGITTAL, TRANSVERSE],
    stance: Stance.SINGLE_LEG,
    loadKind: LoadKind.EXTERNAL,
    difficulty: 4,
  }),
  item({ planes: [TRANSVERSE], loadKind: LoadKind.ELASTIC, tempoIntent: TempoIntent.ISOMETRIC }),
  item({
    planes: [FRONTAL],
    stance: Stance.SINGLE_LEG,
    tempoIntent: TempoIntent.EXPLOSIVE,
    difficulty: 3,
  }),
];

describe('balance of a program', () => {
  it('finds the classic gaps of a sagittal-only, two-footed program', () => {
    const analysis = analyseBalance(sagittalOnly);
    expect(gapsOf(sagittalOnly)).toEqual([
      'PLANE:FRONTAL:HIGH',
      'STANCE:SINGLE_LEG:HIGH',
      'PLANE:TRANSVERSE:MEDIUM',
      'TEMPO_INTENT:FAST|EXPLOSIVE:MEDIUM',
      'LOAD_KIND:EXTERNAL|ELASTIC:LOW',
    ]);
    for (const gap of analysis.gaps) expect(gap.reason.length).toBeGreaterThan(30);
    expect(analysis.gaps[1].reason).toMatch(/split and staggered/);
  });

  it('finds no gap in a balanced program', () => {
    expect(analyseBalance(balanced).gaps).toEqual([]);
    expect(summarise(analyseBalance(balanced))).toMatch(/^Balanced/);
  });

  it('does not count split or staggered stances as single-leg work', () => {
    const twoFeet = [item({ stance: Stance.SPLIT }), item({ stance: Stance.STAGGERED })];
    expect(gapsOf(twoFeet)).toContain('STANCE:SINGLE_LEG:HIGH');
    expect(gapsOf([...twoFeet, item({ stance: Stance.SINGLE_LEG })])).not.toContain(
      'STANCE:SINGLE_LEG:HIGH',
    );
  });

  it('counts every value of every facet, zeros included, a multiplanar exercise in each plane', () => {
    const analysis = analyseBalance(balanced);
    expect(analysis.exerciseCount).toBe(4);
    expect(counts(analysis.planes)).toEqual({ SAGITTAL: 2, FRONTAL: 2, TRANSVERSE: 2 });
    expect(analysis.planes.find((s) => s.value === FRONTAL)!.share).toBe(0.5);
    expect(counts(analysis.stances)).toEqual({
      BILATERAL: 1,
      SPLIT: 0,
      STAGGERED: 0,
      SINGLE_LEG: 3,
      NONE: 0,
    });
    expect(counts(analysis.tempoIntents)).toEqual({
      ISOMETRIC: 1,
      // the value issue 17 added for static stretches: counted, zero here
      STRETCH: 0,
      SLOW_CONTROLLED: 2,
      MODERATE: 0,
      FAST: 0,
      EXPLOSIVE: 1,
    });
    expect(counts(analysis.loadKinds)).toEqual({
      BODYWEIGHT: 2,
      EXTERNAL: 1,
      ELASTIC: 1,
      ASSISTED: 0,
    });
    expect(analysis.loadKinds.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
  });

  it('counts an exercise listed twice twice', () => {
    const frontal = item({ planes: [FRONTAL] });
    const analysis = analyseBalance([frontal, frontal, item()]);
    expect(analysis.exerciseCount).toBe(3);
    expect(counts(analysis.planes)).toMatchObject({ FRONTAL: 2, SAGITTAL: 1 });
    expect(analysis.planes.find((s) => s.value === FRONTAL)!.share).toBeCloseTo(2 / 3);
  });

  it('treats speed as a variable: a program at one intent always has a tempo gap', () => {
    const at = (tempoIntent: TempoIntent) => gapsOf([item({ tempoIntent }), item({ tempoIntent })]);
    const tempoGaps = (gaps: string[]) => gaps.filter((g) => g.startsWith('TEMPO_INTENT'));
    expect(tempoGaps(at(TempoIntent.SLOW_CONTROLLED))).toEqual([
      'TEMPO_INTENT:FAST|EXPLOSIVE:MEDIUM',
    ]);
    expect(tempoGaps(at(TempoIntent.ISOMETRIC))).toEqual(['TEMPO_INTENT:FAST|EXPLOSIVE:MEDIUM']);
    expect(tempoGaps(at(TempoIntent.MODERATE))).toEqual([
      'TEMPO_INTENT:FAST|EXPLOSIVE:MEDIUM',
      'TEMPO_INTENT:ISOMETRIC|SLOW_CONTROLLED:LOW',
    ]);
    expect(tempoGaps(at(TempoIntent.EXPLOSIVE))).toEqual([
      'TEMPO_INTENT:ISOMETRIC|SLOW_CONTROLLED:LOW',
    ]);
    // A static stretch is not load: it leaves both tempo gaps open (issue 17).
    expect(tempoGaps(at(TempoIntent.STRETCH))).toEqual([
      'TEMPO_INTENT:FAST|EXPLOSIVE:MEDIUM',
      'TEMPO_INTENT:ISOMETRIC|SLOW_CONTROLLED:LOW',
    ]);
    const mixed = [
      item({ tempoIntent: TempoIntent.FAST }),
      item({ tempoIntent: TempoIntent.ISOMETRIC }),
    ];
    expect(tempoGaps(gapsOf(mixed))).toEqual([]);
  });

  it('asks for load beyond body weight at low priority; assisted work is not load', () => {
    const light = [item(), item({ loadKind: LoadKind.ASSISTED })];
    const load = analyseBalance(light).gaps.find((g) => g.facet === BalanceFacet.LOAD_KIND);
    expect(load).toMatchObject({ missing: ['EXTERNAL', 'ELASTIC'], priority: GapPriority.LOW });
    expect(gapsOf([...light, item({ loadKind: LoadKind.ELASTIC })])).not.toContain(
      'LOAD_KIND:EXTERNAL|ELASTIC:LOW',
    );
  });

  it('lists gaps highest priority first', () => {
    const order = [GapPriority.HIGH, GapPriority.MEDIUM, GapPriority.LOW];
    const priorities = analyseBalance([item({ tempoIntent: TempoIntent.MODERATE })]).gaps.map((g) =>
      order.indexOf(g.priority),
    );
    expect(priorities).toEqual([...priorities].sort());
    expect(priorities).toHaveLength(6);
  });

  it('leaves untagged facets of a draft uncounted', () => {
    const draft = item({ planes: [], stance: null, tempoIntent: null });
    const analysis = analyseBalance([draft]);
    expect(analysis.planes.every((s) => s.count === 0)).toBe(true);
    expect(analysis.stances.every((s) => s.count === 0)).toBe(true);
    expect(analysis.tempoIntents.every((s) => s.count === 0)).toBe(true);
  });

  it('takes the median difficulty, halfway between the middle two of an even count', () => {
    expect(analyseBalance(sagittalOnly).medianDifficulty).toBe(1.5);
    expect(analyseBalance(balanced.slice(0, 3)).medianDifficulty).toBe(3);
  });

  it('says an empty program is empty and reports no gaps', () => {
    const analysis = analyseBalance([]);
    expect(analysis).toMatchObject({ exerciseCount: 0, medianDifficulty: null, gaps: [] });
    expect(analysis.planes).toEqual([
      { value: 'SAGITTAL', count: 0, share: 0 },
      { value: 'FRONTAL', count: 0, share: 0 },
      { value: 'TRANSVERSE', count: 0, share: 0 },
    ]);
    expect(summarise(analysis)).toMatch(/^Empty program/);
  });

  it('summarises the gaps in one line', () => {
    expect(summarise(analyseBalance(sagittalOnly))).toBe(
      '5 gaps, 2 high priority: no frontal-plane (side-to-side) work; no single-leg work; no transverse-plane (rotation) work; nothing is done fast; nothing is loaded beyond body weight.',
    );
  });
});
