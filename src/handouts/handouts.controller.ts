import { Controller, Get, Logger, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { AuthService } from '../auth/auth.service.js';
import { assertRoles } from '../common/access/roles.guard.js';
import { ANONYMOUS, CLINIC_TEAM, type Viewer } from '../common/access/viewer.js';
import { RequestContext } from '../common/context/request-context.js';
import { DEFAULT_LOCALE } from '../translations/locale.js';
import { AccessOutcome, type Handout, HandoutFormat } from './handout.entity.js';
import { type Audience, HandoutPrinting, type PrintNotes } from './handout-printing.js';
import { HandoutsService } from './handouts.service.js';
import { linkGonePage } from './link-gone-page.js';
import { PdfPrintPool, PrintFailed } from './rendering/pdf-print-pool.js';
import { HttpExceptionFilter } from '../common/errors/http-exception.filter.js';
import { ErrorCode, unauthenticated } from '../common/errors/errors.js';

/** Patient data: never cached, never indexed, never leaked through a Referer. */
const PRIVATE = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
};

const PAGE_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PAGE_HEADERS = {
  ...PRIVATE,
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': PAGE_POLICY,
};

/**
 * The printable forms of a handout. `/handouts/:id/...` is for the clinic's team (a signed URL
 * from pdfUrl/printUrl, or a Bearer token; with the patient's name); `/h/:token` is the share link printed as a QR code (no name: links
 * travel). Every opening is recorded, refused ones included. Errors are answered by
 * HttpExceptionFilter, after the private headers every answer of these routes carries.
 */
@Controller()
@UseFilters(HttpExceptionFilter)
export class HandoutsController {
  private readonly logger = new Logger('Handouts');

  constructor(
    private readonly handouts: HandoutsService,
    private readonly printing: HandoutPrinting,
    private readonly auth: AuthService,
    private readonly printers: PdfPrintPool,
  ) {}

  @Get('handouts/:id/pdf')
  teamPdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    return this.forTeam(id, HandoutFormat.PDF, req, res);
  }

  @Get('handouts/:id/print')
  teamPage(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    return this.forTeam(id, HandoutFormat.HTML, req, res);
  }

  @Get('h/:token')
  linkPage(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    return this.forLink(token, HandoutFormat.HTML, req, res);
  }

  @Get('h/:token/pdf')
  linkPdf(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    return this.forLink(token, HandoutFormat.PDF, req, res);
  }

  private async forTeam(id: string, format: HandoutFormat, req: Request, res: Response) {
    res.set(PRIVATE);
    const viewer = await this.teamViewer(id, format, req);
    assertRoles(viewer, CLINIC_TEAM, 'A handout');
    const ctx = RequestContext.of(viewer, req.ip);
    const handout = await this.handouts.find(ctx, id);
    await this.send(ctx, res, handout, format, { kind: 'team' });
    await this.record(ctx, req, handout.id, format, AccessOutcome.SERVED, {
      accountId: viewer.id,
    });
  }

  /**
   * Who opens a team route: the account a signed URL (pdfUrl, printUrl) was made for, as it is
   * now (still active, its role today), or else whoever the Authorization header names. A URL
   * with a signature is decided by it alone.
   */
  private async teamViewer(id: string, format: HandoutFormat, req: Request): Promise<Viewer> {
    const signed = this.handouts.checkSignedUrl(id, format, req.query);
    if (signed.kind === 'unsigned') return this.auth.viewerFor(req.headers);
    if (signed.kind !== 'valid') {
      throw unauthenticated(
        signed.kind === 'expired'
          ? 'This handout URL has expired (they last 5 minutes): ask for pdfUrl or printUrl again.'
          : 'This handout URL is not valid: ask for pdfUrl or printUrl again.',
      );
    }
    const account = await this.auth.findAccount(RequestContext.system(), signed.accountId);
    if (!account?.active) throw unauthenticated('This sign-in has ended: sign in again.');
    return { kind: 'account', id: account.id, role: account.role };
  }

  private async forLink(token: string, format: HandoutFormat, req: Request, res: Response) {
    res.set(PRIVATE);
    // Whoever holds the link: nobody is signed in on these routes.
    const ctx = RequestContext.of(ANONYMOUS, req.ip);
    const link = await this.handouts.findLinkByToken(ctx, token);
    if (!link) {
      res
        .status(404)
        .set(PAGE_HEADERS)
        .send(linkGonePage(DEFAULT_LOCALE, this.printing.clinicName));
      return;
    }
    const handout = await this.handouts.find(ctx, link.handoutId);
    const outcome = link.revokedAt
      ? AccessOutcome.REVOKED
      : link.expiresAt.getTime() <= Date.now()
        ? AccessOutcome.EXPIRED
        : AccessOutcome.SERVED;
    await this.record(ctx, req, handout.id, format, outcome, { linkId: link.id });
    if (outcome !== AccessOutcome.SERVED) {
      res
        .status(410)
        .set(PAGE_HEADERS)
        .send(linkGonePage(handout.locale, this.printing.clinicName));
      return;
    }
    await this.send(ctx, res, handout, format, { kind: 'link', link });
  }

  private async send(
    ctx: RequestContext,
    res: Response,
    handout: Handout,
    format: HandoutFormat,
    audience: Audience,
  ) {
    if (format === HandoutFormat.PDF) {
      this.printers.assertRoom();
      const notes: PrintNotes = { skippedPictures: 0 };
      const pdf = await this.printing.pdf(ctx, handout, audience, notes).catch((error: unknown) => {
        throw error instanceof PrintFailed ? this.printFailed(error) : error;
      });
      res
        .status(200)
        .set({
          ...PRIVATE,
          // Pictures that did not decode are left out rather than failing the whole handout.
          'x-handout-pictures-skipped': String(notes.skippedPictures),
          'content-type': 'application/pdf',
          // No patient name in the file name: downloads folders and logs keep file names.
          'content-disposition': `inline; filename="handout-${handout.issuedOn}-v${handout.version}.pdf"`,
        })
        .send(pdf);
    } else {
      const page = await this.printing.html(ctx, handout, audience);
      res.status(200).set(PAGE_HEADERS).send(page);
    }
  }

  private record(
    ctx: RequestContext,
    req: Request,
    handoutId: string,
    format: HandoutFormat,
    outcome: AccessOutcome,
    who: { linkId?: string; accountId?: string },
  ) {
    return this.handouts.recordAccess(ctx, {
      handoutId,
      format,
      outcome,
      linkId: who.linkId ?? null,
      accountId: who.accountId ?? null,
      ip: req.ip ?? null,
      userAgent: req.get('user-agent')?.slice(0, 300) ?? null,
    });
  }

  /** One line in the log: the cause names the failure, never the handout's text. */
  private printFailed(error: PrintFailed): GraphQLError {
    this.logger.error(error.message);
    return new GraphQLError(
      'This handout could not be printed as a PDF. Its print page still works.',
      { extensions: { code: ErrorCode.PRINT_FAILED, http: { status: 500 } } },
    );
  }
}
