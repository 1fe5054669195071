import type { ProgramItemInput, ProgramItemPrescriptionFragment, Side } from '../../gql/graphql';

/**
 * One exercise of a program as the console edits it, shared by the template editor and the
 * handout desk. Numbers the clinician has not given are null; text left empty is sent as "left
 * out" (the exercise's own tempo and load), so the form never has to tell "" from null.
 */
export interface ProgramItemValue {
  /** Stable across reorders, for React and for focus; not sent to the API. */
  key: string;
  exerciseId: string;
  exerciseName: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  distanceMetres: number | null;
  durationSeconds: number | null;
  /** null: the exercise's own default. */
  perSide: boolean | null;
  /** null: BOTH, the API's default. */
  side: Side | null;
  tempo: string;
  load: string;
  restSeconds: number | null;
  sessionsPerWeek: number;
  notes: string;
}

/** The four ways a set is counted: exactly one of them has a number. */
export const DOSE_KINDS = ['reps', 'holdSeconds', 'distanceMetres', 'durationSeconds'] as const;
export type ItemDoseKind = (typeof DOSE_KINDS)[number];

export function doseKindOf(v: ProgramItemValue): ItemDoseKind {
  return DOSE_KINDS.find((k) => v[k] !== null) ?? 'reps';
}

let counter = 0;
/** A key no other item of this page has. */
export function newItemKey(): string {
  counter += 1;
  return `item-${counter}`;
}

/** A default prescription as the library gives it (Exercise.prescription). */
export interface DefaultDose {
  sets: number;
  reps?: number | null;
  holdSeconds?: number | null;
  distanceMetres?: number | null;
  durationSeconds?: number | null;
  restSeconds?: number | null;
  sessionsPerWeek: number;
}

/**
 * A new item for an exercise just added: its library dose when it has one, else 3 × 10, three
 * times a week. perSide stays null so the exercise's own default applies.
 */
export function newProgramItem(
  exercise: { id: string; name: string },
  dose?: DefaultDose | null,
): ProgramItemValue {
  const counted = dose && DOSE_KINDS.some((k) => dose[k] != null);
  return {
    key: newItemKey(),
    exerciseId: exercise.id,
    exerciseName: exercise.name,
    sets: dose?.sets ?? 3,
    reps: counted ? (dose.reps ?? null) : 10,
    holdSeconds: counted ? (dose.holdSeconds ?? null) : null,
    distanceMetres: counted ? (dose.distanceMetres ?? null) : null,
    durationSeconds: counted ? (dose.durationSeconds ?? null) : null,
    perSide: null,
    side: null,
    tempo: '',
    load: '',
    restSeconds: dose?.restSeconds ?? null,
    sessionsPerWeek: dose?.sessionsPerWeek ?? 3,
    notes: '',
  };
}

/** The item as the API takes it: empty text and nulls left out, so the library's own apply. */
export function toProgramItemInput(v: ProgramItemValue): ProgramItemInput {
  const input: ProgramItemInput = {
    exerciseId: v.exerciseId,
    sets: v.sets,
    sessionsPerWeek: v.sessionsPerWeek,
  };
  for (const k of DOSE_KINDS) if (v[k] !== null) input[k] = v[k];
  if (v.perSide !== null) input.perSide = v.perSide;
  if (v.side !== null) input.side = v.side;
  if (v.tempo.trim()) input.tempo = v.tempo.trim();
  if (v.load.trim()) input.load = v.load.trim();
  if (v.restSeconds !== null) input.restSeconds = v.restSeconds;
  if (v.notes.trim()) input.notes = v.notes.trim();
  return input;
}

/** An item's prescription as operations.ts reads it (template and handout items alike). */
type Prescription = Omit<ProgramItemPrescriptionFragment, '__typename'>;

function fromPrescription(
  exercise: { id: string; name: string },
  p: Prescription,
): ProgramItemValue {
  return {
    key: newItemKey(),
    exerciseId: exercise.id,
    exerciseName: exercise.name,
    sets: p.sets,
    reps: p.reps ?? null,
    holdSeconds: p.holdSeconds ?? null,
    distanceMetres: p.distanceMetres ?? null,
    durationSeconds: p.durationSeconds ?? null,
    perSide: p.perSide ?? null,
    // BOTH is the default: kept as null so an unchanged item sends what it was made with.
    side: p.side === 'BOTH' ? null : p.side,
    tempo: p.tempo ?? '',
    load: p.load ?? '',
    restSeconds: p.restSeconds ?? null,
    sessionsPerWeek: p.sessionsPerWeek,
    notes: p.notes,
  };
}

/** A template's item (ProgramTemplateItem) as the editor holds it. */
export function fromTemplateItem(item: {
  exercise: { id: string; name: string };
  prescription: Prescription;
}): ProgramItemValue {
  return fromPrescription(item.exercise, item.prescription);
}

/** A handout's item (HandoutItem), e.g. to issue a new version from it. */
export function fromHandoutItem(item: {
  exerciseId: string;
  name: string;
  prescription: Prescription;
}): ProgramItemValue {
  return fromPrescription({ id: item.exerciseId, name: item.name }, item.prescription);
}

/**
 * Field errors of the API that name an item, by item index and field: `input.items.2.reps` and
 * `input.items[2].reps` (both forms occur) give `{ 2: { reps: message } }`.
 */
export function itemErrors(
  errors: Record<string, string> | undefined,
): Map<number, Record<string, string>> {
  const byItem = new Map<number, Record<string, string>>();
  for (const [path, message] of Object.entries(errors ?? {})) {
    const match = /(?:^|\.)items\.(\d+)(?:\.(\w+))?$/.exec(path.replace(/\[(\d+)\]/g, '.$1'));
    if (!match) continue;
    const index = Number(match[1]);
    const fields = byItem.get(index) ?? {};
    fields[match[2] ?? 'exerciseId'] ??= message;
    byItem.set(index, fields);
  }
  return byItem;
}
