import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsEnum,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  validate,
} from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { toProblems } from '../common/errors/validation.pipe.js';
import { ExerciseCurationService } from '../exercises/exercise-curation.service.js';
import { differs } from '../exercises/diff.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { CreateExerciseInput } from '../exercises/dto/create-exercise.input.js';
import { ExerciseRepository } from '../exercises/exercise.repository.js';
import { newExerciseValues } from '../exercises/exercise.values.js';
import { missingTags } from '../exercises/tagging.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import { checkImage, cleanImage, sniffImage } from '../media/image.js';
import { MediaConfig } from '../common/config/media.config.js';
import { Media } from '../media/media.entity.js';
import { MEDIA_STORAGE, type MediaStorage } from '../media/storage.js';
import { Progression } from '../progressions/progression.entity.js';
import { AuditService } from '../audit/audit.service.js';
import type { MediaRecord } from './library-exporter.js';
import { ProgramSeedError, seedPrograms } from './program-seeds.js';
import { ProgressionRepository } from '../progressions/progression.repository.js';
import { ProgressionsService } from '../progressions/progressions.service.js';
import { ProgressionDimension, ProgressionKind } from '../progressions/vocabulary.js';
import { ExerciseTranslation } from '../translations/exercise-translation.entity.js';
import { sourceHash } from '../translations/localize.js';
import {
  readTranslationSeeds,
  seedText,
  type TranslationSeed,
} from '../translations/translation-seeds.js';

/** seeds/ at the top of the repository, from src/seeding or dist/seeding alike. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** A seed record is an exercise input plus the status it is published with. */
class SeedExercise extends CreateExerciseInput {
  @IsEnum(ExerciseStatus)
  status: ExerciseStatus;
}

/** A progression edge between two seed exercises, named by slug. */
class SeedProgression {
  @Matches(/^[a-z0-9-]+$/)
  from: string;

  @Matches(/^[a-z0-9-]+$/)
  to: string;

  @IsEnum(ProgressionKind)
  kind: ProgressionKind;

  @ArrayNotEmpty()
  @IsEnum(ProgressionDimension, { each: true })
  changes: ProgressionDimension[];

  @IsString()
  @MaxLength(500)
  criterion: string;

  @IsInt()
  @Min(0)
  @Max(1000)
  order: number;
}

export interface SeedCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface SeedReport extends SeedCounts {
  progressions: SeedCounts;
  /** Media rows created; an exercise that already has media keeps them as they are. */
  media: number;
  translations: SeedCounts;
  /** Program templates of programs.json, upserted by slug. */
  programs: SeedCounts;
}

export class SeedError extends Error {}

/**
 * Loads the team's curated library from seeds/exercises/*.json. Every record is validated with
 * the same rules as the GraphQL input before anything is written; then all records are upserted
 * by slug in one transaction, touching only the exercises whose content differs, so running it
 * again changes nothing.
 */
@Injectable()
export class LibrarySeeder {
  private readonly logger = new Logger(LibrarySeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly exercises: ExerciseRepository,
    private readonly edges: ProgressionRepository,
    private readonly graph: ProgressionsService,
    private readonly curation: ExerciseCurationService,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly audit: AuditService,
    private readonly mediaConfig: MediaConfig,
  ) {}

  async seedIfEmpty(dir = SEEDS_DIR): Promise<SeedReport | null> {
    if ((await this.exercises.count()) > 0) return null;
    return this.seed(dir);
  }

  async seed(dir = SEEDS_DIR): Promise<SeedReport> {
    const records = await readExercises(join(dir, 'exercises'));
    const links = await readRecords(SeedProgression, join(dir, 'progressions.json'));
    const translations = await readTranslationSeeds(join(dir, 'translations'));
    refuse(translations.problems);
    const report: SeedReport = {
      created: 0,
      updated: 0,
      unchanged: 0,
      progressions: { created: 0, updated: 0, unchanged: 0 },
      media: 0,
      translations: { created: 0, updated: 0, unchanged: 0 },
      programs: { created: 0, updated: 0, unchanged: 0 },
    };
    const mediaFile = join(dir, 'media.json');
    const media = existsSync(mediaFile)
      ? (JSON.parse(readFileSync(mediaFile, 'utf8')) as MediaRecord[])
      : [];
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Exercise);
      const existing = new Map((await repo.find()).map((e) => [e.slug, e]));
      for (const record of records) {
        const values = { ...newExerciseValues(record), status: record.status };
        const current = existing.get(record.slug);
        if (!current) {
          const created = await this.exercises.insert(values, manager);
          await this.curation.record(
            manager,
            'system',
            created,
            'Seed library',
            'EXERCISE_CREATED',
          );
          report.created++;
        } else if (differs(current, values)) {
          const updated = await this.exercises.updateIfVersion(
            current.id,
            current.version,
            values,
            manager,
          );
          await this.curation.record(
            manager,
            'system',
            updated as Exercise,
            'Seed library',
            'EXERCISE_UPDATED',
          );
          report.updated++;
        } else {
          report.unchanged++;
        }
      }
      await this.seedProgressions(manager, links, report.progressions);
      report.media = await this.seedMedia(manager, media, join(dir, 'media'));
      await this.seedTranslations(manager, translations.seeds, report.translations);
      report.programs = await this.seedProgramTemplates(manager, join(dir, 'programs.json'));
    });
    const p = report.progressions;
    const t = report.translations;
    this.logger.log(
      `Seed library: exercises ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged; ` +
        `progressions ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged; ` +
        `translations ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`,
    );
    return report;
  }

  /**
   * translations/<locale>.json, upserted by slug and locale: only a translation whose text differs
   * is written (its version goes up), so loading twice changes nothing. An unknown slug refuses
   * the whole seed.
   *
   * A written translation gets the sourceHash() of its exercise's English as this seed left it
   * (the exercises are seeded first, in the same transaction); seed files never carry the hash.
   * A translation whose text is unchanged is left alone, hash included: if the English changed
   * since, it stays outdated (nobody reviewed it), and a missing hash stays unknown rather than
   * being vouched for.
   */
  private async seedTranslations(
    manager: EntityManager,
    seeds: TranslationSeed[],
    counts: SeedCounts,
  ): Promise<void> {
    const exercises = await manager.getRepository(Exercise).find({
      select: {
        id: true,
        slug: true,
        name: true,
        summary: true,
        steps: true,
        cues: true,
        precautions: true,
      },
    });
    const bySlug = new Map(exercises.map((e) => [e.slug, e.id]));
    const hashById = new Map(exercises.map((e) => [e.id, sourceHash(e)]));
    refuse(
      seeds
        .filter((s) => !bySlug.has(s.record.slug))
        .map((s) => `${s.where}: no exercise has this slug`),
    );
    const repo = manager.getRepository(ExerciseTranslation);
    const existing = new Map((await repo.find()).map((t) => [`${t.exerciseId}:${t.locale}`, t]));
    for (const { locale, record } of seeds) {
      const exerciseId = bySlug.get(record.slug) as string;
      const values = seedText(record);
      const current = existing.get(`${exerciseId}:${locale}`);
      if (current && !differs(current, values)) {
        counts.unchanged++;
        continue;
      }
      const version = (current?.version ?? 0) + 1;
      const hash = hashById.get(exerciseId) as string;
      if (current) {
        await repo.update(
          { exerciseId, locale },
          { ...values, sourceHash: hash, version, updatedBy: null },
        );
        counts.updated++;
      } else {
        await repo.insert({ exerciseId, locale, ...values, sourceHash: hash, updatedBy: null });
        counts.created++;
      }
      await this.audit.recordAs(
        'system',
        current ? 'TRANSLATION_UPDATED' : 'TRANSLATION_ADDED',
        { type: 'exercise_translation', id: exerciseId },
        { locale, version, values },
        manager,
      );
    }
  }

  /** The clinic's program templates; a bad record is a SeedError like any other. */
  private async seedProgramTemplates(manager: EntityManager, file: string): Promise<SeedCounts> {
    try {
      return await seedPrograms(manager, file, this.audit);
    } catch (error) {
      if (error instanceof ProgramSeedError) throw new SeedError(error.message);
      throw error;
    }
  }

  /** Media of exports, for exercises without media yet; pictures' bytes come from the export. */
  private async seedMedia(
    manager: EntityManager,
    records: MediaRecord[],
    folder: string,
  ): Promise<number> {
    const repo = manager.getRepository(Media);
    const bySlug = new Map(
      (await manager.getRepository(Exercise).find()).map((e) => [e.slug, e.id]),
    );
    const withMedia = new Set(
      (await repo.find({ select: { exerciseId: true } })).map((m) => m.exerciseId),
    );
    const created = new Map<string, Media>();
    for (const r of records) {
      const exerciseId = bySlug.get(r.exercise);
      if (!exerciseId) throw new SeedError(`media.json: unknown exercise ${r.exercise}`);
      if (withMedia.has(exerciseId)) continue;
      const { exercise: _slug, poster: _poster, ...values } = r;
      if (r.storageKey) Object.assign(values, await this.seedPicture(r, r.storageKey, folder));
      const row = await repo.save(
        repo.create({ ...values, exerciseId, sha256: values.storageKey?.split('.')[0] ?? null }),
      );
      created.set(`${r.exercise}:${r.position}`, row);
    }
    for (const r of records) {
      const row = created.get(`${r.exercise}:${r.position}`);
      const poster = r.poster === null ? undefined : created.get(`${r.exercise}:${r.poster}`);
      if (row && poster) await repo.update(row.id, { posterId: poster.id });
    }
    return created.size;
  }

  /**
   * A picture of media.json, put into storage when it is not there yet, checked as an upload is:
   * it must decode whole, and its bytes must hash to its name. A clean picture keeps its bytes and
   * key, so export -> seed -> export gives the same files; one still carrying metadata (exported
   * before uploads were cleaned) is cleaned and stored under its new key.
   */
  private async seedPicture(r: MediaRecord, key: string, folder: string) {
    const stored = await this.storage.get(key);
    if (stored) return { storageKey: key, bytes: stored.length };
    const file = join(folder, key);
    const where = `media.json: ${r.exercise}: ${key}`;
    if (!existsSync(file)) throw new SeedError(`${where} is missing`);
    const bytes = readFileSync(file);
    const format = sniffImage(bytes);
    if (createHash('sha256').update(bytes).digest('hex') !== key.slice(0, 64)) {
      throw new SeedError(`${where}: its bytes do not match its name (a content hash)`);
    }
    if (!format || !key.endsWith(`.${format.ext}`)) {
      throw new SeedError(`${where}: the bytes are not the image type its name says`);
    }
    const maxPixels = this.mediaConfig.MEDIA_MAX_PIXELS;
    const check = await checkImage(bytes, maxPixels);
    if (check.problem) throw new SeedError(`${where}: ${check.problem}`);
    if (!check.metadata) {
      await this.storage.put(key, bytes, format.mime);
      return { storageKey: key, bytes: bytes.length, mime: format.mime };
    }
    const clean = await cleanImage(bytes, maxPixels);
    if (typeof clean === 'string') throw new SeedError(`${where}: ${clean}`);
    if (!(await this.storage.exists(clean.key))) {
      await this.storage.put(clean.key, clean.bytes, format.mime);
    }
    const { width, height } = clean;
    return { storageKey: clean.key, bytes: clean.bytes.length, mime: format.mime, width, height };
  }

  /** Upserts edges by (from, to), each new or changed PROGRESSION checked like linkExercises. */
  private async seedProgressions(
    manager: EntityManager,
    links: SeedProgression[],
    counts: SeedCounts,
  ) {
    await this.edges.lockGraph(manager);
    const bySlug = new Map((await manager.getRepository(Exercise).find()).map((e) => [e.slug, e]));
    const repo = manager.getRepository(Progression);
    const existing = new Map((await repo.find()).map((p) => [`${p.fromId}>${p.toId}`, p]));
    for (const link of links) {
      const from = bySlug.get(link.from);
      const to = bySlug.get(link.to);
      if (!from || !to) {
        throw new SeedError(`progressions.json: ${link.from} -> ${link.to}: unknown exercise slug`);
      }
      const values = {
        kind: link.kind,
        changes: link.changes,
        criterion: link.criterion,
        order: link.order,
      };
      const current = existing.get(`${from.id}>${to.id}`);
      if (current && !differs(current, values)) {
        counts.unchanged++;
        continue;
      }
      if (
        link.kind === ProgressionKind.PROGRESSION &&
        current?.kind !== ProgressionKind.PROGRESSION
      ) {
        await this.graph.checkProgression(from, to, manager).catch((error: Error) => {
          throw new SeedError(`progressions.json: ${error.message}`);
        });
      }
      if (current) {
        await repo.update(current.id, values);
        counts.updated++;
      } else {
        await this.edges.save({ fromId: from.id, toId: to.id, ...values }, manager);
        counts.created++;
      }
    }
  }
}

/**
 * The records of one JSON array file, each validated like the GraphQL input it mirrors, with the
 * problems found (`check` adds rules that span a record); nothing is written on any problem.
 */
async function validateFile<T extends object>(
  type: new () => T,
  file: string,
  check: (record: T, where: string) => string[] = () => [],
): Promise<{ records: T[]; problems: string[] }> {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new SeedError(`${file}: must hold a JSON array`);
  const problems: string[] = [];
  const records: T[] = [];
  for (const [index, raw] of data.entries()) {
    const record = plainToInstance(type, raw as object);
    const where = `${basename(file)}[${index}]`;
    const errors = await validate(record, { whitelist: true, forbidNonWhitelisted: true });
    problems.push(...toProblems(errors, '').map((p) => `${where}: ${p.field}: ${p.message}`));
    problems.push(...check(record, where));
    records.push(record);
  }
  return { records, problems };
}

function refuse(problems: string[]): void {
  if (problems.length > 0) {
    throw new SeedError(`Invalid seed data, nothing was written:\n  ${problems.join('\n  ')}`);
  }
}

async function readRecords<T extends object>(type: new () => T, file: string): Promise<T[]> {
  const { records, problems } = await validateFile(type, file);
  refuse(problems);
  return records;
}

/** Every file of exercises/, slugs unique across files, tags complete beyond DRAFT. */
async function readExercises(dir: string): Promise<SeedExercise[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const slugs = new Set<string>();
  const check = (record: SeedExercise, where: string): string[] => {
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
