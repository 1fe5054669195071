import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { IsEnum, validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { toProblems } from '../common/errors/validation.pipe.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { CreateExerciseInput } from '../exercises/exercise.inputs.js';
import { ExerciseRepository } from '../exercises/exercise.repository.js';
import { newExerciseValues } from '../exercises/exercise.values.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';

/** seeds/ at the top of the repository, from src/seeding or dist/seeding alike. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** A seed record is an exercise input plus the status it is published with. */
class SeedExercise extends CreateExerciseInput {
  @IsEnum(ExerciseStatus)
  status: ExerciseStatus;
}

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
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
  ) {}

  async seedIfEmpty(dir = SEEDS_DIR): Promise<SeedReport | null> {
    if ((await this.exercises.count()) > 0) return null;
    return this.seed(dir);
  }

  async seed(dir = SEEDS_DIR): Promise<SeedReport> {
    const records = await readExercises(join(dir, 'exercises'));
    const report: SeedReport = { created: 0, updated: 0, unchanged: 0 };
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Exercise);
      const existing = new Map((await repo.find()).map((e) => [e.slug, e]));
      for (const record of records) {
        const values = { ...newExerciseValues(record), status: record.status };
        const current = existing.get(record.slug);
        if (!current) {
          await this.exercises.insert(values, manager);
          report.created++;
        } else if (differs(current, values)) {
          await repo.update(current.id, { ...values, version: current.version + 1 });
          report.updated++;
        } else {
          report.unchanged++;
        }
      }
    });
    this.logger.log(
      `Seed library: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`,
    );
    return report;
  }
}

async function readExercises(dir: string): Promise<SeedExercise[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const records: SeedExercise[] = [];
  const problems: string[] = [];
  const slugs = new Set<string>();
  for (const file of files) {
    const data: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!Array.isArray(data)) throw new SeedError(`${file}: must hold a JSON array of exercises`);
    for (const [index, raw] of data.entries()) {
      const record = plainToInstance(SeedExercise, raw as object);
      const where = `${file}[${index}] ${record.slug ?? ''}`.trim();
      const errors = await validate(record, { whitelist: true, forbidNonWhitelisted: true });
      problems.push(...toProblems(errors, '').map((p) => `${where}: ${p.field}: ${p.message}`));
      if (slugs.has(record.slug)) problems.push(`${where}: slug is used twice`);
      slugs.add(record.slug);
      records.push(record);
    }
  }
  if (problems.length > 0) {
    throw new SeedError(`Invalid seed data, nothing was written:\n  ${problems.join('\n  ')}`);
  }
  return records;
}

/** True when any seeded field differs from the stored exercise (jsonb key order ignored). */
function differs(current: Exercise, values: Partial<Exercise>): boolean {
  return Object.entries(values).some(
    ([key, value]) => canonical(current[key as keyof Exercise]) !== canonical(value),
  );
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
