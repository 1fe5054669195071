import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { MediaConfig } from '../common/config/media.config.js';
import { RequestContext } from '../common/context/request-context.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { differs } from '../exercises/diff.js';
import { ExerciseCurationService } from '../exercises/exercise-curation.service.js';
import type { Exercise } from '../exercises/exercise.entity.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { MediaService } from '../media/media.service.js';
import { ProgramTemplatesService } from '../programs/program-templates.service.js';
import { ProgressionsService } from '../progressions/progressions.service.js';
import { sourceHash } from '../translations/localize.js';
import { TranslationsService } from '../translations/translations.service.js';
import type { SeedExercise } from './dto/seed-exercise.input.js';
import { SeedProgression } from './dto/seed-progression.input.js';
import { readExercises, seedSlugs, seedValues } from './exercise-seeds.js';
import { contentProblems } from './seed-rules.js';
import { checkPicture, type MediaRecord, readMedia, recordVerified } from './media-seeds.js';
import { programSeed, readPrograms, type SeedProgram } from './program-seeds.js';
import { noCounts, readRecords, refuse, type SeedCounts, SeedError } from './seed-files.js';
import { readTranslationSeeds, seedText, type TranslationSeed } from './translation-seeds.js';

/** seeds/ at the top of the repository, from src/library-io or dist/library-io alike. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

const MESSAGE = 'Seed library';

export interface SeedReport extends SeedCounts {
  progressions: SeedCounts;
  /** Media rows created; an exercise that already has media keeps them as they are. */
  media: number;
  translations: SeedCounts;
  /** Program templates of programs.json, upserted by slug. */
  programs: SeedCounts;
}

/**
 * Loads the team's curated library from a seed folder (seeds/, or one written by the exporter).
 * Every record is validated with the same rules as the GraphQL input before anything is written;
 * then everything is upserted by slug in one transaction as the system, touching only what
 * differs, so running it again changes nothing. Each part is written by the module that owns it.
 */
@Injectable()
export class LibrarySeeder {
  private readonly logger = new Logger(LibrarySeeder.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly exercises: ExercisesService,
    private readonly curation: ExerciseCurationService,
    private readonly progressions: ProgressionsService,
    private readonly media: MediaService,
    private readonly translations: TranslationsService,
    private readonly programs: ProgramTemplatesService,
    private readonly mediaConfig: MediaConfig,
  ) {}

  /**
   * At start-up: loads what the catalogue lacks of the seed library, whatever else it holds (an
   * import of free-exercise-db, the clinic's own exercises), and changes nothing that exists.
   * The seed exercises whose slug is missing are created, with their progressions, media and
   * translations; a seed template whose slug is missing is created. An exercise the clinic
   * edited, a translation or edge it changed, a template it reworked: all stay as they are
   * (`npm run seed` is the one that refreshes them). Logs one line saying what was loaded.
   */
  async seedMissing(dir = SEEDS_DIR): Promise<SeedReport | null> {
    const slugs = [...new Set(seedSlugs(join(dir, 'exercises')))];
    const present = await this.exercises.findBySlugs(RequestContext.system(), slugs);
    if (present.length === slugs.length) {
      this.logger.log(`Seed library: all ${slugs.length} seed exercises present, nothing loaded`);
      return null;
    }
    const files = await this.read(dir);
    const refused: string[] = [];
    const report = await this.db.withTransaction(RequestContext.system(), async (ctx) => {
      const bySlug = new Map((await this.exercises.findAll(ctx)).map((e) => [e.slug, e]));
      const missing = files.records.filter((r) => !bySlug.has(r.slug));
      const fresh = new Set(missing.map((r) => r.slug));
      const counts = await this.seedExercises(ctx, missing, bySlug);
      const links = files.links.filter((l) => fresh.has(l.from) || fresh.has(l.to));
      const programs: SeedProgram[] = [];
      for (const program of files.programs) {
        if (!(await this.programs.existsBySlug(ctx, program.slug))) programs.push(program);
      }
      return {
        ...counts,
        progressions: await this.seedProgressions(ctx, links, bySlug, refused),
        media: await this.seedMedia(
          ctx,
          files.media.filter((m) => fresh.has(m.exercise)),
          bySlug,
          join(dir, 'media'),
        ),
        translations: await this.seedTranslations(ctx, files.translations, bySlug, fresh),
        programs: await this.seedPrograms(ctx, programs, bySlug),
      };
    });
    const skipped =
      refused.length > 0
        ? `; ${refused.length} progressions refused by the graph's rules (${refused.join('; ')})`
        : '';
    this.logger.log(
      `Seed library: loaded ${report.created} missing seed exercises (${slugs.length - report.created} of ${slugs.length} were present and left as they are), ` +
        `${report.progressions.created} progressions, ${report.translations.created} translations, ` +
        `${report.media} media, ${report.programs.created} program templates${skipped}`,
    );
    return report;
  }

  async seed(dir = SEEDS_DIR): Promise<SeedReport> {
    const files = await this.read(dir);
    const report = await this.db.withTransaction(RequestContext.system(), async (ctx) => {
      const bySlug = new Map((await this.exercises.findAll(ctx)).map((e) => [e.slug, e]));
      const counts = await this.seedExercises(ctx, files.records, bySlug);
      return {
        ...counts,
        progressions: await this.seedProgressions(ctx, files.links, bySlug),
        media: await this.seedMedia(ctx, files.media, bySlug, join(dir, 'media')),
        translations: await this.seedTranslations(ctx, files.translations, bySlug),
        programs: await this.seedPrograms(ctx, files.programs, bySlug),
      };
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
   * Every file of a seed folder, each record validated: nothing is written if one is wrong. The
   * bundled library must also follow the content rules (seed-rules.ts, docs/content-rules.md); a
   * clinic's own exported library is its own content and is not held to them.
   */
  private async read(dir: string) {
    const records = await readExercises(join(dir, 'exercises'));
    const links = await readRecords(SeedProgression, join(dir, 'progressions.json'));
    if (resolve(dir) === resolve(SEEDS_DIR)) refuse(contentProblems(records, links));
    const translations = await readTranslationSeeds(join(dir, 'translations'));
    refuse(translations.problems);
    return {
      records,
      links,
      translations: translations.seeds,
      media: readMedia(dir),
      programs: readPrograms(join(dir, 'programs.json')),
    };
  }

  /** Upserts by slug; `bySlug` (every exercise) is kept up to date for the parts that follow. */
  private async seedExercises(
    ctx: RequestContext,
    records: SeedExercise[],
    bySlug: Map<string, Exercise>,
  ): Promise<SeedCounts> {
    const counts = noCounts();
    for (const record of records) {
      const values = seedValues(record);
      const current = bySlug.get(record.slug);
      if (current && !differs(current, values)) {
        counts.unchanged++;
        continue;
      }
      const written = current
        ? await this.curation.updateExercise(ctx, current, values, MESSAGE, 'EXERCISE_UPDATED')
        : await this.curation.createExercise(ctx, values, MESSAGE, 'EXERCISE_CREATED');
      if (!written) throw new SeedError(`${record.slug} was changed while seeding: seed again`);
      bySlug.set(record.slug, written);
      counts[current ? 'updated' : 'created']++;
    }
    return counts;
  }

  /**
   * Upserts edges by (from, to), each new or changed PROGRESSION checked like linkExercises. An
   * edge the graph's rules refuse refuses the whole file, unless `refused` is given: then it is
   * left out and named there (start-up, where the clinic's edits may have made it wrong).
   */
  private async seedProgressions(
    ctx: RequestContext,
    links: SeedProgression[],
    bySlug: Map<string, Exercise>,
    refused?: string[],
  ): Promise<SeedCounts> {
    const counts = noCounts();
    for (const { from, to, kind, changes, criterion, order } of links) {
      const [a, b] = [bySlug.get(from), bySlug.get(to)];
      if (!a || !b) {
        throw new SeedError(`progressions.json: ${from} -> ${to}: unknown exercise slug`);
      }
      const values = { kind, changes, criterion, order };
      const outcome = await this.progressions.seedEdge(ctx, a, b, values).catch((error) => {
        // The graph's own rules (no cycle, never easier) refuse the file, naming it.
        if (!(error instanceof GraphQLError)) throw error;
        if (!refused) throw new SeedError(`progressions.json: ${error.message}`);
        refused.push(`${from} -> ${to}`);
        return null;
      });
      if (outcome) counts[outcome]++;
    }
    return counts;
  }

  /** Media of exports, for exercises without media yet; pictures' bytes come from `folder`. */
  private async seedMedia(
    ctx: RequestContext,
    records: MediaRecord[],
    bySlug: Map<string, Exercise>,
    folder: string,
  ): Promise<number> {
    const byExercise = new Map<Exercise, MediaRecord[]>();
    for (const record of records) {
      const exercise = bySlug.get(record.exercise);
      if (!exercise) throw new SeedError(`media.json: unknown exercise ${record.exercise}`);
      byExercise.set(exercise, [...(byExercise.get(exercise) ?? []), record]);
    }
    const maxPixels = this.mediaConfig.MEDIA_MAX_PIXELS;
    let added = 0;
    for (const [exercise, items] of byExercise) {
      const where = (key: string) => `media.json: ${exercise.slug}: ${key}`;
      const values = items.map((item) => ({ ...item, licenceVerified: recordVerified(item) }));
      added += await this.media.restore(ctx, exercise.id, values, (key) =>
        checkPicture(where(key), folder, key, maxPixels),
      );
    }
    return added;
  }

  /**
   * translations/<locale>.json, upserted by slug and locale: only a translation whose text
   * differs is written (its version goes up), so loading twice changes nothing. An unknown slug
   * refuses the whole seed. With `only`, just the translations of those exercises are written.
   *
   * A written translation gets the sourceHash() of its exercise's English as this seed left it
   * (the exercises are seeded first, in the same transaction); seed files never carry the hash.
   * A translation whose text is unchanged is left alone, hash included: if the English changed
   * since, it stays outdated (nobody reviewed it), and a missing hash stays unknown rather than
   * being vouched for.
   */
  private async seedTranslations(
    ctx: RequestContext,
    seeds: TranslationSeed[],
    bySlug: Map<string, Exercise>,
    only?: Set<string>,
  ): Promise<SeedCounts> {
    refuse(
      seeds
        .filter((s) => !bySlug.has(s.record.slug))
        .map((s) => `${s.where}: no exercise has this slug`),
    );
    const counts = noCounts();
    for (const { locale, record } of seeds) {
      if (only && !only.has(record.slug)) continue;
      const exercise = bySlug.get(record.slug) as Exercise;
      const hash = sourceHash(exercise);
      counts[
        await this.translations.seedTranslation(ctx, exercise.id, locale, seedText(record), hash)
      ]++;
    }
    return counts;
  }

  /** The clinic's program templates, upserted by slug. */
  private async seedPrograms(
    ctx: RequestContext,
    records: SeedProgram[],
    bySlug: Map<string, Exercise>,
  ): Promise<SeedCounts> {
    const ids = new Map([...bySlug].map(([slug, e]) => [slug, e.id]));
    const counts = noCounts();
    for (const record of records) {
      counts[await this.programs.seedTemplate(ctx, programSeed(record, ids))]++;
    }
    return counts;
  }
}
