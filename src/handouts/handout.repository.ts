import { containing } from '../common/database/like.js';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context.js';
import type { GraphQLError } from 'graphql';
import { keysetPage, keysetPages } from '../common/database/keyset-page.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest, PageSize } from '../common/pagination/page.args.js';
import { Handout, HandoutAccess, HandoutLink } from './handout.entity.js';

export interface HandoutFilter {
  /** Part of the patient name, any case. */
  patientName?: string | null;
  seriesId?: string | null;
}

/**
 * Every statement on a handout, its share links and its access log, one aggregate. Handouts and
 * accesses are only ever inserted; a link is inserted, then at most revoked.
 */
@Injectable()
export class HandoutRepository {
  constructor(private readonly db: TransactionalConnection) {}

  findById(ctx: RequestContext, id: string): Promise<Handout | null> {
    return this.db.getRepository(ctx, Handout).findOneBy({ id });
  }

  /** Newest first. */
  page(
    ctx: RequestContext,
    filter: HandoutFilter,
    page: PageRequest,
  ): Promise<Connection<Handout>> {
    const query = this.db.getRepository(ctx, Handout).createQueryBuilder('h');
    if (filter.patientName) {
      const pattern = containing(filter.patientName);
      query.andWhere('h.patient_name ILIKE :pattern', { pattern });
    }
    if (filter.seriesId) query.andWhere('h.series_id = :series', { series: filter.seriesId });
    return keysetPage(
      query,
      {
        list: 'handouts',
        sort: 'h.issued_at',
        id: 'h.id',
        direction: 'DESC',
        sortValue: 'timestamp',
      },
      page,
    );
  }

  /** The highest version of a series. */
  latest(ctx: RequestContext, seriesId: string): Promise<Handout> {
    return this.db
      .getRepository(ctx, Handout)
      .findOneOrFail({ where: { seriesId }, order: { version: 'DESC' } });
  }

  /** The latest version number of each series, in the order of `seriesIds` (0 if none). */
  async latestVersions(ctx: RequestContext, seriesIds: readonly string[]): Promise<number[]> {
    const rows = await this.db.manager(ctx).query<{ series_id: string; version: number }[]>(
      `SELECT series_id, max(version)::int AS version FROM handout
          WHERE series_id = ANY($1) GROUP BY series_id`,
      [[...seriesIds]],
    );
    const byId = new Map(rows.map((r) => [r.series_id, r.version]));
    return seriesIds.map((id) => byId.get(id) ?? 0);
  }

  insert(ctx: RequestContext, handout: Partial<Handout>): Promise<Handout> {
    const repo = this.db.getRepository(ctx, Handout);
    return repo.save(repo.create(handout));
  }

  /** The links of several handouts, newest first. */
  linksOf(ctx: RequestContext, handoutIds: readonly string[]): Promise<HandoutLink[]> {
    return this.db
      .getRepository(ctx, HandoutLink)
      .createQueryBuilder('l')
      .where('l.handout_id = ANY(:ids)', { ids: [...handoutIds] })
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id')
      .getMany();
  }

  /** The newest link of a handout that still works. */
  liveLink(ctx: RequestContext, handoutId: string): Promise<HandoutLink | null> {
    return this.db
      .getRepository(ctx, HandoutLink)
      .createQueryBuilder('l')
      .where('l.handout_id = :handoutId AND l.revoked_at IS NULL AND l.expires_at > now()', {
        handoutId,
      })
      .orderBy('l.expires_at', 'DESC')
      .getOne();
  }

  findLinkByToken(ctx: RequestContext, token: string): Promise<HandoutLink | null> {
    return this.db.getRepository(ctx, HandoutLink).findOneBy({ token });
  }

  insertLink(ctx: RequestContext, link: Partial<HandoutLink>): Promise<HandoutLink> {
    const repo = this.db.getRepository(ctx, HandoutLink);
    return repo.save(repo.create(link));
  }

  /** Stamps the link revoked unless it already is (the first revocation's time stays). */
  async revokeLink(
    ctx: RequestContext,
    id: string,
    revokedById: string | null,
  ): Promise<HandoutLink | null> {
    const repo = this.db.getRepository(ctx, HandoutLink);
    await repo
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedById })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    return repo.findOneBy({ id });
  }

  /** Newest first. */
  accesses(ctx: RequestContext, handoutId: string, first: number): Promise<HandoutAccess[]> {
    return this.db
      .getRepository(ctx, HandoutAccess)
      .find({ where: { handoutId }, order: { id: 'DESC' }, take: first });
  }

  /** The same page of the access logs of several handouts, newest first, in one statement. */
  accessPages(
    ctx: RequestContext,
    handoutIds: readonly string[],
    page: PageRequest,
    size: PageSize,
  ): Promise<(Connection<HandoutAccess> | GraphQLError)[]> {
    return keysetPages(
      this.db.getRepository(ctx, HandoutAccess).createQueryBuilder('x'),
      {
        list: 'accessLog',
        sort: 'x.accessed_at',
        id: 'x.id',
        direction: 'DESC',
        sortValue: 'timestamp',
        idValue: 'bigint',
      },
      { column: 'x.handout_id', ids: handoutIds },
      page,
      size,
    );
  }

  async insertAccess(ctx: RequestContext, access: Partial<HandoutAccess>): Promise<void> {
    await this.db.getRepository(ctx, HandoutAccess).insert(access);
  }
}
