import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import archiver from 'archiver';
import { RequestContext } from '../common/context/request-context.js';
import type { Exercise } from '../exercises/exercise.entity.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { MediaService } from '../media/media.service.js';
import { ProgramTemplatesService } from '../programs/program-templates.service.js';
import type { ProgramTemplate } from '../programs/program-template.entity.js';
import { ProgressionsService } from '../progressions/progressions.service.js';
import { TRANSLATED_LOCALES } from '../translations/locale.js';
import { TranslationsService } from '../translations/translations.service.js';
import { exerciseRecord } from './exercise-seeds.js';
import { mediaRecords } from './media-seeds.js';
import { programRecord } from './program-seeds.js';
import { writeJson } from './seed-files.js';
import { translationRecord } from './translation-seeds.js';

export interface ExportReport {
  exercises: number;
  progressions: number;
  media: number;
  translations: number;
  programs: number;
}

/** Seed records are sorted by slug as bytes, so two exports of one library are identical. */
const slugOrder = <T extends { slug: string }>(a: T, b: T) =>
  a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;

/**
 * Writes the whole library in the seed format (exercises/library.json, progressions.json,
 * media.json and the pictures' bytes in media/, translations/, programs.json), so that
 * `npm run seed -- <folder>` loads it back into another database and storage unchanged. Reads
 * as the system, through the services that own each part.
 */
@Injectable()
export class LibraryExporter {
  constructor(
    private readonly exercises: ExercisesService,
    private readonly progressions: ProgressionsService,
    private readonly media: MediaService,
    private readonly translations: TranslationsService,
    private readonly programs: ProgramTemplatesService,
  ) {}

  async exportTo(dir: string): Promise<ExportReport> {
    const ctx = RequestContext.system();
    const exercises = (await this.exercises.findAll(ctx)).sort(slugOrder);
    const slugById = new Map(exercises.map((e) => [e.id, e.slug]));
    mkdirSync(join(dir, 'exercises'), { recursive: true });
    writeJson(join(dir, 'exercises', 'library.json'), exercises.map(exerciseRecord));
    const progressions = await this.exportProgressions(ctx, dir, exercises, slugById);
    const media = await this.exportMedia(ctx, dir, exercises);
    const translations = await this.exportTranslations(ctx, dir, exercises);
    const programs = await this.exportPrograms(ctx, dir, slugById);
    return { programs, exercises: exercises.length, progressions, media, translations };
  }

  /**
   * The same export as one zip (GET /library/export): the folder's layout, so unzipping it and
   * `npm run seed -- <folder>` loads it back. Written to a temporary folder, then streamed from
   * it by archiver (deflated in zlib's thread pool), so memory does not grow with the pictures;
   * the folder is removed once the zip has been read or abandoned.
   */
  async exportZip(): Promise<{ zip: Readable; report: ExportReport }> {
    const dir = await mkdtemp(join(tmpdir(), 'library-export-'));
    const removeDir = () => void rm(dir, { recursive: true, force: true });
    try {
      const report = await this.exportTo(dir);
      const zip = archiver('zip', { zlib: { level: 6 } });
      zip.once('close', removeDir).once('end', removeDir).once('error', removeDir);
      zip.directory(dir, false);
      void zip.finalize();
      return { zip, report };
    } catch (error) {
      removeDir();
      throw error;
    }
  }

  /** Every edge once, from the exercise it leaves, sorted by its two slugs. */
  private async exportProgressions(
    ctx: RequestContext,
    dir: string,
    exercises: Exercise[],
    slugById: Map<string, string>,
  ): Promise<number> {
    const touching = await Promise.all(
      exercises.flatMap((e) =>
        (['progressions', 'variations'] as const).map((relation) =>
          this.progressions.related(ctx, e, relation),
        ),
      ),
    );
    const edges = [...new Map(touching.flat().map((p) => [p.id, p])).values()];
    const records = edges
      .map((p) => ({
        from: slugById.get(p.fromId) as string,
        to: slugById.get(p.toId) as string,
        kind: p.kind,
        changes: p.changes,
        criterion: p.criterion,
        order: p.order,
      }))
      .sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`));
    writeJson(join(dir, 'progressions.json'), records);
    return records.length;
  }

  /** media.json, and each picture's bytes in media/ under its storage key. */
  private async exportMedia(ctx: RequestContext, dir: string, exercises: Exercise[]) {
    const lists = await Promise.all(exercises.map((e) => this.media.forExercise(ctx, e.id)));
    const records = exercises
      .flatMap((e, i) => mediaRecords(e.slug, lists[i]))
      .sort((a, b) => a.exercise.localeCompare(b.exercise) || a.position - b.position);
    mkdirSync(join(dir, 'media'), { recursive: true });
    writeJson(join(dir, 'media.json'), records);
    for (const key of new Set(records.flatMap((r) => (r.storageKey ? [r.storageKey] : [])))) {
      const bytes = await this.media.bytesByKey(key);
      if (bytes) writeFileSync(join(dir, 'media', key), bytes);
    }
    return records.length;
  }

  /**
   * translations/<locale>.json for every locale but the default (an empty array when there are
   * none, so a stale file in the folder cannot come back), sorted by slug; null is untranslated.
   */
  private async exportTranslations(ctx: RequestContext, dir: string, exercises: Exercise[]) {
    const all = await Promise.all(exercises.map((e) => this.translations.ofExercise(ctx, e.id)));
    mkdirSync(join(dir, 'translations'), { recursive: true });
    for (const locale of TRANSLATED_LOCALES) {
      const records = exercises
        .flatMap((e, i) =>
          all[i].filter((t) => t.locale === locale).map((t) => translationRecord(e.slug, t)),
        )
        .sort((a, b) => a.slug.localeCompare(b.slug));
      writeJson(join(dir, 'translations', `${locale}.json`), records);
    }
    return all.flat().length;
  }

  /** programs.json: every template, archived ones included, by slug. */
  private async exportPrograms(ctx: RequestContext, dir: string, slugById: Map<string, string>) {
    const templates: ProgramTemplate[] = [];
    for (let after: string | null = null; ;) {
      const page = await this.programs.list(ctx, {
        first: 100,
        after,
        mine: false,
        includeArchived: true,
      });
      templates.push(...page.nodes);
      if (!(await page.pageInfo.hasNextPage)) break;
      after = page.pageInfo.endCursor;
    }
    const items = await Promise.all(templates.map((t) => this.programs.items(ctx, t.id)));
    const records = templates.map((t, i) => programRecord(t, items[i], slugById)).sort(slugOrder);
    writeJson(join(dir, 'programs.json'), records);
    return records.length;
  }
}
