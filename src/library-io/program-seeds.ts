import { existsSync, readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { ProgramItemInput, prescriptionFromInput, Side } from '../programs/program-item.js';
import {
  prescriptionOf,
  ProgramTemplate,
  ProgramTemplateItem,
} from '../programs/program-template.entity.js';
import type { SeedCounts } from './library-seeder.service.js';

/** A program template in seeds/programs.json: items name exercises by slug. */
export interface SeedProgram {
  slug: string;
  name: string;
  description: string;
  items: (Omit<ProgramItemInput, 'exerciseId'> & { exercise: string })[];
}

export class ProgramSeedError extends Error {}

/**
 * The clinic's own templates (no owner): upserted by slug, items checked with the GraphQL input's
 * rules, only a template whose content differs is rewritten (its version bumped), all in the
 * seed's transaction.
 */
export async function seedPrograms(
  manager: EntityManager,
  file: string,
  audit: AuditService,
): Promise<SeedCounts> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  if (!existsSync(file)) return counts;
  const records = JSON.parse(readFileSync(file, 'utf8')) as SeedProgram[];
  const ids = new Map(
    (await manager.getRepository(Exercise).find({ select: { id: true, slug: true } })).map((e) => [
      e.slug,
      e.id,
    ]),
  );
  const templates = manager.getRepository(ProgramTemplate);
  const itemsRepo = manager.getRepository(ProgramTemplateItem);
  for (const record of records) {
    const items = record.items.map((item, i) => checkItem(item, ids, `${record.slug} items[${i}]`));
    const wanted = items.map((item, position) => ({
      position,
      exerciseId: item.exerciseId,
      ...prescriptionFromInput(item),
    }));
    let template = await templates.findOneBy({ slug: record.slug });
    if (template) {
      const stored = await itemsRepo.find({
        where: { templateId: template.id },
        order: { position: 'ASC' },
      });
      const same =
        template.name === record.name &&
        template.description === record.description &&
        JSON.stringify(stored.map(comparable)) === JSON.stringify(wanted.map(comparable));
      if (same) {
        counts.unchanged++;
        continue;
      }
      await templates.update(template.id, {
        name: record.name,
        description: record.description,
        version: template.version + 1,
      });
      await itemsRepo.delete({ templateId: template.id });
      counts.updated++;
    } else {
      template = await templates.save(
        templates.create({ slug: record.slug, name: record.name, description: record.description }),
      );
      counts.created++;
    }
    await itemsRepo.insert(wanted.map((item) => ({ ...item, templateId: template.id })));
    await audit.recordAs(
      'system',
      'PROGRAM_TEMPLATE_SEEDED',
      { type: 'ProgramTemplate', id: template.id },
      { items: wanted.length },
      manager,
    );
  }
  return counts;
}

/** Every template in the seed format, sorted by slug so two exports are byte-identical. */
export async function exportPrograms(dataSource: DataSource): Promise<SeedProgram[]> {
  const slugs = new Map(
    (await dataSource.getRepository(Exercise).find({ select: { id: true, slug: true } })).map(
      (e) => [e.id, e.slug],
    ),
  );
  const templates = await dataSource
    .getRepository(ProgramTemplate)
    .find({ order: { slug: 'ASC' } });
  const items = await dataSource
    .getRepository(ProgramTemplateItem)
    .find({ order: { templateId: 'ASC', position: 'ASC' } });
  return templates.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    items: items
      .filter((i) => i.templateId === t.id)
      .map((i) => {
        const p = prescriptionOf(i);
        return {
          exercise: slugs.get(i.exerciseId) as string,
          sets: p.sets,
          ...(p.reps !== null ? { reps: p.reps } : { holdSeconds: p.holdSeconds }),
          ...(p.tempo ? { tempo: p.tempo } : {}),
          ...(p.load ? { load: p.load } : {}),
          sessionsPerWeek: p.sessionsPerWeek,
          ...(p.side !== Side.BOTH ? { side: p.side } : {}),
          ...(p.restSeconds !== null ? { restSeconds: p.restSeconds } : {}),
          ...(p.notes ? { notes: p.notes } : {}),
        };
      }),
  }));
}

function checkItem(
  item: SeedProgram['items'][number],
  ids: Map<string, string>,
  where: string,
): ProgramItemInput {
  const exerciseId = ids.get(item.exercise);
  if (!exerciseId)
    throw new ProgramSeedError(`programs.json: ${where}: unknown exercise ${item.exercise}`);
  const { exercise: _slug, ...rest } = item;
  const input = plainToInstance(ProgramItemInput, { ...rest, exerciseId });
  const problems = validateSync(input).flatMap((e) => Object.values(e.constraints ?? {}));
  if (problems.length > 0) {
    throw new ProgramSeedError(`programs.json: ${where}: ${problems.join('; ')}`);
  }
  return input;
}

function comparable(item: Omit<ProgramTemplateItem, 'templateId'>): unknown[] {
  const p = prescriptionOf(item as ProgramTemplateItem);
  return [item.position, item.exerciseId, ...Object.values(p)];
}
