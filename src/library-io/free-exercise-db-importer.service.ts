import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { badUserInput, type FieldProblem } from '../common/errors/errors.js';
import { differs } from '../exercises/diff.js';
import { ExerciseCurationService } from '../exercises/exercise-curation.service.js';
import type { Exercise } from '../exercises/exercise.entity.js';
import { exerciseValues, newExerciseValues } from '../exercises/exercise.values.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import { MediaService } from '../media/media.service.js';
import { type FreeExerciseRecord, mapRecord, SOURCE } from './free-exercise-db.js';
import type { ImportReport, SkippedRecord } from './models/import-report.model.js';

const BATCH = 100;
const IMPORTED = `Imported from ${SOURCE}`;
const CREDIT = 'free-exercise-db (github.com/yuhonas/free-exercise-db)';
const PHOTO_SOURCE = 'https://github.com/yuhonas/free-exercise-db';
/**
 * The collection states the Unlicense, but where its photos came from is unknown: they are
 * imported unverified, kept out of handouts until a clinician confirms (verifyMediaLicence),
 * and never labelled public domain.
 */
const LICENCE = "Unverified: the photos' rights are not confirmed";
const IMPORT_ACTION = 'EXERCISE_IMPORTED';
const EDITED = 'edited by the clinic since it was imported: left as it is';

/**
 * Imports free-exercise-db's exercises.json as DRAFT exercises needing tags, in transactions of
 * 100, as the caller (an admin over the API, the system from the command line). Idempotent: a
 * record whose content is unchanged is left alone, a changed one updated, and one a clinician has
 * edited since (or moved on from DRAFT) is never overwritten.
 */
@Injectable()
export class FreeExerciseDbImporter {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly exercises: ExercisesService,
    private readonly curation: ExerciseCurationService,
    private readonly media: MediaService,
  ) {}

  async importFile(
    ctx: RequestContext,
    file: string,
    onProgress: (done: number, total: number) => void = () => undefined,
    /** What the caller named the file (`input.path` over GraphQL), for a refusal. */
    field = 'path',
  ): Promise<ImportReport> {
    const started = performance.now();
    const records = JSON.parse(readFileSync(file, 'utf8')) as FreeExerciseRecord[];
    if (!Array.isArray(records)) {
      throw badUserInput([{ field, message: 'path does not hold a list of exercises' }]);
    }
    const report: ImportReport = {
      total: records.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: [],
      images: 0,
      seconds: 0,
    };
    // The total is known before the first batch: a console shows "0 of N" at once.
    onProgress(0, records.length);
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const touched = await this.db.withTransaction(ctx, (ctx) =>
        this.importBatch(ctx, batch, start, report),
      );
      report.images += await this.importImages(ctx, dirname(file), touched, report.skipped);
      onProgress(Math.min(start + BATCH, records.length), records.length);
    }
    report.seconds = Math.round((performance.now() - started) / 100) / 10;
    return report;
  }

  /** One batch's records, counted in `report`; returns each exercise with its source record. */
  private async importBatch(
    ctx: RequestContext,
    batch: FreeExerciseRecord[],
    start: number,
    report: ImportReport,
  ): Promise<[Exercise, FreeExerciseRecord][]> {
    const mapped = await Promise.all(batch.map((r) => mapRecord(r)));
    const slugs = mapped.flatMap((m) => (m.ok ? [m.input.slug] : []));
    const existing = new Map(
      (await this.exercises.findBySlugs(ctx, slugs)).map((e) => [e.slug, e]),
    );
    const latest = await this.curation.latestRevisions(
      ctx,
      [...existing.values()].map((e) => e.id),
    );
    const touched: [Exercise, FreeExerciseRecord][] = [];
    for (const [i, result] of mapped.entries()) {
      const id = String(batch[i]?.id ?? `#${start + i}`);
      if (!result.ok) {
        report.skipped.push({ id, reason: result.reason });
        continue;
      }
      const current = existing.get(result.input.slug);
      if (!current) {
        const values = newExerciseValues(result.input);
        const created = await this.curation.createExercise(ctx, values, IMPORTED, IMPORT_ACTION);
        touched.push([created, batch[i]]);
        report.created++;
        continue;
      }
      touched.push([current, batch[i]]);
      const changes = exerciseValues(result.input);
      if (!differs(current, changes)) {
        report.unchanged++;
      } else if (
        current.status !== ExerciseStatus.DRAFT ||
        !latest.get(current.id)?.message.startsWith(IMPORTED)
      ) {
        report.skipped.push({ id, reason: EDITED });
      } else {
        const message = `${IMPORTED} (source changed)`;
        const updated = await this.curation.updateExercise(
          ctx,
          current,
          changes,
          message,
          IMPORT_ACTION,
        );
        if (updated) report.updated++;
        else report.skipped.push({ id, reason: EDITED });
      }
    }
    return touched;
  }

  /** Pictures from images/<path> beside exercises.json, where present, each attached once. */
  private async importImages(
    ctx: RequestContext,
    folder: string,
    touched: [Exercise, FreeExerciseRecord][],
    skipped: SkippedRecord[],
  ): Promise<number> {
    let attached = 0;
    for (const [exercise, record] of touched) {
      for (const [k, path] of (record.images ?? []).entries()) {
        const file = join(folder, 'images', path);
        if (!existsSync(file)) continue;
        const altText = `${record.name}, photo ${k + 1} of ${record.images.length}`;
        try {
          const added = await this.media.addImageOnce(ctx, exercise.id, {
            bytes: readFileSync(file),
            altText,
            credit: CREDIT,
            licence: LICENCE,
            source: PHOTO_SOURCE,
            licenceVerified: false,
          });
          if (added) attached++;
        } catch (error) {
          // A picture that does not decode is left out and reported; the exercise is imported.
          const refused = imageRefusal(error);
          if (!refused) throw error;
          skipped.push({ id: String(record.id), reason: `images/${path}: ${refused}` });
        }
      }
    }
    return attached;
  }
}

/** Why MediaService refused a picture's bytes (BAD_USER_INPUT on `file`), or null. */
function imageRefusal(error: unknown): string | null {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') return null;
  const fields = error.extensions.fields as FieldProblem[] | undefined;
  return fields?.find((f) => f.field === 'file')?.message ?? null;
}
