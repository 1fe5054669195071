import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Account } from '../auth/account.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../common/config/app-config.js';
import { Role, type Viewer } from '../common/access/viewer.js';
import { groupBy, requestLoader } from '../common/database/loaders.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../common/database/pg-errors.js';
import { assertUuid, badUserInput, conflict, notFound } from '../common/errors/errors.js';
import {
  type Connection,
  afterKey,
  encodeCursor,
  toConnection,
} from '../common/pagination/connection.js';
import type { ProgramItemInput } from '../programs/program-item.js';
import { ProgramTemplatesService } from '../programs/program-templates.service.js';
import { DEFAULT_LOCALE, type Locale } from '../translations/locale.js';
import { Handout, HandoutAccess, HandoutLink } from './handout.entity.js';
import type {
  CreateHandoutLinkInput,
  HandoutsArgs,
  IssueHandoutInput,
  ReissueHandoutInput,
} from './handout.inputs.js';
import { messagesFor } from './rendering/messages.js';
import { HandoutSnapshotter } from './snapshot.js';

const DAY_MS = 86_400_000;

/**
 * Issuing, reissuing and sharing handouts. A handout is written once with its frozen content and
 * never updated; a reissue is a new version, allowed only from the latest one so two people
 * reissuing at once cannot silently drop each other's version. Audit entries name the handout,
 * never the patient.
 */
@Injectable()
export class HandoutsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshotter: HandoutSnapshotter,
    private readonly templates: ProgramTemplatesService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async find(id: string): Promise<Handout> {
    assertUuid(id);
    const handout = await this.dataSource.getRepository(Handout).findOneBy({ id });
    if (!handout) throw notFound('Handout', id);
    return handout;
  }

  async list(args: HandoutsArgs): Promise<Connection<Handout>> {
    const query = this.dataSource
      .getRepository(Handout)
      .createQueryBuilder('h')
      .orderBy('h.issued_at', 'DESC')
      .addOrderBy('h.id', 'DESC');
    if (args.patientName) {
      const pattern = `%${args.patientName.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('h.patient_name ILIKE :pattern', { pattern });
    }
    if (args.seriesId) query.andWhere('h.series_id = :series', { series: args.seriesId });
    const counter = query.clone();
    const after = afterKey(args.after, 'timestamp');
    if (after) {
      query.andWhere('(h.issued_at, h.id) < (:at::timestamptz, :id)', {
        at: after[0],
        id: after[1],
      });
    }
    const rows = await query.take(args.first + 1).getMany();
    return toConnection(
      rows,
      args.first,
      () => counter.getCount(),
      (h) => ({ cursor: encodeCursor([h.issuedAt.toISOString(), h.id]), node: h }),
    );
  }

  async issue(viewer: Viewer, input: IssueHandoutInput): Promise<Handout> {
    const template = input.templateId ? await this.templates.find({ id: input.templateId }) : null;
    if (template?.archivedAt) {
      throw badUserInput([{ field: 'input.templateId', message: 'the template is archived' }]);
    }
    const items = input.items ?? (template ? await this.templates.program(template.id) : null);
    if (!items) {
      throw badUserInput([
        { field: 'input.items', message: 'give a templateId, items, or both (items win)' },
      ]);
    }
    const locale = input.locale ?? DEFAULT_LOCALE;
    return this.write(viewer, {
      seriesId: randomUUID(),
      version: 1,
      templateId: template?.id ?? null,
      // A template's name is written in English: a handout in another language gets its own title.
      title:
        input.title?.trim() ||
        (template && locale === DEFAULT_LOCALE ? template.name : messagesFor(locale).defaultTitle),
      patientName: input.patientName.trim(),
      issuedOn: input.issuedOn ?? today(),
      clinician: await this.clinician(viewer, input.clinicianId ?? null),
      locale,
      largePrint: input.largePrint ?? false,
      items,
      linkDays: input.linkExpiresInDays ?? this.config.HANDOUT_LINK_DAYS,
      action: 'HANDOUT_ISSUED',
    });
  }

  async reissue(viewer: Viewer, input: ReissueHandoutInput): Promise<Handout> {
    const previous = await this.find(input.id);
    const latest = await this.latestVersion(previous.seriesId);
    if (latest.version !== previous.version) {
      throw conflict(
        `Handout ${previous.id} is version ${previous.version}; version ${latest.version} (${latest.id}) has been issued since. Reissue from it.`,
        { currentVersion: latest.version, latestId: latest.id },
      );
    }
    const locale = input.locale ?? previous.locale;
    const items =
      input.items ??
      previous.content.items.map((item) => ({
        exerciseId: item.exerciseId,
        ...item.prescription,
      }));
    return this.write(viewer, {
      seriesId: previous.seriesId,
      version: previous.version + 1,
      templateId: previous.templateId,
      title:
        input.title?.trim() ||
        (locale !== previous.locale && previous.title === messagesFor(previous.locale).defaultTitle
          ? messagesFor(locale).defaultTitle
          : previous.title),
      patientName: input.patientName?.trim() || previous.patientName,
      issuedOn: input.issuedOn ?? today(),
      clinician: input.clinicianId
        ? await this.clinician(viewer, input.clinicianId)
        : { id: previous.clinicianId, name: previous.clinicianName },
      locale,
      largePrint: input.largePrint ?? previous.largePrint,
      items,
      linkDays: input.linkExpiresInDays ?? this.config.HANDOUT_LINK_DAYS,
      action: 'HANDOUT_REISSUED',
    });
  }

  /** The highest version of a series. */
  async latestVersion(seriesId: string): Promise<Handout> {
    return this.dataSource
      .getRepository(Handout)
      .findOneOrFail({ where: { seriesId }, order: { version: 'DESC' } });
  }

  /** The latest version number of each series of one request, in one statement. */
  latestVersionNumber(context: object, seriesId: string): Promise<number> {
    return requestLoader(context, 'handoutLatest', async (ids: readonly string[]) => {
      const rows = await this.dataSource.query<{ series_id: string; version: number }[]>(
        `SELECT series_id, max(version)::int AS version FROM handout
          WHERE series_id = ANY($1) GROUP BY series_id`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.series_id, r.version]));
      return ids.map((id) => byId.get(id) ?? 0);
    }).load(seriesId);
  }

  links(context: object, handoutId: string): Promise<HandoutLink[]> {
    return requestLoader(context, 'handoutLinks', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(HandoutLink)
        .createQueryBuilder('l')
        .where('l.handout_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('l.created_at', 'DESC')
        .addOrderBy('l.id')
        .getMany();
      return groupBy(ids, rows, (row) => [row.handoutId]);
    }).load(handoutId);
  }

  accesses(handoutId: string, first: number): Promise<HandoutAccess[]> {
    return this.dataSource
      .getRepository(HandoutAccess)
      .find({ where: { handoutId }, order: { id: 'DESC' }, take: first });
  }

  async createLink(viewer: Viewer, input: CreateHandoutLinkInput): Promise<HandoutLink> {
    const handout = await this.find(input.handoutId);
    return this.dataSource.transaction(async (manager) => {
      const link = await this.newLink(
        manager,
        viewer,
        handout.id,
        input.expiresInDays ?? this.config.HANDOUT_LINK_DAYS,
      );
      await this.recordLink(manager, viewer, 'HANDOUT_LINK_CREATED', link);
      return link;
    });
  }

  /** Revoking twice is harmless: the first revocation's time stays. */
  async revokeLink(viewer: Viewer, id: string): Promise<HandoutLink> {
    assertUuid(id);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(HandoutLink);
      await repo
        .createQueryBuilder()
        .update()
        .set({
          revokedAt: () => 'now()',
          revokedById: viewer.kind === 'account' ? viewer.id : null,
        })
        .where('id = :id AND revoked_at IS NULL', { id })
        .execute();
      const link = await repo.findOneBy({ id });
      if (!link) throw notFound('Handout link', id);
      await this.recordLink(manager, viewer, 'HANDOUT_LINK_REVOKED', link);
      return link;
    });
  }

  linkUrl(link: HandoutLink): string {
    return `${this.config.publicUrl}/h/${link.token}`;
  }

  /** The newest link of a handout that still works, for the QR code of a print. */
  async liveLink(handoutId: string): Promise<HandoutLink | null> {
    return this.dataSource
      .getRepository(HandoutLink)
      .createQueryBuilder('l')
      .where('l.handout_id = :handoutId AND l.revoked_at IS NULL AND l.expires_at > now()', {
        handoutId,
      })
      .orderBy('l.expires_at', 'DESC')
      .getOne();
  }

  findLinkByToken(token: string): Promise<HandoutLink | null> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return Promise.resolve(null);
    return this.dataSource.getRepository(HandoutLink).findOneBy({ token });
  }

  async recordAccess(access: Partial<HandoutAccess>): Promise<void> {
    await this.dataSource.getRepository(HandoutAccess).insert(access);
  }

  private async write(viewer: Viewer, v: NewVersion): Promise<Handout> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const content = await this.snapshotter.freeze(v.items, v.locale, 'input.items', manager);
        const handout = await manager.getRepository(Handout).save(
          manager.getRepository(Handout).create({
            seriesId: v.seriesId,
            version: v.version,
            templateId: v.templateId,
            title: v.title,
            patientName: v.patientName,
            issuedOn: v.issuedOn,
            clinicianId: v.clinician.id,
            clinicianName: v.clinician.name,
            locale: v.locale,
            largePrint: v.largePrint,
            content,
            issuedById: (viewer as { id: string }).id,
          }),
        );
        await this.newLink(manager, viewer, handout.id, v.linkDays);
        await this.audit.recordAs(
          viewer,
          v.action,
          { type: 'Handout', id: handout.id },
          {
            seriesId: handout.seriesId,
            version: handout.version,
            items: content.items.length,
            locale: handout.locale,
            templateId: handout.templateId,
          },
          manager,
        );
        return handout;
      });
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION) {
        const latest = await this.latestVersion(v.seriesId);
        throw conflict(
          `Someone reissued this handout at the same time: version ${latest.version} (${latest.id}) exists. Reload it.`,
          { currentVersion: latest.version, latestId: latest.id },
        );
      }
      throw error;
    }
  }

  private async newLink(
    manager: EntityManager,
    viewer: Viewer,
    handoutId: string,
    days: number,
  ): Promise<HandoutLink> {
    const repo = manager.getRepository(HandoutLink);
    return repo.save(
      repo.create({
        handoutId,
        token: randomBytes(24).toString('base64url'),
        expiresAt: new Date(Date.now() + days * DAY_MS),
        createdById: (viewer as { id: string }).id,
      }),
    );
  }

  private recordLink(manager: EntityManager, viewer: Viewer, action: string, link: HandoutLink) {
    return this.audit.recordAs(
      viewer,
      action,
      { type: 'HandoutLink', id: link.id },
      { handoutId: link.handoutId, expiresAt: link.expiresAt.toISOString() },
      manager,
    );
  }

  /** The clinician named on a handout: the one given, or the issuer when they are one. */
  private async clinician(
    viewer: Viewer,
    id: string | null,
  ): Promise<{ id: string; name: string }> {
    const self = viewer.kind === 'account' && viewer.role !== Role.STAFF ? viewer.id : null;
    const wanted = id ?? self;
    if (!wanted) {
      throw badUserInput([
        {
          field: 'input.clinicianId',
          message: 'clinicianId is required when STAFF issue a handout',
        },
      ]);
    }
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: wanted });
    if (!account || !account.active || account.role === Role.STAFF) {
      throw badUserInput([
        { field: 'input.clinicianId', message: 'must be an active clinician account' },
      ]);
    }
    return { id: account.id, name: account.displayName };
  }
}

interface NewVersion {
  seriesId: string;
  version: number;
  templateId: string | null;
  title: string;
  patientName: string;
  issuedOn: string;
  clinician: { id: string; name: string };
  locale: Locale;
  largePrint: boolean;
  items: ProgramItemInput[];
  linkDays: number;
  action: string;
}

/** The clinic's date today (the process's time zone: set TZ to the clinic's). */
function today(): string {
  return new Date().toLocaleDateString('en-CA');
}
