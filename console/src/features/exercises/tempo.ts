import { format, messages } from '../../i18n';

const m = messages.tempo;
/** The parts of the schema's Tempo read here (a query's result or a form's parsed notation). */
type Phase = { seconds: number; asFastAsPossible: boolean } | null | undefined;
interface TempoParts {
  eccentric?: Phase;
  bottomPause?: Phase;
  concentric?: Phase;
  topPause?: Phase;
  timeUnderTensionSeconds?: number | null;
}

/** A pause lasts "1 second"; a movement goes "for 3 seconds" or "as fast as possible". */
function duration(phase: Phase, template: string = m.seconds): string {
  if (phase?.asFastAsPossible) return m.fast;
  return format(template, { n: phase?.seconds ?? 0 });
}

/**
 * A tempo in words, in the order it is done: "lower for 3 seconds, pause 1 second at the bottom,
 * lift as fast as possible, no pause at the top". The edit form reuses it to show the words as a
 * PT types the notation.
 */
export function tempoInWords(tempo: TempoParts): string | null {
  const { eccentric, bottomPause, concentric, topPause } = tempo;
  if (!eccentric && !concentric && !bottomPause && !topPause) return null;
  const pause = (phase: Phase, template: string, where: string) =>
    phase && (phase.asFastAsPossible || phase.seconds > 0)
      ? format(template, { phase: duration(phase) })
      : format(m.noPause, { where });
  const words = [
    format(m.eccentric, { phase: duration(eccentric, m.forSeconds) }),
    pause(bottomPause, m.bottomPause, m.atBottom),
    format(m.concentric, { phase: duration(concentric, m.forSeconds) }),
    pause(topPause, m.topPause, m.atTop),
  ].join(', ');
  return words[0].toUpperCase() + words.slice(1);
}

export function timeUnderTension(tempo: TempoParts): string | null {
  const seconds = tempo.timeUnderTensionSeconds;
  return seconds == null
    ? null
    : format(m.tut, { seconds: new Intl.NumberFormat('en').format(seconds) });
}
