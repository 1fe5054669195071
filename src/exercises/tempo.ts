/**
 * Tempo in the four-part notation `E-P-C-P`: eccentric (lowering), pause at the bottom,
 * concentric (lifting), pause at the top, in seconds; `X` means "as fast as possible".
 *
 * Rules we chose, so that every tempo in the library means one thing:
 * - each phase is a whole number of seconds from 0 to 60, or X;
 * - X is only allowed in a moving phase (eccentric or concentric): a pause cannot be explosive;
 * - at least one phase must be non-zero;
 * - time under tension per rep is the sum of all four phases, an X phase counting 0.5 s.
 */

export const EXPLOSIVE_PHASE_SECONDS = 0.5;
export const MAX_PHASE_SECONDS = 60;

export interface TempoPhase {
  /** The phase as written: a number of seconds or `X`. */
  notation: string;
  /** Seconds the phase lasts; an X phase counts EXPLOSIVE_PHASE_SECONDS. */
  seconds: number;
  asFastAsPossible: boolean;
}

export interface ParsedTempo {
  notation: string;
  eccentric: TempoPhase;
  bottomPause: TempoPhase;
  concentric: TempoPhase;
  topPause: TempoPhase;
  timeUnderTensionSeconds: number;
}

const PHASE_NAMES = ['eccentric', 'bottom pause', 'concentric', 'top pause'] as const;

export class TempoError extends Error {}

/** Normalises spacing and case: ` 3-1-x-0 ` -> `3-1-X-0`. */
export function normaliseTempo(notation: string): string {
  return notation.replace(/\s+/g, '').toUpperCase();
}

/** Parses a tempo, throwing a TempoError whose message says what is wrong and where. */
export function parseTempo(input: string): ParsedTempo {
  const notation = normaliseTempo(input);
  const parts = notation.split('-');
  if (parts.length !== 4) {
    throw new TempoError(
      `must have four phases eccentric-pause-concentric-pause such as 3-1-X-0, got ${parts.length}`,
    );
  }
  const phases = parts.map((part, index) => parsePhase(part, index));
  if (phases.every((p) => p.seconds === 0)) {
    throw new TempoError('must have at least one phase longer than 0 seconds');
  }
  const [eccentric, bottomPause, concentric, topPause] = phases;
  return {
    notation,
    eccentric,
    bottomPause,
    concentric,
    topPause,
    timeUnderTensionSeconds: phases.reduce((sum, p) => sum + p.seconds, 0),
  };
}

/** The reason a tempo is invalid, or null when it is valid. */
export function tempoProblem(notation: string): string | null {
  try {
    parseTempo(notation);
    return null;
  } catch (error) {
    if (error instanceof TempoError) return error.message;
    throw error;
  }
}

function parsePhase(part: string, index: number): TempoPhase {
  const name = PHASE_NAMES[index];
  if (part === 'X') {
    if (index === 1 || index === 3) {
      throw new TempoError(`the ${name} cannot be X: only the eccentric and concentric can`);
    }
    return { notation: 'X', seconds: EXPLOSIVE_PHASE_SECONDS, asFastAsPossible: true };
  }
  if (!/^\d{1,2}$/.test(part)) {
    throw new TempoError(`the ${name} must be whole seconds or X, got "${part}"`);
  }
  const seconds = Number(part);
  if (seconds > MAX_PHASE_SECONDS) {
    throw new TempoError(
      `the ${name} must be at most ${MAX_PHASE_SECONDS} seconds, got ${seconds}`,
    );
  }
  return { notation: String(seconds), seconds, asFastAsPossible: false };
}
