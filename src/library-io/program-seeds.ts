import { existsSync, readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DOSE_FIELDS } from '../exercises/dose.js';
import { CreateProgramTemplateInput } from '../programs/dto/create-program-template.input.js';
import { listTranslations } from '../programs/guidance.js';
import { ProgramItemInput } from '../programs/dto/program-item.input.js';
import { Side } from '../programs/program-item.js';
import {
  prescriptionOf,
  type ProgramTemplate,
  type ProgramTemplateItem,
} from '../programs/program-template.entity.js';
import type { Locale } from '../translations/locale.js';
import { SeedError } from './seed-files.js';

/** A program template in seeds/programs.json: items name exercises by slug. */
export interface SeedProgram {
  slug: string;
  name: string;
  description: string;
  /** Patient guidance in English, and its translations; left out when the template has none. */
  guidance?: string;
  guidanceTranslations?: { locale: Locale; text: string }[];
  items: (Omit<ProgramItemInput, 'exerciseId'> & { exercise: string })[];
}

/** What ProgramTemplatesService.seedTemplate writes: items name exercises by id. */
export type ProgramSeed = Omit<SeedProgram, 'items'> & { items: ProgramItemInput[] };

/** programs.json of a seed folder; none in folders older than templates. */
export function readPrograms(file: string): SeedProgram[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SeedProgram[]) : [];
}

/** A record with its items checked with the GraphQL input's rules, exercises found by slug. */
export function programSeed(record: SeedProgram, ids: Map<string, string>): ProgramSeed {
  const items = record.items.map((item, i) => {
    const where = `programs.json: ${record.slug} items[${i}]`;
    const { exercise, ...rest } = item;
    const exerciseId = ids.get(exercise);
    if (!exerciseId) throw new SeedError(`${where}: unknown exercise ${exercise}`);
    const input = plainToInstance(ProgramItemInput, { ...rest, exerciseId });
    const problems = validateSync(input).flatMap((e) => Object.values(e.constraints ?? {}));
    if (problems.length > 0) throw new SeedError(`${where}: ${problems.join('; ')}`);
    return input;
  });
  // The guidance with the rules of createProgramTemplate's input (the items are checked above).
  const guidance = plainToInstance(CreateProgramTemplateInput, {
    name: record.name,
    guidance: record.guidance,
    guidanceTranslations: record.guidanceTranslations,
    items: [],
  });
  const problems = validateSync(guidance)
    .filter((e) => e.property !== 'items')
    .flatMap((e) => messages(e));
  if (problems.length > 0) {
    throw new SeedError(`programs.json: ${record.slug}: ${problems.join('; ')}`);
  }
  const { slug, name, description } = record;
  return {
    slug,
    name,
    description,
    guidance: record.guidance ?? '',
    guidanceTranslations: record.guidanceTranslations ?? [],
    items,
  };
}

/** Every message of a validation error and of the errors nested in it (a translation's). */
function messages(error: ValidationError): string[] {
  return [
    ...Object.values(error.constraints ?? {}),
    ...(error.children ?? []).flatMap((child) => messages(child)),
  ];
}

/** A template in the seed format; a prescription's defaults are left out, as a person writes it. */
export function programRecord(
  template: ProgramTemplate,
  items: ProgramTemplateItem[],
  slugById: Map<string, string>,
): SeedProgram {
  const item = (row: ProgramTemplateItem) => {
    const p = prescriptionOf(row);
    return {
      exercise: slugById.get(row.exerciseId) as string,
      sets: p.sets,
      // The one field the dose is counted in (dose.ts), as a person writes it.
      ...Object.fromEntries(DOSE_FIELDS.filter((f) => p[f] != null).map((f) => [f, p[f]])),
      ...(p.perSide != null ? { perSide: p.perSide } : {}),
      ...(p.tempo ? { tempo: p.tempo } : {}),
      ...(p.load ? { load: p.load } : {}),
      sessionsPerWeek: p.sessionsPerWeek,
      ...(p.side !== Side.BOTH ? { side: p.side } : {}),
      ...(p.restSeconds !== null ? { restSeconds: p.restSeconds } : {}),
      ...(p.notes ? { notes: p.notes } : {}),
    };
  };
  const { slug, name, description, guidance } = template;
  const translations = listTranslations(guidance, template.guidanceByLocale).map(
    ({ locale, text }) => ({ locale, text }),
  );
  return {
    slug,
    name,
    description,
    ...(guidance ? { guidance } : {}),
    ...(translations.length > 0 ? { guidanceTranslations: translations } : {}),
    items: items.map(item),
  };
}
