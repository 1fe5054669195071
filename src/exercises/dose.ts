/**
 * What one set of a prescription is counted in. A physical therapist writes a set as one of:
 * repetitions ("3 × 12"), a position held still ("3 × 30 seconds"), a distance covered
 * ("3 × 20 m" of A-skips) or a time spent moving ("3 × 30 s" of shuffles). Two at once is not a
 * dose anyone prescribes ("12 reps over 20 m"): exactly one is set, on an exercise's default
 * prescription and on every template or handout item alike.
 */
export const DOSE_FIELDS = ['reps', 'holdSeconds', 'distanceMetres', 'durationSeconds'] as const;

export type DoseField = (typeof DOSE_FIELDS)[number];

export type Dose = { [K in DoseField]?: number | null };

/**
 * Whole numbers, each range wide enough for a clinic's home program and narrow enough to catch a
 * slip of the keyboard: up to 100 reps, a 10-minute hold, 1 km (strides, carries, laps of a
 * track), 30 minutes of work (a warm-up on a bike).
 */
export const DOSE_RANGES: Readonly<Record<DoseField, readonly [number, number, string]>> = {
  reps: [1, 100, ''],
  holdSeconds: [1, 600, ' seconds'],
  distanceMetres: [1, 1000, ' metres'],
  durationSeconds: [1, 1800, ' seconds'],
};

const isSet = (value: unknown) => value !== null && value !== undefined;

/** The dose field a prescription counts its sets in, or null when it names none. */
export function doseFieldOf(dose: Dose): DoseField | null {
  return DOSE_FIELDS.find((field) => isSet(dose[field])) ?? null;
}

/** "a, b or c", "a and b" as the message needs. */
function listed(fields: readonly string[], last: string): string {
  return fields.length < 2
    ? fields.join('')
    : `${fields.slice(0, -1).join(', ')} ${last} ${fields.at(-1)}`;
}

/**
 * Why `field`'s value is wrong in `dose`, or null when it is fine, as a message naming it ("reps
 * and distanceMetres cannot both be set: ..."). A missing dose is reported on `reps`
 * alone, so one mistake gives one message; two set at once are reported on each, since either may
 * be the one to remove.
 */
export function doseProblem(field: DoseField, dose: Dose): string | null {
  const value = dose[field];
  if (!isSet(value)) {
    if (field !== 'reps' || doseFieldOf(dose) !== null) return null;
    return `${listed(DOSE_FIELDS, 'or')} is required: the one each set is counted in`;
  }
  const [min, max, unit] = DOSE_RANGES[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return `${field} must be a whole number from ${min} to ${max}${unit}`;
  }
  const others = DOSE_FIELDS.filter((other) => other !== field && isSet(dose[other]));
  if (others.length === 0) return null;
  const why = `a set is counted in one of ${listed(DOSE_FIELDS, 'or')}`;
  return others.length === 1
    ? `${field} and ${others[0]} cannot both be set: ${why}`
    : `${listed([field, ...others], 'and')} cannot be set together: ${why}`;
}
