import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toProblems } from '../common/errors/validation.pipe.js';
import { CreateExerciseInput } from '../exercises/dto/create-exercise.input.js';
import { BodyRegion, Equipment, LoadKind, Muscle, RunningFocus } from '../exercises/vocabulary.js';

/** A record of free-exercise-db's exercises.json (every key present, some null). */
export interface FreeExerciseRecord {
  id: string;
  name: string;
  level: string;
  equipment: string | null;
  category: string;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  instructions: string[];
  images: string[];
}

export const SOURCE = 'free-exercise-db';
/** Imported slugs carry their source, so they never collide with the clinic's own exercises. */
export const slugOf = (id: string) =>
  `fedb-${id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

const DIFFICULTY: Record<string, number> = { beginner: 1, intermediate: 3, expert: 5 };

const EQUIPMENT: Record<string, Equipment> = {
  'body only': Equipment.NONE,
  barbell: Equipment.BARBELL,
  'e-z curl bar': Equipment.BARBELL,
  dumbbell: Equipment.DUMBBELL,
  kettlebells: Equipment.KETTLEBELL,
  cable: Equipment.CABLE,
  machine: Equipment.MACHINE,
  bands: Equipment.RESISTANCE_BAND,
  'medicine ball': Equipment.MEDICINE_BALL,
};

const MUSCLES: Record<string, [Muscle, BodyRegion]> = {
  abdominals: [Muscle.RECTUS_ABDOMINIS, BodyRegion.TRUNK],
  abductors: [Muscle.GLUTEUS_MEDIUS, BodyRegion.HIP],
  adductors: [Muscle.ADDUCTORS, BodyRegion.HIP],
  biceps: [Muscle.BICEPS, BodyRegion.ARM],
  calves: [Muscle.GASTROCNEMIUS, BodyRegion.LOWER_LEG],
  chest: [Muscle.PECTORALS, BodyRegion.SHOULDER],
  forearms: [Muscle.FOREARMS, BodyRegion.ARM],
  glutes: [Muscle.GLUTEUS_MAXIMUS, BodyRegion.HIP],
  hamstrings: [Muscle.HAMSTRINGS, BodyRegion.THIGH],
  lats: [Muscle.LATISSIMUS_DORSI, BodyRegion.THORACIC_SPINE],
  'lower back': [Muscle.ERECTOR_SPINAE, BodyRegion.LUMBAR_SPINE],
  'middle back': [Muscle.RHOMBOIDS, BodyRegion.THORACIC_SPINE],
  neck: [Muscle.NECK, BodyRegion.NECK],
  quadriceps: [Muscle.QUADRICEPS, BodyRegion.THIGH],
  shoulders: [Muscle.DELTOIDS, BodyRegion.SHOULDER],
  traps: [Muscle.TRAPEZIUS, BodyRegion.THORACIC_SPINE],
  triceps: [Muscle.TRICEPS, BodyRegion.ARM],
};

const FOCUS: Record<string, RunningFocus> = {
  strength: RunningFocus.STRENGTH,
  powerlifting: RunningFocus.STRENGTH,
  strongman: RunningFocus.STRENGTH,
  stretching: RunningFocus.MOBILITY,
  plyometrics: RunningFocus.POWER,
  'olympic weightlifting': RunningFocus.POWER,
  cardio: RunningFocus.RUNNING_ECONOMY,
};

export type Mapped =
  { ok: true; input: CreateExerciseInput & { slug: string } } | { ok: false; reason: string };

/**
 * One source record as a draft exercise. What the source has maps onto our vocabulary; what it
 * lacks (planes, stance, position, tempo; a few records have no instructions) stays empty so the
 * draft lands in the tagging queue.
 * Invalid records are reported with the reason, never half-imported.
 */
export async function mapRecord(record: FreeExerciseRecord): Promise<Mapped> {
  if (!record || typeof record.id !== 'string' || typeof record.name !== 'string') {
    return { ok: false, reason: 'not an exercise record (no id or name)' };
  }
  const steps = (record.instructions ?? []).map((s) => s.trim()).filter(Boolean);
  const primary = (record.primaryMuscles ?? []).filter((m) => MUSCLES[m]);
  if (primary.length === 0) return { ok: false, reason: 'no known primary muscle' };
  const equipment = EQUIPMENT[record.equipment ?? 'body only'] ?? Equipment.NONE;
  const primaryMuscles = unique(primary.map((m) => MUSCLES[m][0]));
  const slug = slugOf(record.id);
  const input = plainToInstance(CreateExerciseInput, {
    slug,
    name: record.name.trim(),
    // Without instructions the summary says only what the source says; the draft waits in the
    // queue (needsTagging INSTRUCTIONS) for a clinician to write them.
    summary: steps.length
      ? firstSentence(steps[0])
      : `${capitalise(record.category)} exercise for the ${record.primaryMuscles.join(' and ')}.`,
    steps: steps.length ? steps : undefined,
    loadKind:
      equipment === Equipment.NONE
        ? LoadKind.BODYWEIGHT
        : equipment === Equipment.RESISTANCE_BAND
          ? LoadKind.ELASTIC
          : LoadKind.EXTERNAL,
    equipment: [equipment],
    regions: unique(
      [...primary, ...(record.secondaryMuscles ?? [])]
        .filter((m) => MUSCLES[m])
        .map((m) => MUSCLES[m][1]),
    ),
    primaryMuscles,
    secondaryMuscles: unique(
      (record.secondaryMuscles ?? []).filter((m) => MUSCLES[m]).map((m) => MUSCLES[m][0]),
    ).filter((m) => !primaryMuscles.includes(m)),
    focus: [FOCUS[record.category] ?? RunningFocus.STRENGTH],
    difficulty: DIFFICULTY[record.level] ?? 3,
    prescription:
      record.category === 'stretching'
        ? { sets: 2, holdSeconds: 30, perSide: false, restSeconds: 30, sessionsPerWeek: 3 }
        : { sets: 3, reps: 10, perSide: false, restSeconds: 60, sessionsPerWeek: 3 },
  });
  const problems = toProblems(
    await validate(input, { whitelist: true, forbidNonWhitelisted: true }),
    '',
  );
  if (problems.length > 0) {
    return { ok: false, reason: problems.map((p) => `${p.field}: ${p.message}`).join('; ') };
  }
  return { ok: true, input: Object.assign(input, { slug }) };
}

function firstSentence(step: string): string {
  const sentence = step.match(/^.*?[.!?](\s|$)/)?.[0].trim() ?? step;
  return sentence.length > 300 ? `${sentence.slice(0, 297)}...` : sentence;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
