import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exercise } from '../exercises/exercise.entity.js';
import { newExerciseValues } from '../exercises/exercise.values.js';
import { missingTags } from '../exercises/tagging.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import { SeedExercise } from './dto/seed-exercise.input.js';
import { refuse, validateFile } from './seed-files.js';

function exerciseFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/**
 * The slugs of exercises/, read without validating the records (a start-up checks them against
 * the catalogue); readExercises validates before anything is written.
 */
export function seedSlugs(dir: string): string[] {
  return exerciseFiles(dir).flatMap((file) => {
    const data: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    return Array.isArray(data)
      ? data.flatMap((r: { slug?: unknown }) => (typeof r?.slug === 'string' ? [r.slug] : []))
      : [];
  });
}

/** Every file of exercises/, slugs unique across files, tags complete beyond DRAFT. */
export async function readExercises(dir: string): Promise<SeedExercise[]> {
  const files = exerciseFiles(dir);
  const slugs = new Set<string>();
  const check = (record: SeedExercise, where: string): string[] => {
    if (!record.slug) return [`${where}: slug is required`];
    const problems: string[] = [];
    if (slugs.has(record.slug)) problems.push(`${where} ${record.slug}: slug is used twice`);
    slugs.add(record.slug);
    const untagged = missingTags(newExerciseValues(record) as Exercise);
    const drafting =
      record.status === ExerciseStatus.DRAFT || record.status === ExerciseStatus.ARCHIVED;
    if (untagged.length > 0 && !drafting) {
      problems.push(
        `${where} ${record.slug}: a ${record.status} exercise needs ${untagged.join(', ')}`,
      );
    }
    return problems;
  };
  const records: SeedExercise[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const result = await validateFile(SeedExercise, join(dir, file), check);
    records.push(...result.records);
    problems.push(...result.problems);
  }
  refuse(problems);
  return records;
}

/** The columns a seed record sets, its status included. */
export function seedValues(record: SeedExercise): Partial<Exercise> {
  return { ...newExerciseValues(record), status: record.status };
}

/** An exercise as a seed record: the createExercise input plus its status. */
export function exerciseRecord(e: Exercise): Record<string, unknown> {
  return {
    slug: e.slug,
    name: e.name,
    aliases: e.aliases,
    summary: e.summary,
    steps: e.steps,
    cues: e.cues,
    mistakes: e.mistakes,
    precautions: e.precautions,
    ...(e.clinicalNotes ? { clinicalNotes: e.clinicalNotes } : {}),
    planes: e.planes.length > 0 ? e.planes : null,
    stance: e.stance,
    position: e.position,
    tempo: e.tempoNotation,
    tempoIntent: e.tempoIntent,
    loadKind: e.loadKind,
    equipment: e.equipment,
    intensity: e.intensity,
    regions: e.regions,
    primaryMuscles: e.primaryMuscles,
    secondaryMuscles: e.secondaryMuscles,
    focus: e.focus,
    difficulty: e.difficulty,
    prescription: e.prescription,
    status: e.status,
  };
}
