import type { Exercise, LoadIntensity, Prescription } from './exercise.entity.js';
import type { ExerciseFields } from './dto/create-exercise.input.js';
import type { UpdateExerciseInput } from './dto/update-exercise.input.js';
import { normaliseTempo } from './tempo.js';
import { Equipment } from './vocabulary.js';

type Input = ExerciseFields | UpdateExerciseInput;

/**
 * Column values for the fields an input carries. A field left out stays as it is; an optional
 * list sent as null becomes empty. Inputs and the entity share names except `tempo`, which is
 * stored as its normalised notation.
 */
export function exerciseValues(input: Input): Partial<Exercise> {
  const values: Partial<Exercise> = {};
  const copy = <K extends keyof Input & keyof Exercise>(key: K) => {
    if (input[key] !== undefined) (values as Record<string, unknown>)[key] = input[key];
  };
  (['name', 'summary', 'stance', 'position', 'tempoIntent', 'clinicalNotes'] as const).forEach(
    copy,
  );
  // A slug left out (or null) on create is made from the name by the service.
  if (input.slug) values.slug = input.slug;
  (['loadKind', 'regions', 'primaryMuscles', 'focus', 'difficulty'] as const).forEach(copy);
  for (const key of [
    'steps',
    'planes',
    'aliases',
    'cues',
    'mistakes',
    'precautions',
    'secondaryMuscles',
  ] as const) {
    if (input[key] !== undefined) (values as Record<string, unknown>)[key] = input[key] ?? [];
  }
  if (input.equipment !== undefined) values.equipment = input.equipment ?? [Equipment.NONE];
  if (input.tempo !== undefined)
    values.tempoNotation = input.tempo ? normaliseTempo(input.tempo) : null;
  if (input.intensity !== undefined)
    values.intensity = input.intensity ? intensityOf(input.intensity) : null;
  if (input.prescription) values.prescription = prescriptionOf(input.prescription);
  return values;
}

/** Defaults of the optional fields of a new exercise. */
export function newExerciseValues(input: ExerciseFields): Partial<Exercise> {
  return {
    steps: [],
    planes: [],
    stance: null,
    position: null,
    tempoIntent: null,
    aliases: [],
    cues: [],
    mistakes: [],
    precautions: [],
    clinicalNotes: null,
    secondaryMuscles: [],
    equipment: [Equipment.NONE],
    tempoNotation: null,
    intensity: null,
    ...exerciseValues(input),
  };
}

function intensityOf(input: LoadIntensity): LoadIntensity {
  const intensity: LoadIntensity = { scale: input.scale };
  if (input.value !== null && input.value !== undefined) intensity.value = input.value;
  if (input.unit) intensity.unit = input.unit;
  if (input.bandColour) intensity.bandColour = input.bandColour;
  return intensity;
}

function prescriptionOf(input: Prescription): Prescription {
  return {
    sets: input.sets,
    reps: input.reps ?? null,
    holdSeconds: input.holdSeconds ?? null,
    ...(input.distanceMetres != null ? { distanceMetres: input.distanceMetres } : {}),
    ...(input.durationSeconds != null ? { durationSeconds: input.durationSeconds } : {}),
    perSide: input.perSide ?? false,
    restSeconds: input.restSeconds ?? 60,
    sessionsPerWeek: input.sessionsPerWeek ?? 3,
  };
}
