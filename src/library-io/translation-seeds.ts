import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toProblems } from '../common/errors/validation.pipe.js';
import type { ExerciseTranslation } from '../translations/exercise-translation.entity.js';
import { type Locale, TRANSLATED_LOCALES } from '../translations/locale.js';
import { TRANSLATABLE_FIELDS, type TranslatableField } from '../translations/localize.js';
import { SeedTranslation } from './dto/seed-translation.input.js';

export interface TranslationSeed {
  /** `translations/es.json[3] glute-bridge`, for messages. */
  where: string;
  locale: Locale;
  record: SeedTranslation;
}

export type SeedText = Pick<ExerciseTranslation, TranslatableField>;

/** The columns a seed record sets: the whole text, a field left out stored as null. */
export function seedText(record: SeedTranslation): SeedText {
  return {
    name: record.name ?? null,
    summary: record.summary ?? null,
    steps: record.steps ?? null,
    cues: record.cues ?? null,
    precautions: record.precautions ?? null,
  };
}

/**
 * Every record of <dir>/*.json (none when the folder is missing, as in older exports), each file
 * named by its locale, with every problem found; the caller writes nothing if there is one.
 */
export async function readTranslationSeeds(
  dir: string,
): Promise<{ seeds: TranslationSeed[]; problems: string[] }> {
  const seeds: TranslationSeed[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { seeds, problems };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = `translations/${file}`;
    const locale = file.slice(0, -'.json'.length) as Locale;
    if (!TRANSLATED_LOCALES.includes(locale)) {
      problems.push(
        `${name}: unknown locale ${locale}: translations are in ${TRANSLATED_LOCALES.join(', ')} (English is the exercise itself)`,
      );
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(`${name}: must hold a JSON array`);
      continue;
    }
    const slugs = new Set<string>();
    for (const [index, raw] of data.entries()) {
      const record = plainToInstance(SeedTranslation, raw as object);
      const where = `${name}[${index}] ${record.slug}`;
      const errors = await validate(record, { whitelist: true, forbidNonWhitelisted: true });
      problems.push(...toProblems(errors, '').map((p) => `${where}: ${p.field}: ${p.message}`));
      if (slugs.has(record.slug)) problems.push(`${where}: slug is used twice`);
      slugs.add(record.slug);
      if (TRANSLATABLE_FIELDS.every((f) => record[f] === null || record[f] === undefined)) {
        problems.push(`${where}: needs at least one of name, summary, steps, cues or precautions`);
      }
      seeds.push({ where, locale, record });
    }
  }
  return { seeds, problems };
}

/** A translation as a record of translations/<locale>.json; null is untranslated. */
export function translationRecord(slug: string, t: ExerciseTranslation): SeedTranslation {
  return {
    slug,
    name: t.name,
    summary: t.summary,
    steps: t.steps,
    cues: t.cues,
    precautions: t.precautions,
  };
}
