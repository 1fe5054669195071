import type { UseFormReturnType } from '@mantine/form';
import type {
  ConsoleExerciseForEditQuery,
  CreateExerciseInput,
  UpdateExerciseInput,
} from '../../gql/graphql';

/**
 * The edit form's values and the API's inputs, both ways. A form holds strings and lists as a PT
 * types them; `changedInput` sends only the fields that differ from the version read, so a save
 * never overwrites what someone else changed in a field this PT did not touch, and the conflict
 * view compares field by field with the same `FIELD_KEYS`.
 */
export type Exercise = NonNullable<ConsoleExerciseForEditQuery['exercise']>;

export type DoseKind = 'reps' | 'holdSeconds' | 'distanceMetres' | 'durationSeconds';
export const DOSE_KINDS: DoseKind[] = ['reps', 'holdSeconds', 'distanceMetres', 'durationSeconds'];

export interface FormValues {
  name: string;
  summary: string;
  aliases: string[];
  difficulty: string;
  planes: string[];
  stance: string | null;
  position: string | null;
  tempoIntent: string | null;
  tempo: string;
  loadKind: string | null;
  equipment: string[];
  regions: string[];
  focus: string[];
  primaryMuscles: string[];
  secondaryMuscles: string[];
  intensity: {
    scale: string | null;
    value: number | string;
    unit: string | null;
    bandColour: string | null;
  };
  prescription: {
    sets: number | string;
    kind: DoseKind;
    amount: number | string;
    perSide: boolean;
    restSeconds: number | string;
    sessionsPerWeek: number | string;
  };
  steps: string[];
  cues: string[];
  mistakes: string[];
  precautions: string[];
}

/** The edit form as its sections receive it. */
export type Form = UseFormReturnType<FormValues>;

/** The fields a save may send and a conflict compares, in the form's order. */
export const FIELD_KEYS = [
  'name',
  'summary',
  'aliases',
  'difficulty',
  'planes',
  'stance',
  'position',
  'tempoIntent',
  'tempo',
  'loadKind',
  'equipment',
  'regions',
  'focus',
  'primaryMuscles',
  'secondaryMuscles',
  'intensity',
  'prescription',
  'steps',
  'cues',
  'mistakes',
  'precautions',
] as const satisfies readonly (keyof FormValues)[];
export type FieldKey = (typeof FIELD_KEYS)[number];

export const EMPTY_VALUES: FormValues = {
  name: '',
  summary: '',
  aliases: [],
  difficulty: '',
  planes: [],
  stance: null,
  position: null,
  tempoIntent: null,
  tempo: '',
  loadKind: null,
  equipment: [],
  regions: [],
  focus: [],
  primaryMuscles: [],
  secondaryMuscles: [],
  intensity: { scale: null, value: '', unit: null, bandColour: null },
  prescription: {
    sets: 3,
    kind: 'reps',
    amount: 10,
    perSide: false,
    restSeconds: 60,
    sessionsPerWeek: 3,
  },
  steps: [],
  cues: [],
  mistakes: [],
  precautions: [],
};

export function formValuesOf(exercise: Exercise): FormValues {
  const p = exercise.prescription;
  const kind = DOSE_KINDS.find((k) => p[k] != null) ?? 'reps';
  const i = exercise.intensity;
  return {
    name: exercise.name,
    summary: exercise.summary,
    aliases: [...exercise.aliases],
    difficulty: String(exercise.difficulty),
    planes: [...exercise.planes],
    stance: exercise.stance ?? null,
    position: exercise.position ?? null,
    tempoIntent: exercise.tempo.intent ?? null,
    tempo: exercise.tempo.notation ?? '',
    loadKind: exercise.loadKind,
    equipment: exercise.equipment.filter((e) => e !== 'NONE'),
    regions: [...exercise.regions],
    focus: [...exercise.focus],
    primaryMuscles: [...exercise.primaryMuscles],
    secondaryMuscles: [...exercise.secondaryMuscles],
    intensity: {
      scale: i?.scale ?? null,
      value: i?.value ?? '',
      unit: i?.unit ?? null,
      bandColour: i?.bandColour ?? null,
    },
    prescription: {
      sets: p.sets,
      kind,
      amount: p[kind] ?? '',
      perSide: p.perSide,
      restSeconds: p.restSeconds,
      sessionsPerWeek: p.sessionsPerWeek,
    },
    steps: [...exercise.steps],
    cues: [...exercise.cues],
    mistakes: [...exercise.mistakes],
    precautions: [...exercise.precautions],
  };
}

const list = (items: string[]) => items.map((s) => s.trim()).filter(Boolean);
const orNull = <T>(items: T[]): T[] | null => (items.length ? items : null);
const num = (v: number | string): number => (v === '' ? NaN : Number(v));

/** One field as the API takes it (UpdateExerciseInput's shape; null clears). */
export function inputOf(values: FormValues, key: FieldKey): unknown {
  switch (key) {
    case 'name':
    case 'summary':
      return values[key].trim();
    case 'difficulty':
      return values.difficulty ? Number(values.difficulty) : null;
    case 'tempo':
      return values.tempo.replace(/\s+/g, '').toUpperCase() || null;
    case 'planes':
    case 'equipment':
    case 'secondaryMuscles':
      return orNull(values[key]);
    case 'regions':
    case 'focus':
    case 'primaryMuscles':
      return values[key];
    case 'aliases':
    case 'steps':
    case 'cues':
    case 'mistakes':
    case 'precautions':
      return orNull(list(values[key]));
    case 'intensity': {
      const { scale, value, unit, bandColour } = values.intensity;
      if (!scale) return null;
      if (scale === 'BAND') return { scale, bandColour };
      if (scale === 'MASS') return { scale, value: num(value), unit };
      return { scale, value: num(value) };
    }
    case 'prescription': {
      const p = values.prescription;
      return {
        sets: num(p.sets),
        [p.kind]: num(p.amount),
        perSide: p.perSide,
        restSeconds: num(p.restSeconds),
        sessionsPerWeek: num(p.sessionsPerWeek),
      };
    }
    default:
      return values[key];
  }
}

export function sameField(a: FormValues, b: FormValues, key: FieldKey): boolean {
  return JSON.stringify(inputOf(a, key)) === JSON.stringify(inputOf(b, key));
}

export function changedFields(values: FormValues, base: FormValues): FieldKey[] {
  return FIELD_KEYS.filter((key) => !sameField(values, base, key));
}

/** Only what changed since `base` (the version read), for updateExercise. */
export function changedInput(
  values: FormValues,
  base: FormValues,
): Omit<UpdateExerciseInput, 'id' | 'expectedVersion'> {
  const input: Record<string, unknown> = {};
  for (const key of changedFields(values, base)) input[key] = inputOf(values, key);
  return input;
}

/** Every field, for createExercise: left-out optional ones stay out. */
export function createInput(values: FormValues, message: string): CreateExerciseInput {
  const input: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    const value = inputOf(values, key);
    if (value != null) input[key] = value;
  }
  if (message.trim()) input.message = message.trim();
  return input as unknown as CreateExerciseInput;
}

/**
 * The slug the server will make from a name: lower-case words joined by hyphens (it adds -2, -3...
 * when taken). Shown read-only as a preview.
 */
export function slugPreview(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A server's field path mapped onto the form's: `input.prescription.reps` is the dose's amount,
 * `input.tempoIntent` and `input.steps.2` are fields of the same name.
 */
export function formPath(field: string): string {
  const path = field.replace(/^input\./, '');
  const dose = /^prescription\.(reps|holdSeconds|distanceMetres|durationSeconds)$/.exec(path);
  if (dose) return 'prescription.amount';
  if (/^intensity$/.test(path)) return 'intensity.scale';
  if (/^prescription$/.test(path)) return 'prescription.amount';
  return path;
}

/** An id for the control of a form path, for the error summary's links. */
export function fieldId(path: string): string {
  return `exercise-${path.replace(/\./g, '-')}`;
}

/** The phases of a tempo as typed, for its words and time under tension while typing. */
export interface TypedTempo {
  eccentric: { seconds: number; asFastAsPossible: boolean };
  bottomPause: { seconds: number; asFastAsPossible: boolean };
  concentric: { seconds: number; asFastAsPossible: boolean };
  topPause: { seconds: number; asFastAsPossible: boolean };
  timeUnderTensionSeconds: number;
}

/**
 * Reads E-P-C-P as the service does (src/exercises/tempo.ts): four phases of 0-60 whole seconds
 * or X (as fast as possible, 0.5 s; only lowering and lifting), not all 0. Null when it is not a
 * tempo yet: the service says why when saved.
 */
export function readTempo(notation: string): TypedTempo | null {
  const parts = notation.replace(/\s+/g, '').toUpperCase().split('-');
  if (parts.length !== 4) return null;
  const phases = [];
  for (const [index, part] of parts.entries()) {
    if (part === 'X') {
      if (index === 1 || index === 3) return null;
      phases.push({ seconds: 0.5, asFastAsPossible: true });
    } else if (/^\d{1,2}$/.test(part) && Number(part) <= 60) {
      phases.push({ seconds: Number(part), asFastAsPossible: false });
    } else return null;
  }
  if (phases.every((p) => p.seconds === 0)) return null;
  const [eccentric, bottomPause, concentric, topPause] = phases;
  return {
    eccentric,
    bottomPause,
    concentric,
    topPause,
    timeUnderTensionSeconds: phases.reduce((sum, p) => sum + p.seconds, 0),
  };
}
