import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import type { RequestContext } from '../common/context/request-context.js';
import { MediaService } from '../media/media.service.js';
import { mediaPath } from '../media/storage.js';
import { loadBranding } from './branding.js';
import type { ClinicBranding, RenderableHandout } from './handout-content.js';
import { type Handout, HandoutFormat, type HandoutLink } from './handout.entity.js';
import { HandoutsService } from './handouts.service.js';
import { PrintPictures } from './print-pictures.js';
import { HandoutRenderer } from './rendering/handout-renderer.js';

/** Who a print is for: the clinic's team (with the patient's name) or whoever holds a link. */
export type Audience = { kind: 'team' } | { kind: 'link'; link: HandoutLink };

/** What one render left out, for the caller to tell (a header): pictures that did not decode. */
export interface PrintNotes {
  skippedPictures: number;
}

/** Turns a stored handout into a PDF or a web page, always from its frozen content. */
@Injectable()
export class HandoutPrinting {
  private readonly branding: ClinicBranding;

  constructor(
    config: AppConfig,
    private readonly handouts: HandoutsService,
    private readonly renderer: HandoutRenderer,
    private readonly media: MediaService,
    private readonly printPictures: PrintPictures,
  ) {
    this.branding = loadBranding(config);
  }

  get clinicName(): string {
    return this.branding.name;
  }

  /** The PDF; `notes`, when given, learns what was left out of it. */
  async pdf(
    ctx: RequestContext,
    handout: Handout,
    audience: Audience,
    notes?: PrintNotes,
  ): Promise<Buffer> {
    return this.renderer.renderPdf(await this.renderable(ctx, handout, audience, notes ?? true));
  }

  async html(ctx: RequestContext, handout: Handout, audience: Audience): Promise<string> {
    return this.renderer.renderHtml(await this.renderable(ctx, handout, audience, false));
  }

  private async renderable(
    ctx: RequestContext,
    handout: Handout,
    audience: Audience,
    withBytes: PrintNotes | boolean,
  ): Promise<RenderableHandout> {
    const link =
      audience.kind === 'link' ? audience.link : await this.handouts.liveLink(ctx, handout.id);
    const onlineUrl = link ? this.handouts.linkUrl(link) : null;
    const items = handout.content.items;
    const allKeys = [...new Set(items.flatMap((i) => (i.picture ? [i.picture.storageKey] : [])))];
    // Pictures media:check found damaged are left out of the PDF and the page alike, and so are
    // those no item with a confirmed licence shows (issued before licences were checked).
    const { damaged, unverified } = await this.media.unprintableKeys(ctx, allKeys);
    const keys = allKeys.filter((key) => !damaged.has(key) && !unverified.has(key));
    let pictures = new Map<string, Buffer>();
    if (withBytes) {
      // Print-ready JPEGs (WebP pictures included), never the stored bytes: see PrintPictures.
      const printable = await this.printPictures.forKeys(keys);
      pictures = printable.pictures;
      if (typeof withBytes === 'object') {
        withBytes.skippedPictures = printable.skipped + damaged.size;
      }
    }
    return {
      id: handout.id,
      title: handout.title,
      patientName: audience.kind === 'team' ? handout.patientName : null,
      issuedOn: handout.issuedOn,
      clinicianName: handout.clinicianName,
      locale: handout.locale,
      largePrint: handout.largePrint,
      version: handout.version,
      items,
      guidance: handout.content.guidance?.text ?? null,
      pictures,
      pictureUrls: new Map(keys.map((key) => [key, mediaPath(key)])),
      onlineUrl,
      // The team's page was opened in a browser: its PDF link is signed like pdfUrl.
      pdfUrl:
        audience.kind === 'link' && onlineUrl
          ? `${onlineUrl}/pdf`
          : this.handouts.teamUrl(ctx, handout.id, HandoutFormat.PDF),
      clinic: { ...this.branding, paperSize: handout.paperSize ?? this.branding.paperSize },
    };
  }
}
