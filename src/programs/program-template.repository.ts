import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { keysetPage } from '../common/database/keyset-page.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { updateIfVersion } from '../common/database/update-if-version.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest } from '../common/pagination/page.args.js';
import { type ItemPrescription } from './models/item-prescription.model.js';
import { ProgramTemplate, ProgramTemplateItem } from './program-template.entity.js';

export interface TemplateFilter {
  includeArchived: boolean;
  /** Only this owner's templates when given; null (an app's) matches none. */
  ownerId?: string | null;
}

/** A template's item as written: the exercise and its prescription, in program order. */
export type NewItem = { exerciseId: string } & ItemPrescription;

/** Every statement on a program template and its items, one aggregate. */
@Injectable()
export class ProgramTemplateRepository {
  constructor(private readonly db: TransactionalConnection) {}

  findOne(
    ctx: RequestContext,
    key: { id: string } | { slug: string },
  ): Promise<ProgramTemplate | null> {
    return this.db.getRepository(ctx, ProgramTemplate).findOneBy(key);
  }

  findByIds(ctx: RequestContext, ids: readonly string[]): Promise<ProgramTemplate[]> {
    return this.db.getRepository(ctx, ProgramTemplate).findBy({ id: In([...ids]) });
  }

  /** By name, byte order (the same for every locale's collation). */
  page(
    ctx: RequestContext,
    filter: TemplateFilter,
    page: PageRequest,
  ): Promise<Connection<ProgramTemplate>> {
    const query = this.db.getRepository(ctx, ProgramTemplate).createQueryBuilder('t');
    if (!filter.includeArchived) query.andWhere('t.archived_at IS NULL');
    if (filter.ownerId !== undefined) {
      query.andWhere('t.owner_id = :owner', { owner: filter.ownerId });
    }
    return keysetPage(
      query,
      {
        list: 'programTemplates',
        sort: 't.name COLLATE "C"',
        id: 't.id',
        direction: 'ASC',
        sortValue: 'text',
      },
      page,
    );
  }

  /** The items of several templates, each template's in order. */
  itemsOf(ctx: RequestContext, templateIds: readonly string[]): Promise<ProgramTemplateItem[]> {
    return this.db
      .getRepository(ctx, ProgramTemplateItem)
      .createQueryBuilder('i')
      .where('i.template_id = ANY(:ids)', { ids: [...templateIds] })
      .orderBy('i.position')
      .getMany();
  }

  /** The slugs `base` would clash with: itself and its numbered variants. */
  async slugsLike(ctx: RequestContext, base: string): Promise<Set<string>> {
    const rows = await this.db
      .manager(ctx)
      .query<{ slug: string }[]>(
        `SELECT slug FROM program_template WHERE slug = $1 OR slug LIKE $1 || '-%'`,
        [base],
      );
    return new Set(rows.map((r) => r.slug));
  }

  insert(ctx: RequestContext, template: Partial<ProgramTemplate>): Promise<ProgramTemplate> {
    const repo = this.db.getRepository(ctx, ProgramTemplate);
    return repo.save(repo.create(template));
  }

  /** The changed template, or null when it is no longer at `version`. */
  updateIfVersion(
    ctx: RequestContext,
    id: string,
    version: number,
    changes: Partial<ProgramTemplate>,
  ): Promise<ProgramTemplate | null> {
    return updateIfVersion(this.db.manager(ctx), ProgramTemplate, { id }, version, changes);
  }

  /** An unconditional write, for the seed: the clinic's own templates are its to rewrite. */
  async update(
    ctx: RequestContext,
    id: string,
    changes: Pick<
      ProgramTemplate,
      'name' | 'description' | 'guidance' | 'guidanceByLocale' | 'version'
    >,
  ): Promise<void> {
    await this.db.getRepository(ctx, ProgramTemplate).update(id, changes);
  }

  /** Replaces the whole list: positions follow the order of `items`. */
  async replaceItems(ctx: RequestContext, templateId: string, items: NewItem[]): Promise<void> {
    const repo = this.db.getRepository(ctx, ProgramTemplateItem);
    await repo.delete({ templateId });
    await repo.insert(items.map((item, position) => ({ templateId, position, ...item })));
  }
}
