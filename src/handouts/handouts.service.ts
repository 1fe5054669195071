import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { AppConfig } from '../common/config/app-config.js';
import { accountId, Role } from '../common/access/viewer.js';
import type { RequestContext } from '../common/context/request-context.js';
import { groupBy } from '../common/database/loaders.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../common/database/pg-errors.js';
import { TransactionalConnection } from '../common/database/transactional-connection.js';
import { assertUuid, badUserInput, conflict, notFound } from '../common/errors/errors.js';
import type { Connection } from '../common/pagination/connection.js';
import type { PageRequest } from '../common/pagination/page.args.js';
import type { ProgramItemInput } from '../programs/dto/program-item.input.js';
import type { GuidanceText } from '../programs/guidance.js';
import { ProgramTemplatesService } from '../programs/program-templates.service.js';
import { DEFAULT_LOCALE, type Locale } from '../translations/locale.js';
import { ACCESS_LOG_PAGE } from './dto/access-log.args.js';
import type { CreateHandoutLinkInput } from './dto/create-handout-link.input.js';
import type { HandoutsArgs } from './dto/handouts.args.js';
import type { IssueHandoutInput } from './dto/issue-handout.input.js';
import type { ReissueHandoutInput } from './dto/reissue-handout.input.js';
import {
  type Handout,
  type HandoutAccess,
  HandoutFormat,
  type HandoutLink,
  type PaperSize,
} from './handout.entity.js';
import { HandoutRepository } from './handout.repository.js';
import { messagesFor } from './rendering/messages.js';
import { type SignedCheck, UrlSigner } from './signed-url.js';
import { HandoutSnapshotter } from './snapshot.js';

const DAY_MS = 86_400_000;

/** The team's route of each format (HandoutsController). */
const TEAM_ROUTE: Record<HandoutFormat, string> = {
  [HandoutFormat.PDF]: 'pdf',
  [HandoutFormat.HTML]: 'print',
};

/**
 * Issuing, reissuing and sharing handouts. A handout is written once with its frozen content and
 * never updated; a reissue is a new version, allowed only from the latest one so two people
 * reissuing at once cannot silently drop each other's version. Audit entries name the handout,
 * never the patient.
 */
@Injectable()
export class HandoutsService {
  private readonly signer: UrlSigner;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly handouts: HandoutRepository,
    private readonly snapshotter: HandoutSnapshotter,
    private readonly templates: ProgramTemplatesService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    // Without JWT_SECRET (never in production) signed URLs last until restart, like sign-ins.
    this.signer = new UrlSigner(config.JWT_SECRET ?? randomBytes(32).toString('hex'));
  }

  /** `handout(id:)`: the handout, or null when there is none (a malformed id is BAD_USER_INPUT). */
  lookup(ctx: RequestContext, id: string): Promise<Handout | null> {
    return this.handouts.findById(ctx, assertUuid(id));
  }

  async find(ctx: RequestContext, id: string): Promise<Handout> {
    assertUuid(id);
    const handout = await this.handouts.findById(ctx, id);
    if (!handout) throw notFound('Handout', id);
    return handout;
  }

  list(ctx: RequestContext, args: HandoutsArgs): Promise<Connection<Handout>> {
    return this.handouts.page(ctx, args, args);
  }

  async issue(ctx: RequestContext, input: IssueHandoutInput): Promise<Handout> {
    const template = input.templateId
      ? await this.templates.find(ctx, { id: input.templateId })
      : null;
    if (template?.archivedAt) {
      throw badUserInput([{ field: 'input.templateId', message: 'the template is archived' }]);
    }
    const items = input.items ?? (template ? await this.templates.program(ctx, template.id) : null);
    if (!items) {
      throw badUserInput([
        { field: 'input.items', message: 'give a templateId, items, or both (items win)' },
      ]);
    }
    const locale = input.locale ?? DEFAULT_LOCALE;
    return this.write(ctx, {
      seriesId: randomUUID(),
      version: 1,
      templateId: template?.id ?? null,
      // A template's name is written in English: a handout in another language gets its own title.
      title:
        input.title?.trim() ||
        (template && locale === DEFAULT_LOCALE ? template.name : messagesFor(locale).defaultTitle),
      patientName: input.patientName.trim(),
      issuedOn: input.issuedOn ?? today(),
      clinician: await this.clinician(ctx, input.clinicianId ?? null),
      locale,
      largePrint: input.largePrint ?? false,
      paperSize: input.paperSize ?? (this.config.HANDOUT_PAPER_SIZE as PaperSize),
      items,
      guidance: template ? this.templates.guidance(template, locale) : null,
      linkDays: input.linkExpiresInDays ?? this.config.HANDOUT_LINK_DAYS,
      action: 'HANDOUT_ISSUED',
    });
  }

  async reissue(ctx: RequestContext, input: ReissueHandoutInput): Promise<Handout> {
    const previous = await this.find(ctx, input.id);
    const latest = await this.handouts.latest(ctx, previous.seriesId);
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
    // The template's guidance as it reads now, like the exercises' text.
    const template = previous.templateId
      ? await this.templates.load(ctx, previous.templateId)
      : null;
    return this.write(ctx, {
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
        ? await this.clinician(ctx, input.clinicianId)
        : { id: previous.clinicianId, name: previous.clinicianName },
      locale,
      largePrint: input.largePrint ?? previous.largePrint,
      paperSize:
        input.paperSize ?? previous.paperSize ?? (this.config.HANDOUT_PAPER_SIZE as PaperSize),
      items,
      guidance: template ? this.templates.guidance(template, locale) : null,
      linkDays: input.linkExpiresInDays ?? this.config.HANDOUT_LINK_DAYS,
      action: 'HANDOUT_REISSUED',
    });
  }

  /** The latest version number of each series of one request, in one statement. */
  latestVersionNumber(ctx: RequestContext, seriesId: string): Promise<number> {
    return ctx
      .loader('handoutLatest', (ids: readonly string[]) => this.handouts.latestVersions(ctx, ids))
      .load(seriesId);
  }

  links(ctx: RequestContext, handoutId: string): Promise<HandoutLink[]> {
    return ctx
      .loader('handoutLinks', async (ids: readonly string[]) =>
        groupBy(ids, await this.handouts.linksOf(ctx, ids), (row) => [row.handoutId]),
      )
      .load(handoutId);
  }

  /**
   * A page of a handout's openings, newest first; batched across the handouts of one request
   * that ask for the same page (a list of handouts with their logs costs one statement).
   */
  accessLog(
    ctx: RequestContext,
    handoutId: string,
    page: PageRequest,
  ): Promise<Connection<HandoutAccess>> {
    const { first, after, last, before } = page;
    return ctx
      .loader<string, Connection<HandoutAccess>>(
        `handoutAccessLog:${JSON.stringify([first, after, last, before])}`,
        (ids) => this.handouts.accessPages(ctx, ids, page, ACCESS_LOG_PAGE),
      )
      .load(handoutId);
  }

  accesses(ctx: RequestContext, handoutId: string, first: number): Promise<HandoutAccess[]> {
    return this.handouts.accesses(ctx, handoutId, first);
  }

  async createLink(ctx: RequestContext, input: CreateHandoutLinkInput): Promise<HandoutLink> {
    const handout = await this.find(ctx, input.handoutId);
    return this.db.withTransaction(ctx, async (ctx) => {
      const link = await this.newLink(
        ctx,
        handout.id,
        input.expiresInDays ?? this.config.HANDOUT_LINK_DAYS,
      );
      await this.recordLink(ctx, 'HANDOUT_LINK_CREATED', link);
      return link;
    });
  }

  /** Revoking twice is harmless: the first revocation's time stays. */
  async revokeLink(ctx: RequestContext, id: string): Promise<HandoutLink> {
    assertUuid(id);
    return this.db.withTransaction(ctx, async (ctx) => {
      const link = await this.handouts.revokeLink(ctx, id, accountId(ctx.viewer));
      if (!link) throw notFound('Handout link', id);
      await this.recordLink(ctx, 'HANDOUT_LINK_REVOKED', link);
      return link;
    });
  }

  /**
   * The absolute URL of the team's PDF or print page of a handout, signed for the viewer so it
   * opens in a browser for SIGNED_URL_TTL_SECONDS; the same path also takes an Authorization
   * header without the query.
   */
  teamUrl(ctx: RequestContext, handoutId: string, format: HandoutFormat): string {
    const url = `${this.config.publicUrl}/handouts/${handoutId}/${TEAM_ROUTE[format]}`;
    const viewer = ctx.viewer;
    return viewer.kind === 'account'
      ? `${url}?${this.signer.query(handoutId, format, viewer.id)}`
      : url;
  }

  /** What a request's query says about opening `handoutId` in `format` (see UrlSigner.check). */
  checkSignedUrl(
    handoutId: string,
    format: HandoutFormat,
    query: Record<string, unknown>,
  ): SignedCheck {
    return this.signer.check(handoutId, format, query);
  }

  linkUrl(link: HandoutLink): string {
    return `${this.config.publicUrl}/h/${link.token}`;
  }

  /** The newest link of a handout that still works, for the QR code of a print. */
  liveLink(ctx: RequestContext, handoutId: string): Promise<HandoutLink | null> {
    return this.handouts.liveLink(ctx, handoutId);
  }

  findLinkByToken(ctx: RequestContext, token: string): Promise<HandoutLink | null> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return Promise.resolve(null);
    return this.handouts.findLinkByToken(ctx, token);
  }

  recordAccess(ctx: RequestContext, access: Partial<HandoutAccess>): Promise<void> {
    return this.handouts.insertAccess(ctx, access);
  }

  private async write(ctx: RequestContext, v: NewVersion): Promise<Handout> {
    try {
      return await this.db.withTransaction(ctx, async (ctx) => {
        const frozen = await this.snapshotter.freeze(ctx, v.items, v.locale, 'input.items');
        const content = v.guidance ? { ...frozen, guidance: v.guidance } : frozen;
        const handout = await this.handouts.insert(ctx, {
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
          paperSize: v.paperSize,
          content,
          issuedById: (ctx.viewer as { id: string }).id,
        });
        await this.newLink(ctx, handout.id, v.linkDays);
        await this.audit.record(
          ctx,
          v.action,
          { type: 'Handout', id: handout.id },
          {
            seriesId: handout.seriesId,
            version: handout.version,
            items: content.items.length,
            locale: handout.locale,
            templateId: handout.templateId,
          },
        );
        return handout;
      });
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION) {
        const latest = await this.handouts.latest(ctx, v.seriesId);
        throw conflict(
          `Someone reissued this handout at the same time: version ${latest.version} (${latest.id}) exists. Reload it.`,
          { currentVersion: latest.version, latestId: latest.id },
        );
      }
      throw error;
    }
  }

  private newLink(ctx: RequestContext, handoutId: string, days: number): Promise<HandoutLink> {
    return this.handouts.insertLink(ctx, {
      handoutId,
      token: randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + days * DAY_MS),
      createdById: (ctx.viewer as { id: string }).id,
    });
  }

  private recordLink(ctx: RequestContext, action: string, link: HandoutLink) {
    return this.audit.record(
      ctx,
      action,
      { type: 'HandoutLink', id: link.id },
      { handoutId: link.handoutId, expiresAt: link.expiresAt.toISOString() },
    );
  }

  /** The clinician named on a handout: the one given, or the issuer when they are one. */
  private async clinician(
    ctx: RequestContext,
    id: string | null,
  ): Promise<{ id: string; name: string }> {
    const viewer = ctx.viewer;
    const self = viewer.kind === 'account' && viewer.role !== Role.STAFF ? viewer.id : null;
    const wanted = id ?? self;
    if (!wanted) {
      throw badUserInput([
        {
          field: 'input.clinicianId',
          message:
            'clinicianId is required when STAFF issue a handout (the clinicians query lists them)',
        },
      ]);
    }
    const account = await this.auth.findAccount(ctx, wanted);
    if (!account || !this.auth.isClinician(account)) {
      throw badUserInput([
        {
          field: 'input.clinicianId',
          message: 'must be an active clinician account (the clinicians query lists them)',
        },
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
  /** Stored at issue, so a later change of HANDOUT_PAPER_SIZE does not re-lay out a handout. */
  paperSize: PaperSize;
  items: ProgramItemInput[];
  /** The template's patient guidance in the handout's language, or null. */
  guidance: GuidanceText | null;
  linkDays: number;
  action: string;
}

/** The clinic's date today (the process's time zone: set TZ to the clinic's). */
function today(): string {
  return new Date().toLocaleDateString('en-CA');
}
