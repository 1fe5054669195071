import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Exercise } from '../exercises/exercise.entity.js';
import { Media, MediaKind } from '../media/media.entity.js';
import { MEDIA_STORAGE, type MediaStorage } from '../media/storage.js';
import { Progression } from '../progressions/progression.entity.js';
import { exportPrograms } from './program-seeds.js';
import { ExerciseTranslation } from '../translations/exercise-translation.entity.js';
import { TRANSLATED_LOCALES } from '../translations/translation.inputs.js';

export interface ExportReport {
  exercises: number;
  progressions: number;
  media: number;
  translations: number;
  programs: number;
}

/** A media item in an export; pictures' bytes travel beside it in media/<storageKey>. */
export interface MediaRecord {
  exercise: string;
  position: number;
  kind: MediaKind;
  storageKey: string | null;
  mime: string | null;
  width: number | null;
  height: number | null;
  videoUrl: string | null;
  /** Position of the poster picture among the same exercise's media. */
  poster: number | null;
  altText: string;
  credit: string;
  licence: string;
}

/**
 * Writes the whole library in the seed format (exercises/library.json, progressions.json,
 * media.json and the pictures' bytes in media/), so that `npm run seed -- <folder>` loads it back
 * into another database and storage unchanged.
 */
@Injectable()
export class LibraryExporter {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

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
    const media = await this.dataSource
      .getRepository(Media)
      .find({ order: { exerciseId: 'ASC', position: 'ASC' } });
    const positionById = new Map(media.map((m) => [m.id, m.position]));
    const mediaRecords: MediaRecord[] = media
      .map((m) => ({
        exercise: slugById.get(m.exerciseId) as string,
        position: m.position,
        kind: m.kind,
        storageKey: m.storageKey,
        mime: m.mime,
        width: m.width,
        height: m.height,
        videoUrl: m.videoUrl,
        poster: m.posterId ? (positionById.get(m.posterId) ?? null) : null,
        altText: m.altText,
        credit: m.credit,
        licence: m.licence,
      }))
      .sort((a, b) => a.exercise.localeCompare(b.exercise) || a.position - b.position);
    mkdirSync(join(dir, 'exercises'), { recursive: true });
    mkdirSync(join(dir, 'media'), { recursive: true });
    write(join(dir, 'exercises', 'library.json'), exercises.map(seedRecord));
    write(join(dir, 'progressions.json'), progressions);
    write(join(dir, 'media.json'), mediaRecords);
    for (const key of new Set(media.flatMap((m) => (m.storageKey ? [m.storageKey] : [])))) {
      const bytes = await this.storage.get(key);
      if (bytes) writeFileSync(join(dir, 'media', key), bytes);
    }
    const translations = await this.exportTranslations(dir, slugById);
    const programs = await exportPrograms(this.dataSource);
    write(join(dir, 'programs.json'), programs);
    return {
      programs: programs.length,
      exercises: exercises.length,
      progressions: progressions.length,
      media: media.length,
      translations,
    };
  }

  /**
   * translations/<locale>.json for every locale but the default (an empty array when there are
   * none, so a stale file in the folder cannot come back), sorted by slug; null is untranslated.
   */
  private async exportTranslations(dir: string, slugById: Map<string, string>): Promise<number> {
    const rows = await this.dataSource.getRepository(ExerciseTranslation).find();
    mkdirSync(join(dir, 'translations'), { recursive: true });
    for (const locale of TRANSLATED_LOCALES) {
      const records = rows
        .filter((t) => t.locale === locale)
        .map((t) => ({
          slug: slugById.get(t.exerciseId) as string,
          name: t.name,
          summary: t.summary,
          steps: t.steps,
          cues: t.cues,
          precautions: t.precautions,
        }))
        .sort((a, b) => a.slug.localeCompare(b.slug));
      write(join(dir, 'translations', `${locale}.json`), records);
    }
    return rows.length;
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
