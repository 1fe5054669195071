import { parseTempo, type TempoPhase } from '../../exercises/tempo.js';
import type { Locale } from '../../translations/locale.js';
import { messagesFor, type HandoutMessages } from './messages.js';

/**
 * A tempo explained for a patient, e.g. 3-1-1-0 → "Lower for 3 seconds, pause 1 second at the
 * bottom, lift in 1 second, no pause at the top". Null when there is no tempo, or when it cannot
 * be read (a snapshot is never rewritten, so an old rule change must not break its rendering).
 */
export function tempoInWords(tempo: string | null | undefined, locale: Locale): string | null {
  if (!tempo || !tempo.trim()) return null;
  let parsed: ReturnType<typeof parseTempo>;
  try {
    parsed = parseTempo(tempo);
  } catch {
    return null;
  }
  const m = messagesFor(locale);
  const p = m.tempoPhrases;
  const duration = (phase: TempoPhase) => m.seconds(phase.seconds);
  const moving = (
    phase: TempoPhase,
    timed: (d: string) => string,
    quickly: string,
    fastest: string,
  ) => (phase.asFastAsPossible ? fastest : phase.seconds === 0 ? quickly : timed(duration(phase)));
  const pause = (phase: TempoPhase, timed: (d: string) => string, none: string) =>
    phase.seconds === 0 ? none : timed(duration(phase));

  const sentence = [
    moving(parsed.eccentric, p.lowerFor, p.lowerQuickly, p.lowerAsFastAsYouCan),
    pause(parsed.bottomPause, p.pauseAtBottom, p.noPauseAtBottom),
    moving(parsed.concentric, p.liftIn, p.liftQuickly, p.liftAsFastAsYouCan),
    pause(parsed.topPause, p.pauseAtTop, p.noPauseAtTop),
  ].join(p.separator);
  return capitalise(sentence, m);
}

function capitalise(text: string, m: HandoutMessages): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase(m.languageTag) + text.slice(1);
}
