import { doseFieldOf } from '../../exercises/dose.js';
import { Side } from '../../programs/program-item.js';
import { type ItemPrescription } from '../../programs/models/item-prescription.model.js';
import type { Locale } from '../../translations/locale.js';
import type { PictureSnapshot } from '../handout-content.js';
import { messagesFor, type HandoutMessages } from './messages.js';
import { describeLoad, type ExerciseLoad } from './load-words.js';
import { tempoInWords, type MovementFacts } from './tempo-words.js';

// Shared by the PDF and the HTML page so that both say exactly the same thing to the patient.

export type PrescriptionLineKind = 'dose' | 'side' | 'tempo' | 'load' | 'rest' | 'often' | 'notes';

export interface PrescriptionLine {
  kind: PrescriptionLineKind;
  label: string;
  value: string;
  /** Secondary text printed smaller after the value: the tempo's notation. */
  detail?: string;
}

/** A whole number of minutes reads better from two minutes on; 90 s stays 90 seconds. */
export function duration(seconds: number, m: HandoutMessages): string {
  return seconds >= 60 && seconds % 60 === 0 ? m.minutes(seconds / 60) : m.seconds(seconds);
}

/** Time spent moving, as a dose is written: "30 s", "2 min", "90 s". */
export function workTime(seconds: number, m: HandoutMessages): string {
  return seconds >= 60 && seconds % 60 === 0
    ? m.minutesShort(seconds / 60)
    : m.secondsShort(seconds);
}

/**
 * Sets times what one set is counted in: "3 × 12", "3 × 30 seconds" (held still), "3 × 20 m",
 * "3 × 30 s" (moving); each side's when the exercise is done one side at a time on both sides.
 * A prescription reads its perSide from itself when it has one (handouts issued since it was
 * kept), else from the `perSide` given (the item's, for older handouts).
 */
function doseLine(p: ItemPrescription, m: HandoutMessages, perSide?: boolean | null) {
  const oneSideAtATime = p.perSide ?? perSide;
  const each = (dose: string) => (oneSideAtATime && p.side === Side.BOTH ? m.eachSide(dose) : dose);
  const line = (label: string, amount: string | null): PrescriptionLine => ({
    kind: 'dose',
    label,
    value: each(amount === null ? String(p.sets) : `${p.sets} × ${amount}`),
  });
  switch (doseFieldOf(p)) {
    case 'holdSeconds':
      return line(m.setsTimesHold, duration(p.holdSeconds!, m));
    case 'distanceMetres':
      return line(m.setsTimesDistance, m.metres(p.distanceMetres!));
    case 'durationSeconds':
      return line(m.setsTimesTime, workTime(p.durationSeconds!, m));
    case 'reps':
      return line(m.setsTimesReps, String(p.reps));
    case null:
      return line(m.setsTimesReps, null);
  }
}

/**
 * The prescription as labelled lines; the exercise's own load when the prescription names none.
 * @param perSide the exercise is done one side at a time: on both sides, the dose is each side's
 * @param movement how the exercise moves, so the tempo is worded for it (steps, hops, holds)
 */
export function prescriptionLines(
  p: ItemPrescription,
  locale: Locale,
  exerciseLoad?: ExerciseLoad | null,
  perSide?: boolean | null,
  movement?: MovementFacts | null,
): PrescriptionLine[] {
  const m = messagesFor(locale);
  const lines: PrescriptionLine[] = [];
  lines.push(doseLine(p, m, perSide));
  lines.push({ kind: 'side', label: m.side, value: m.sides[p.side] ?? m.sides[Side.BOTH] });
  // A tempo times one repetition; a drill dosed by distance or time has none (20 m of A-skips,
  // 10 x 1 min of walk-run), so its notation would print as a lift and a lowering that do not exist.
  const countsRepsOrHolds = p.distanceMetres == null && p.durationSeconds == null;
  const tempo = countsRepsOrHolds ? p.tempo?.trim() : undefined;
  if (tempo) {
    const words = tempoInWords(tempo, locale, movement, p.holdSeconds);
    lines.push(
      words
        ? { kind: 'tempo', label: m.tempo, value: words, detail: tempo }
        : { kind: 'tempo', label: m.tempo, value: tempo },
    );
  }
  const load = p.load?.trim() || (exerciseLoad ? describeLoad(exerciseLoad, locale) : '');
  if (load) lines.push({ kind: 'load', label: m.load, value: load });
  if (p.restSeconds != null) {
    const value = p.restSeconds === 0 ? m.noRest : m.restBetweenSets(duration(p.restSeconds, m));
    lines.push({ kind: 'rest', label: m.rest, value });
  }
  lines.push({ kind: 'often', label: m.howOften, value: m.sessionsPerWeek(p.sessionsPerWeek) });
  const notes = p.notes?.trim();
  if (notes) lines.push({ kind: 'notes', label: m.notes, value: notes });
  return lines;
}

/** The credit line printed under a picture, or null when there is nothing to credit. */
export function pictureCredit(picture: PictureSnapshot, locale: Locale): string | null {
  const m = messagesFor(locale);
  const credit = picture.credit?.trim();
  const licence = picture.licence?.trim();
  if (credit && licence) return m.photoCredit(credit, licence);
  if (credit) return m.photoBy(credit);
  if (licence) return m.photoLicenceOnly(licence);
  return null;
}

/** The issue date as a calendar date: midnight UTC, so no server time zone can shift the day. */
export function issuedOnDate(issuedOn: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(issuedOn);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatIssuedOn(issuedOn: string, locale: Locale): string {
  const date = issuedOnDate(issuedOn);
  if (!date) return issuedOn;
  const tag = messagesFor(locale).languageTag;
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
