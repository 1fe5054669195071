import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { accountId, Role } from '../common/access/viewer.js';
import type { RequestContext } from '../common/context/request-context.js';
import { lookupKey } from '../common/graphql/lookup.js';
import { versionRead } from '../common/graphql/dto/version-ref.input.js';
import { groupBy } from '../common/database/loaders.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../common/database/pg-errors.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import {
  assertUuid,
  badUserInput,
  conflict,
  forbidden,
  notFound,
} from '../common/errors/errors.js';
import type { Connection } from '../common/pagination/connection.js';
import type { CreateProgramTemplateInput } from './dto/create-program-template.input.js';
import type { ProgramTemplateRefArgs } from './dto/program-template-ref.args.js';
import type { ProgramTemplatesArgs } from './dto/program-templates.args.js';
import type { UpdateProgramTemplateInput } from './dto/update-program-template.input.js';
import { type ProgramItemInput } from './dto/program-item.input.js';
import { guidanceFor, listTranslations, translationsFrom, type GuidanceText } from './guidance.js';
import { prescriptionFromInput } from './program-item.js';
import { prescriptionOf, ProgramTemplate, ProgramTemplateItem } from './program-template.entity.js';
import { ProgramTemplateRepository } from './program-template.repository.js';
import { firstFreeSlug, slugify } from '../common/slug.js';
import type { Locale } from '../translations/locale.js';

/**
 * Program templates: clinicians own theirs (the owner or an admin edits it); the clinic's own
 * templates, from the seeds, have no owner and any clinician may edit them. Every change is
 * conditional on the version read and is audited in its transaction.
 */
@Injectable()
export class ProgramTemplatesService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly templates: ProgramTemplateRepository,
    private readonly exercises: ExercisesService,
    private readonly audit: AuditService,
  ) {}

  async find(
    ctx: RequestContext,
    key: { id?: string | null; slug?: string | null },
  ): Promise<ProgramTemplate> {
    if (!key.id === !key.slug) {
      throw badUserInput([{ field: 'id', message: 'give exactly one of id and slug' }]);
    }
    if (key.id) assertUuid(key.id);
    const template = await this.templates.findOne(
      ctx,
      key.id ? { id: key.id } : { slug: key.slug as string },
    );
    if (!template) throw notFound('Program template', (key.id ?? key.slug) as string);
    return template;
  }

  /** Whether a template has this slug, archived ones included (seeding never recreates one). */
  async existsBySlug(ctx: RequestContext, slug: string): Promise<boolean> {
    return (await this.templates.findOne(ctx, { slug })) !== null;
  }

  /**
   * `programTemplate(by:)`: the template, or null when there is none. The deprecated `id`/`slug`
   * arguments still answer NOT_FOUND instead.
   */
  async lookup(ctx: RequestContext, args: ProgramTemplateRefArgs): Promise<ProgramTemplate | null> {
    const { key, legacy } = lookupKey(args);
    if (legacy) return this.find(ctx, key);
    if (key.id) assertUuid(key.id, 'by.id');
    return this.templates.findOne(ctx, key.id ? { id: key.id } : { slug: key.slug as string });
  }

  /** A template by id, batched across one request (the templates of a list of handouts). */
  load(ctx: RequestContext, id: string): Promise<ProgramTemplate | null> {
    return ctx
      .loader('templateById', async (ids: readonly string[]) => {
        const byId = new Map((await this.templates.findByIds(ctx, ids)).map((t) => [t.id, t]));
        return ids.map((key) => byId.get(key) ?? null);
      })
      .load(id);
  }

  list(ctx: RequestContext, args: ProgramTemplatesArgs): Promise<Connection<ProgramTemplate>> {
    return this.templates.page(
      ctx,
      {
        includeArchived: args.includeArchived,
        ...(args.mine ? { ownerId: accountId(ctx.viewer) } : {}),
      },
      args,
    );
  }

  /** A template's items in order, batched across the templates of one request. */
  items(ctx: RequestContext, templateId: string): Promise<ProgramTemplateItem[]> {
    return ctx
      .loader('templateItems', async (ids: readonly string[]) =>
        groupBy(ids, await this.templates.itemsOf(ctx, ids), (row) => [row.templateId]),
      )
      .load(templateId);
  }

  /** A template's items as a program to issue, in order. */
  async program(ctx: RequestContext, templateId: string): Promise<ProgramItemInput[]> {
    const rows = await this.templates.itemsOf(ctx, [templateId]);
    return rows.map((row) => ({ exerciseId: row.exerciseId, ...prescriptionOf(row) }));
  }

  async create(ctx: RequestContext, input: CreateProgramTemplateInput): Promise<ProgramTemplate> {
    await this.exercises.requirePublished(
      ctx,
      input.items.map((i) => i.exerciseId),
      'input.items',
    );
    const slug = input.slug ?? (await this.freeSlug(ctx, slugify(input.name, 'program')));
    const guidance = guidanceChange(null, input);
    return this.write(ctx, 'input.slug', async (ctx) => {
      const template = await this.templates.insert(ctx, {
        slug,
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
        ...guidance,
        ownerId: accountId(ctx.viewer),
      });
      await this.replaceItems(ctx, template.id, input.items);
      await this.record(ctx, 'PROGRAM_TEMPLATE_CREATED', template, input.items.length);
      return template;
    });
  }

  async update(ctx: RequestContext, input: UpdateProgramTemplateInput): Promise<ProgramTemplate> {
    const current = await this.find(ctx, { id: input.id });
    this.assertMayEdit(ctx, current);
    if (input.items) {
      await this.exercises.requirePublished(
        ctx,
        input.items.map((i) => i.exerciseId),
        'input.items',
      );
    }
    const changes: Partial<ProgramTemplate> = {};
    if (input.name) changes.name = input.name.trim();
    if (input.description !== undefined && input.description !== null) {
      changes.description = input.description.trim();
    }
    Object.assign(changes, guidanceChange(current, input));
    return this.change(ctx, input.id, versionRead(input), changes, 'PROGRAM_TEMPLATE_UPDATED', {
      items: input.items ?? undefined,
    });
  }

  async archive(ctx: RequestContext, id: string, version: number, archived: boolean) {
    const current = await this.find(ctx, { id });
    this.assertMayEdit(ctx, current);
    return this.change(
      ctx,
      id,
      version,
      { archivedAt: archived ? new Date() : null },
      archived ? 'PROGRAM_TEMPLATE_ARCHIVED' : 'PROGRAM_TEMPLATE_RESTORED',
    );
  }

  /** The guidance a handout in `locale` prints from this template, or null when it has none. */
  guidance(template: ProgramTemplate, locale: Locale): GuidanceText | null {
    return guidanceFor(template.guidance, template.guidanceByLocale, locale);
  }

  /**
   * The library seed's write of one of the clinic's own templates (no owner), in ctx's
   * transaction: created, or rewritten with its version bumped when its content differs.
   */
  async seedTemplate(
    ctx: RequestContext,
    seed: Pick<ProgramTemplate, 'slug' | 'name' | 'description'> &
      GuidanceInput & { items: ProgramItemInput[] },
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const { slug, name, description, items } = seed;
    const guidance = guidanceChange(null, seed);
    const existing = await this.templates.findOne(ctx, { slug });
    if (existing) {
      const stored = await this.templates.itemsOf(ctx, [existing.id]);
      const same =
        existing.name === name &&
        existing.description === description &&
        existing.guidance === guidance.guidance &&
        JSON.stringify(listTranslations(existing.guidance, existing.guidanceByLocale)) ===
          JSON.stringify(listTranslations(guidance.guidance, guidance.guidanceByLocale)) &&
        JSON.stringify(stored.map((row) => [row.exerciseId, prescriptionOf(row)])) ===
          JSON.stringify(items.map((item) => [item.exerciseId, prescriptionFromInput(item)]));
      if (same) return 'unchanged';
      await this.templates.update(ctx, existing.id, {
        name,
        description,
        ...guidance,
        version: existing.version + 1,
      });
    }
    const template =
      existing ?? (await this.templates.insert(ctx, { slug, name, description, ...guidance }));
    await this.replaceItems(ctx, template.id, items);
    const target = { type: 'ProgramTemplate', id: template.id };
    await this.audit.record(ctx, 'PROGRAM_TEMPLATE_SEEDED', target, { items: items.length });
    return existing ? 'updated' : 'created';
  }

  private async change(
    ctx: RequestContext,
    id: string,
    version: number,
    changes: Partial<ProgramTemplate>,
    action: string,
    extra: { items?: ProgramItemInput[] } = {},
  ): Promise<ProgramTemplate> {
    const updated = await this.write(ctx, 'input', async (ctx) => {
      const template = await this.templates.updateIfVersion(ctx, id, version, changes);
      if (!template) return null;
      if (extra.items) await this.replaceItems(ctx, id, extra.items);
      await this.record(ctx, action, template, extra.items?.length);
      return template;
    });
    if (updated) return updated;
    const latest = await this.find(ctx, { id });
    throw conflict(
      `Program template ${id} was changed by someone else: you edited version ${version}, it is now at version ${latest.version}. Reload it and apply your change again.`,
      { currentVersion: latest.version },
    );
  }

  private assertMayEdit(ctx: RequestContext, template: ProgramTemplate): void {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'account') throw forbidden('Only clinicians edit program templates.');
    const owns = template.ownerId === null || template.ownerId === viewer.id;
    if (viewer.role !== Role.ADMIN && !owns) {
      throw forbidden(
        'This template belongs to another clinician: only they or an admin may change it. Copy it into a new template instead.',
      );
    }
  }

  private replaceItems(ctx: RequestContext, templateId: string, items: ProgramItemInput[]) {
    return this.templates.replaceItems(
      ctx,
      templateId,
      items.map((item) => ({ exerciseId: item.exerciseId, ...prescriptionFromInput(item) })),
    );
  }

  private record(ctx: RequestContext, action: string, template: ProgramTemplate, items?: number) {
    return this.audit.record(
      ctx,
      action,
      { type: 'ProgramTemplate', id: template.id },
      { version: template.version, ...(items === undefined ? {} : { items }) },
    );
  }

  private async freeSlug(ctx: RequestContext, base: string): Promise<string> {
    return firstFreeSlug(base, await this.templates.slugsLike(ctx, base));
  }

  /** A transaction whose slug clash (two creators at once) is the client's to resolve. */
  private async write<T>(
    ctx: RequestContext,
    field: string,
    work: (ctx: RequestContext) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.withTransaction(ctx, work);
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION) {
        throw badUserInput([{ field, message: 'slug is already used by another template' }]);
      }
      throw error;
    }
  }
}

/** The guidance fields of a create, an update or a seed record. */
type GuidanceInput = {
  guidance?: string | null;
  guidanceTranslations?: { locale: Locale; text: string }[] | null;
};

/**
 * The guidance columns after a create (`current` null) or an update: the English trimmed, and the
 * translations rewritten when sent (each written from the new English), kept when left out (then
 * outdated if the English changed), removed with the English ("" removes both). Translations of
 * no English are refused, naming the field.
 */
function guidanceChange(
  current: ProgramTemplate | null,
  input: GuidanceInput,
): Pick<ProgramTemplate, 'guidance' | 'guidanceByLocale'> {
  const english =
    input.guidance !== undefined && input.guidance !== null
      ? input.guidance.trim()
      : (current?.guidance ?? '');
  if (input.guidanceTranslations) {
    if (!english && input.guidanceTranslations.length > 0) {
      throw badUserInput([
        {
          field: 'input.guidanceTranslations',
          message:
            'guidanceTranslations need the English guidance they translate: send guidance too',
        },
      ]);
    }
    return {
      guidance: english,
      guidanceByLocale: translationsFrom(english, input.guidanceTranslations),
    };
  }
  return { guidance: english, guidanceByLocale: english ? (current?.guidanceByLocale ?? {}) : {} };
}
