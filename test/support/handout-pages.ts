import { messagesFor } from '../../src/handouts/rendering/messages.js';
import type { Locale } from '../../src/translations/locale.js';

/** What a printed exercise shows, as a handout returns it (GraphQL) or the renderer gets it. */
export interface PrintedExercise {
  name: string;
  summary: string;
  steps: string[];
  cues: string[];
  /** Optional: a GraphQL document may not ask for them. */
  precautions?: string[];
  prescription: {
    sets: number;
    reps?: number | null;
    holdSeconds?: number | null;
    distanceMetres?: number | null;
    durationSeconds?: number | null;
  };
}

/**
 * A page's text as compared here: no white space (lines wrap, and Chinese has no spaces) and none
 * of the numbers of ordered lists, which pdf.js puts after the first line of each step.
 */
const bare = (text: string) => text.replace(/\t\d+\./g, '').replace(/\s+/g, '');

/** Marks where a line starts, the rest bare: a printed name starts a line with its number. */
const LINE = '\u00b6';
const lined = (text: string) =>
  text
    .split('\n')
    .map((line) => LINE + bare(line))
    .join('');

/** Where `text` starts in a lined page, at a line's start when `atLineStart`; it may wrap. */
function positions(page: string, text: string, atLineStart = false): number[] {
  const chars = [...bare(text)].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp((atLineStart ? LINE : '') + chars.join(`${LINE}?`), 'g');
  return [...page.matchAll(pattern)].map((m) => m.index);
}

/**
 * The number a dose prints after "sets ×": the reps, the metres, or the seconds held or worked,
 * in minutes when they are whole minutes ("3 × 2 min"); null for a dose of sets alone.
 */
function amountOf(p: PrintedExercise['prescription']): number | null {
  const seconds = p.holdSeconds ?? p.durationSeconds ?? null;
  if (seconds !== null) return seconds >= 60 && seconds % 60 === 0 ? seconds / 60 : seconds;
  return p.reps ?? p.distanceMetres ?? null;
}

/**
 * Reads every page of a printed handout and lists what breaks the rule that an exercise is never
 * separated from its name and its dose:
 * - each page's prescriptions follow, on that page, the name of the exercise they belong to (the
 *   k-th prescription under the name numbered k, with its sets and its reps, hold, distance or
 *   time), so no page holds a dose alone or a dose under another exercise's name;
 * - every exercise has its one prescription;
 * - every page holding a line of an exercise (summary, step, cue, precaution) names it too.
 * An empty list means the handout obeys it. Names are matched as printed, with their number.
 */
export function pageProblems(
  pages: readonly string[],
  items: readonly PrintedExercise[],
  locale: Locale,
): string[] {
  const problems: string[] = [];
  const label = messagesFor(locale).yourPrescription;
  const seen = items.map(() => 0);
  // Each exercise's lines, as far as no other exercise has the same ("Then switch sides.") or
  // says it within a line of its own (a shuffle's "Stay low and level" inside a band walk's
  // "Stay low and level, no bobbing up and down").
  const textOf = (item: PrintedExercise) =>
    [item.summary, ...item.steps, ...item.cues, ...(item.precautions ?? [])].map(bare);
  const texts = items.map(textOf);
  const own = texts.map((lines, k) =>
    lines
      .map((line) => line.slice(0, 30))
      .filter((line) => line.length >= 12)
      .filter((line) => !texts.some((other, j) => j !== k && other.some((o) => o.includes(line)))),
  );
  pages.forEach((raw, p) => {
    const page = lined(raw);
    const text = bare(raw);
    const where = `page ${p + 1}`;
    const names = items
      .flatMap((item, k) => positions(page, `${k + 1}${item.name}`, true).map((at) => ({ at, k })))
      .sort((a, b) => a.at - b.at);
    const labels = positions(page, label);
    labels.forEach((at, i) => {
      const owner = names.filter((n) => n.at < at).at(-1);
      if (!owner) {
        problems.push(`${where}: a prescription with no exercise named above it`);
        return;
      }
      const item = items[owner.k];
      seen[owner.k]++;
      const end = Math.min(
        labels[i + 1] ?? page.length,
        ...names.filter((n) => n.at > at).map((n) => n.at),
      );
      const dose = page.slice(at, end).replaceAll(LINE, '');
      const expected = `${item.prescription.sets}×${amountOf(item.prescription) ?? ''}`;
      if (!dose.includes(expected)) {
        problems.push(`${where}: the prescription under ${owner.k + 1} is not its ${expected}`);
      }
    });
    items.forEach((_, k) => {
      const here = own[k].filter((line) => text.includes(line));
      if (here.length > 0 && !names.some((n) => n.k === k)) {
        problems.push(`${where}: holds part of exercise ${k + 1} without its name`);
      }
    });
  });
  seen.forEach((count, k) => {
    if (count !== 1) problems.push(`exercise ${k + 1}: ${count} prescriptions`);
  });
  return problems;
}
