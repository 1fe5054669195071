import type { Locale, TranslatableField } from '../../gql/graphql';
import { format, messages } from '../../i18n';

const m = messages.handouts;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

/** ES reads "Spanish": the API's locales are language codes in capitals. */
export const languageName = (locale: Locale | string) =>
  languageNames.of(locale.toLowerCase()) ?? locale;

/** A calendar day (YYYY-MM-DD) or an instant, as a date a person reads. */
export function dateText(value: string): string {
  // A bare day is read as that day, not as midnight UTC shifted into the browser's zone.
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return dates.format(at);
}

export const fieldNames = (fields: readonly TranslatableField[]) =>
  fields.map((f) => m.fields[f] ?? f.toLowerCase()).join(', ');

export interface Dose {
  sets: number;
  reps?: number | null;
  holdSeconds?: number | null;
  distanceMetres?: number | null;
  durationSeconds?: number | null;
  perSide?: boolean | null;
  side?: string | null;
  sessionsPerWeek: number;
}

/** "3 × 10 each side, 3 times a week": how much and how often, in one line. */
export function doseText(d: Dose): string {
  const amount =
    d.reps != null
      ? format(m.dose.reps, { n: d.reps })
      : d.holdSeconds != null
        ? format(m.dose.hold, { n: d.holdSeconds })
        : d.distanceMetres != null
          ? format(m.dose.distance, { n: d.distanceMetres })
          : d.durationSeconds != null
            ? format(m.dose.duration, { n: d.durationSeconds })
            : '';
  const side =
    d.side === 'LEFT'
      ? m.dose.left
      : d.side === 'RIGHT'
        ? m.dose.right
        : d.perSide
          ? m.dose.each
          : '';
  return format(m.dose.line, {
    sets: d.sets,
    amount: [amount, side].filter(Boolean).join(' '),
    n: d.sessionsPerWeek,
  });
}
