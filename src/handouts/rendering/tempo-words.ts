import { parseTempo, type ParsedTempo, type TempoPhase } from '../../exercises/tempo.js';
import {
  BodyPosition,
  Equipment,
  LoadKind,
  Plane,
  Stance,
  TempoIntent,
} from '../../exercises/vocabulary.js';
import type { Locale } from '../../translations/locale.js';
import { messagesFor, type HandoutMessages } from './messages.js';

/**
 * What the library says about how an exercise moves, frozen into a handout so its tempo can be
 * worded for the movement. Every field may be missing (handouts issued before it was recorded).
 */
export interface MovementFacts {
  tempoIntent?: TempoIntent | null;
  planes?: Plane[] | null;
  position?: BodyPosition | null;
  stance?: Stance | null;
  loadKind?: LoadKind | null;
  equipment?: Equipment[] | null;
}

/**
 * How a tempo is put into words:
 * - VERTICAL: the body or a weight goes down and up against gravity (squats, raises, bridges);
 * - STEPPING: steps against a band around the legs (lateral band walk, monster walk);
 * - REACTIVE: hops, skips, shuffles: quick, springy ground contacts;
 * - HOLD: a position held still;
 * - STRETCH: a static stretch or end-range mobility hold, eased into and held relaxed;
 * - NEUTRAL: anything else (presses, rotations, band work, slides): effort and return, words
 *   that are true of any movement.
 */
export enum TempoWording {
  VERTICAL = 'VERTICAL',
  STEPPING = 'STEPPING',
  REACTIVE = 'REACTIVE',
  HOLD = 'HOLD',
  STRETCH = 'STRETCH',
  NEUTRAL = 'NEUTRAL',
}

/**
 * Chooses the wording from the exercise's tags. Only what the tags prove gets a specific wording;
 * the rest is NEUTRAL, so a tag the rules did not foresee reads vaguer, never wrong.
 */
export function tempoWordingFor(
  facts: MovementFacts | null | undefined,
  tempo: ParsedTempo | null,
  holdSeconds?: number | null,
): TempoWording {
  if (facts?.tempoIntent === TempoIntent.STRETCH) return TempoWording.STRETCH;
  if (holdSeconds != null || facts?.tempoIntent === TempoIntent.ISOMETRIC) return TempoWording.HOLD;
  if (!facts) return TempoWording.NEUTRAL;
  const intent = facts.tempoIntent;
  const planes = facts.planes ?? [];
  const equipment = facts.equipment ?? [];
  const fastIntent = intent === TempoIntent.FAST || intent === TempoIntent.EXPLOSIVE;
  // A landing absorbed "as fast as possible" is a ground contact: a hop, a skip, a shuffle.
  if (fastIntent && tempo?.eccentric.asFastAsPossible) return TempoWording.REACTIVE;
  if (
    facts.position === BodyPosition.STANDING &&
    facts.stance === Stance.BILATERAL &&
    facts.loadKind === LoadKind.ELASTIC &&
    equipment.includes(Equipment.RESISTANCE_BAND) &&
    planes.includes(Plane.FRONTAL)
  ) {
    return TempoWording.STEPPING;
  }
  // Down and up: gravity (body weight or a weight, not a band, cable or slider) resists a
  // movement that is mainly sagittal, or frontal when lying on the side or standing (hip hike,
  // lateral lunge). All-plane reaches and hands-and-knees drills are left neutral.
  const verticalLoad =
    facts.loadKind != null &&
    facts.loadKind !== LoadKind.ELASTIC &&
    !equipment.includes(Equipment.CABLE) &&
    !equipment.includes(Equipment.SLIDER);
  const mainPlane = planes[0];
  const verticalPlane =
    mainPlane === Plane.SAGITTAL ||
    (mainPlane === Plane.FRONTAL &&
      (facts.position === BodyPosition.SIDE_LYING || facts.position === BodyPosition.STANDING));
  if (
    verticalLoad &&
    verticalPlane &&
    planes.length < 3 &&
    facts.position !== BodyPosition.QUADRUPED &&
    facts.position != null &&
    // Seated, only a weight on the knees goes down and up (a soleus raise, not a short foot).
    (facts.position !== BodyPosition.SEATED || facts.loadKind === LoadKind.EXTERNAL)
  ) {
    return TempoWording.VERTICAL;
  }
  return TempoWording.NEUTRAL;
}

/**
 * A tempo explained for a patient in words that fit the movement, e.g. 3-1-1-0 on a squat →
 * "Lower for 3 seconds, pause 1 second at the bottom, lift in 1 second, no pause at the top"; on
 * a lateral band walk "Step out in 1 second, bring the other foot in over 1 second"; on hops
 * "Quick, springy contacts: land softly and spring off again at once"; on a hold "Hold for 30
 * seconds". Null when there is no tempo, or when it cannot be read (a snapshot is never
 * rewritten, so an old rule change must not break its rendering).
 */
export function tempoInWords(
  tempo: string | null | undefined,
  locale: Locale,
  facts?: MovementFacts | null,
  holdSeconds?: number | null,
): string | null {
  if (!tempo || !tempo.trim()) return null;
  let parsed: ParsedTempo;
  try {
    parsed = parseTempo(tempo);
  } catch {
    return null;
  }
  const m = messagesFor(locale);
  const wording = tempoWordingFor(facts, parsed, holdSeconds);
  const sentence = SENTENCES[wording](parsed, m, holdSeconds ?? null);
  return capitalise(sentence, m);
}

type Sentence = (t: ParsedTempo, m: HandoutMessages, holdSeconds: number | null) => string;

const duration = (phase: TempoPhase, m: HandoutMessages) => m.seconds(phase.seconds);

/** A moving phase: timed, "quickly" for 0 seconds, or "as fast as you can" for X. */
function moving(
  phase: TempoPhase,
  m: HandoutMessages,
  timed: (d: string) => string,
  quickly: string,
  fastest: string,
): string {
  if (phase.asFastAsPossible) return fastest;
  return phase.seconds === 0 ? quickly : timed(duration(phase, m));
}

const vertical: Sentence = (t, m) => {
  const p = m.tempoPhrases;
  const pause = (phase: TempoPhase, timed: (d: string) => string, none: string) =>
    phase.seconds === 0 ? none : timed(duration(phase, m));
  return [
    moving(t.eccentric, m, p.lowerFor, p.lowerQuickly, p.lowerAsFastAsYouCan),
    pause(t.bottomPause, p.pauseAtBottom, p.noPauseAtBottom),
    moving(t.concentric, m, p.liftIn, p.liftQuickly, p.liftAsFastAsYouCan),
    pause(t.topPause, p.pauseAtTop, p.noPauseAtTop),
  ].join(p.separator);
};

/** Effort (concentric) first, then its pause, the return (eccentric), then the pause before the next. */
const neutral: Sentence = (t, m) => {
  const p = m.tempoPhrases;
  return [
    moving(t.concentric, m, p.effortIn, p.effortQuickly, p.effortAsFastAsYouCan),
    t.topPause.seconds > 0 ? p.holdEffort(duration(t.topPause, m)) : null,
    moving(t.eccentric, m, p.returnIn, p.returnQuickly, p.returnAsFastAsYouCan),
    t.bottomPause.seconds > 0 ? p.pauseBeforeNext(duration(t.bottomPause, m)) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(p.separator);
};

/** Stepping out works against the band (concentric); bringing the other foot in is the return. */
const stepping: Sentence = (t, m) => {
  const p = m.tempoPhrases;
  return [
    moving(t.concentric, m, p.stepOutIn, p.stepOutQuickly, p.stepOutQuickly),
    t.topPause.seconds > 0 ? p.pauseWide(duration(t.topPause, m)) : null,
    moving(t.eccentric, m, p.bringFootInIn, p.bringFootInQuickly, p.bringFootInQuickly),
    t.bottomPause.seconds > 0 ? p.pauseBeforeNextStep(duration(t.bottomPause, m)) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(p.separator);
};

const reactive: Sentence = (t, m) => {
  const p = m.tempoPhrases;
  const sentence =
    t.bottomPause.seconds > 0 ? p.landAndHold(duration(t.bottomPause, m)) : p.springyContacts;
  return t.topPause.seconds > 0
    ? sentence + p.separator + p.restBetweenContacts(duration(t.topPause, m))
    : sentence;
};

/**
 * A hold lasts the prescribed hold, else the tempo's longest pause; no pause at all reads neutral.
 * "Hold", never "hold still": a carry is tagged ISOMETRIC and still walks.
 */
const hold: Sentence = (t, m, holdSeconds) => {
  const seconds = holdSeconds ?? Math.max(t.bottomPause.seconds, t.topPause.seconds);
  if (seconds <= 0) return neutral(t, m, null);
  return m.tempoPhrases.holdStill(
    seconds >= 60 && seconds % 60 === 0 ? m.minutes(seconds / 60) : m.seconds(seconds),
  );
};

/** A stretch lasts the prescribed hold, else the tempo's longest pause, like a hold. */
const stretch: Sentence = (t, m, holdSeconds) => {
  const seconds = holdSeconds ?? Math.max(t.bottomPause.seconds, t.topPause.seconds);
  if (seconds <= 0) return neutral(t, m, null);
  return m.tempoPhrases.holdStretch(
    seconds >= 60 && seconds % 60 === 0 ? m.minutes(seconds / 60) : m.seconds(seconds),
  );
};

const SENTENCES: Record<TempoWording, Sentence> = {
  [TempoWording.VERTICAL]: vertical,
  [TempoWording.NEUTRAL]: neutral,
  [TempoWording.STEPPING]: stepping,
  [TempoWording.REACTIVE]: reactive,
  [TempoWording.HOLD]: hold,
  [TempoWording.STRETCH]: stretch,
};

function capitalise(text: string, m: HandoutMessages): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase(m.languageTag) + text.slice(1);
}
