import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Exercise } from '../exercises/exercise.entity.js';
import { Progression } from '../progressions/progression.entity.js';

export interface ExportReport {
  exercises: number;
  progressions: number;
}

/**
 * Writes the whole library in the seed format (exercises/library.json, progressions.json), so
 * that `npm run seed -- <folder>` loads it back into another database unchanged.
 */
@Injectable()
export class LibraryExporter {
  constructor(private readonly dataSource: DataSource) {}

  async exportTo(dir: string): Promise<ExportReport> {
    const exercises = await this.dataSource
      .getRepository(Exercise)
      .find({ order: { slug: 'ASC' } });
    const slugById = new Map(exercises.map((e) => [e.id, e.slug]));
    const edges = await this.dataSource.getRepository(Progression).find();
    const progressions = edges
      .map((p) => ({
        from: slugById.get(p.fromId) as string,
        to: slugById.get(p.toId) as string,
        kind: p.kind,
        changes: p.changes,
        criterion: p.criterion,
        order: p.order,
      }))
      .sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`));
    mkdirSync(join(dir, 'exercises'), { recursive: true });
    write(join(dir, 'exercises', 'library.json'), exercises.map(seedRecord));
    write(join(dir, 'progressions.json'), progressions);
    return { exercises: exercises.length, progressions: progressions.length };
  }
}

/** An exercise as a seed record: the createExercise input plus its status. */
function seedRecord(e: Exercise): Record<string, unknown> {
  const record: Record<string, unknown> = {
    slug: e.slug,
    name: e.name,
    aliases: e.aliases,
    summary: e.summary,
    steps: e.steps,
    cues: e.cues,
    mistakes: e.mistakes,
    precautions: e.precautions,
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
  return record;
}

function write(file: string, data: unknown) {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
