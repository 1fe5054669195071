import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Role, type Viewer, accountId } from '../common/access/viewer.js';
import { groupBy, requestLoader } from '../common/database/loaders.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../common/database/pg-errors.js';
import {
  assertUuid,
  badUserInput,
  conflict,
  forbidden,
  notFound,
} from '../common/errors/errors.js';
import {
  type Connection,
  afterKey,
  encodeCursor,
  toConnection,
} from '../common/pagination/connection.js';
import { type ProgramItemInput, prescriptionFromInput } from './program-item.js';
import { ProgramExercises } from './program-exercises.js';
import { prescriptionOf, ProgramTemplate, ProgramTemplateItem } from './program-template.entity.js';
import type {
  CreateProgramTemplateInput,
  ProgramTemplatesArgs,
  UpdateProgramTemplateInput,
} from './program-template.inputs.js';

/**
 * Program templates: clinicians own theirs (the owner or an admin edits it); the clinic's own
 * templates, from the seeds, have no owner and any clinician may edit them. Every change is
 * conditional on the version read and is audited in its transaction.
 */
@Injectable()
export class ProgramTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exercises: ProgramExercises,
    private readonly audit: AuditService,
  ) {}

  async find(key: { id?: string | null; slug?: string | null }): Promise<ProgramTemplate> {
    if (!key.id === !key.slug) {
      throw badUserInput([{ field: 'id', message: 'give exactly one of id and slug' }]);
    }
    if (key.id) assertUuid(key.id);
    const template = await this.dataSource
      .getRepository(ProgramTemplate)
      .findOneBy(key.id ? { id: key.id } : { slug: key.slug as string });
    if (!template) throw notFound('Program template', (key.id ?? key.slug) as string);
    return template;
  }

  /** A template by id, batched across one request (the templates of a list of handouts). */
  load(context: object, id: string): Promise<ProgramTemplate | null> {
    return requestLoader(context, 'templateById', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(ProgramTemplate)
        .findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((t) => [t.id, t]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  async list(viewer: Viewer, args: ProgramTemplatesArgs): Promise<Connection<ProgramTemplate>> {
    const query = this.dataSource
      .getRepository(ProgramTemplate)
      .createQueryBuilder('t')
      .orderBy('t.name COLLATE "C"')
      .addOrderBy('t.id');
    if (!args.includeArchived) query.andWhere('t.archived_at IS NULL');
    if (args.mine) query.andWhere('t.owner_id = :owner', { owner: accountId(viewer) });
    const counter = query.clone();
    const after = afterKey(args.after);
    if (after) {
      query.andWhere('(t.name COLLATE "C", t.id) > (:name COLLATE "C", :id)', {
        name: after[0],
        id: after[1],
      });
    }
    const rows = await query.take(args.first + 1).getMany();
    return toConnection(
      rows,
      args.first,
      () => counter.getCount(),
      (t) => ({ cursor: encodeCursor([t.name, t.id]), node: t }),
    );
  }

  /** A template's items in order, batched across the templates of one request. */
  items(context: object, templateId: string): Promise<ProgramTemplateItem[]> {
    return requestLoader(context, 'templateItems', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(ProgramTemplateItem)
        .createQueryBuilder('i')
        .where('i.template_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('i.position')
        .getMany();
      return groupBy(ids, rows, (row) => [row.templateId]);
    }).load(templateId);
  }

  /** A template's items as a program to issue, in order. */
  async program(templateId: string): Promise<ProgramItemInput[]> {
    const rows = await this.dataSource
      .getRepository(ProgramTemplateItem)
      .find({ where: { templateId }, order: { position: 'ASC' } });
    return rows.map((row) => ({ exerciseId: row.exerciseId, ...prescriptionOf(row) }));
  }

  async create(viewer: Viewer, input: CreateProgramTemplateInput): Promise<ProgramTemplate> {
    await this.exercises.load(
      input.items.map((i) => i.exerciseId),
      'input.items',
    );
    const slug = input.slug ?? (await this.freeSlug(slugify(input.name)));
    return this.write('input.slug', async (manager) => {
      const template = await manager.getRepository(ProgramTemplate).save(
        manager.getRepository(ProgramTemplate).create({
          slug,
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
          ownerId: accountId(viewer),
        }),
      );
      await this.replaceItems(manager, template.id, input.items);
      await this.record(manager, viewer, 'PROGRAM_TEMPLATE_CREATED', template, input.items.length);
      return template;
    });
  }

  async update(viewer: Viewer, input: UpdateProgramTemplateInput): Promise<ProgramTemplate> {
    const current = await this.find({ id: input.id });
    this.assertMayEdit(viewer, current);
    if (input.items) {
      await this.exercises.load(
        input.items.map((i) => i.exerciseId),
        'input.items',
      );
    }
    const changes: Partial<ProgramTemplate> = {};
    if (input.name) changes.name = input.name.trim();
    if (input.description !== undefined && input.description !== null) {
      changes.description = input.description.trim();
    }
    return this.change(viewer, input.id, input.version, changes, 'PROGRAM_TEMPLATE_UPDATED', {
      items: input.items ?? undefined,
    });
  }

  async archive(viewer: Viewer, id: string, version: number, archived: boolean) {
    const current = await this.find({ id });
    this.assertMayEdit(viewer, current);
    return this.change(
      viewer,
      id,
      version,
      { archivedAt: archived ? new Date() : null },
      archived ? 'PROGRAM_TEMPLATE_ARCHIVED' : 'PROGRAM_TEMPLATE_RESTORED',
    );
  }

  private async change(
    viewer: Viewer,
    id: string,
    version: number,
    changes: Partial<ProgramTemplate>,
    action: string,
    extra: { items?: ProgramItemInput[] } = {},
  ): Promise<ProgramTemplate> {
    const updated = await this.write('input', async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ProgramTemplate)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) return null;
      const template = await manager.getRepository(ProgramTemplate).findOneByOrFail({ id });
      if (extra.items) await this.replaceItems(manager, id, extra.items);
      await this.record(manager, viewer, action, template, extra.items?.length);
      return template;
    });
    if (updated) return updated;
    const latest = await this.find({ id });
    throw conflict(
      `Program template ${id} was changed by someone else: you edited version ${version}, it is now at version ${latest.version}. Reload it and apply your change again.`,
      { currentVersion: latest.version },
    );
  }

  private assertMayEdit(viewer: Viewer, template: ProgramTemplate): void {
    if (viewer.kind !== 'account') throw forbidden('Only clinicians edit program templates.');
    const owns = template.ownerId === null || template.ownerId === viewer.id;
    if (viewer.role !== Role.ADMIN && !owns) {
      throw forbidden(
        'This template belongs to another clinician: only they or an admin may change it. Copy it into a new template instead.',
      );
    }
  }

  private async replaceItems(
    manager: EntityManager,
    templateId: string,
    items: ProgramItemInput[],
  ) {
    const repo = manager.getRepository(ProgramTemplateItem);
    await repo.delete({ templateId });
    await repo.insert(
      items.map((item, position) => ({
        templateId,
        position,
        exerciseId: item.exerciseId,
        ...prescriptionFromInput(item),
      })),
    );
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    action: string,
    template: ProgramTemplate,
    items?: number,
  ) {
    return this.audit.recordAs(
      viewer,
      action,
      { type: 'ProgramTemplate', id: template.id },
      { version: template.version, ...(items === undefined ? {} : { items }) },
      manager,
    );
  }

  private async freeSlug(base: string): Promise<string> {
    const taken = new Set(
      (
        await this.dataSource.query<{ slug: string }[]>(
          `SELECT slug FROM program_template WHERE slug = $1 OR slug LIKE $1 || '-%'`,
          [base],
        )
      ).map((r) => r.slug),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    return slug;
  }

  /** A transaction whose slug clash (two creators at once) is the client's to resolve. */
  private async write<T>(field: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION) {
        throw badUserInput([{ field, message: 'slug is already used by another template' }]);
      }
      throw error;
    }
  }

  /**
   * The library seed's write of one of the clinic's own templates (no owner), in ctx's
   * transaction: created, or rewritten with its version bumped when its content differs.
   */
  async seedTemplate(
    ctx: RequestContext,
    seed: Pick<ProgramTemplate, 'slug' | 'name' | 'description'> & { items: ProgramItemInput[] },
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const manager = ctx.manager ?? this.dataSource.manager;
    const templates = manager.getRepository(ProgramTemplate);
    const { slug, name, description, items } = seed;
    const existing = await templates.findOneBy({ slug });
    if (existing) {
      const stored = await manager
        .getRepository(ProgramTemplateItem)
        .find({ where: { templateId: existing.id }, order: { position: 'ASC' } });
      const same =
        existing.name === name &&
        existing.description === description &&
        JSON.stringify(stored.map((row) => [row.exerciseId, prescriptionOf(row)])) ===
          JSON.stringify(items.map((item) => [item.exerciseId, prescriptionFromInput(item)]));
      if (same) return 'unchanged';
      await templates.update(existing.id, { name, description, version: existing.version + 1 });
    }
    const template =
      existing ?? (await templates.save(templates.create({ slug, name, description })));
    await this.replaceItems(manager, template.id, items);
    const target = { type: 'ProgramTemplate', id: template.id };
    await this.audit.record(ctx, 'PROGRAM_TEMPLATE_SEEDED', target, { items: items.length });
    return existing ? 'updated' : 'created';
  }
}

/** `Runner's knee, phase 1` -> `runners-knee-phase-1`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/g, '');
  return slug || 'program';
}
