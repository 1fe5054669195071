import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import { MediaService } from '../media/media.service.js';
import { mediaPath } from '../media/storage.js';
import { loadBranding } from './branding.js';
import type { ClinicBranding, RenderableHandout } from './handout-content.js';
import type { Handout, HandoutLink } from './handout.entity.js';
import { HandoutsService } from './handouts.service.js';
import { HandoutRenderer } from './rendering/handout-renderer.js';

/** Who a print is for: the clinic's team (with the patient's name) or whoever holds a link. */
export type Audience = { kind: 'team' } | { kind: 'link'; link: HandoutLink };

/** pdfkit embeds JPEG and PNG only; a WebP picture shows on the web page but not in the PDF. */
const PDF_IMAGES = new Set(['image/jpeg', 'image/png']);

/** Turns a stored handout into a PDF or a web page, always from its frozen content. */
@Injectable()
export class HandoutPrinting {
  private readonly branding: ClinicBranding;

  constructor(
    config: AppConfig,
    private readonly handouts: HandoutsService,
    private readonly media: MediaService,
    private readonly renderer: HandoutRenderer,
  ) {
    this.branding = loadBranding(config);
  }

  get clinicName(): string {
    return this.branding.name;
  }

  async pdf(handout: Handout, audience: Audience): Promise<Buffer> {
    return this.renderer.renderPdf(await this.renderable(handout, audience, true));
  }

  async html(handout: Handout, audience: Audience): Promise<string> {
    return this.renderer.renderHtml(await this.renderable(handout, audience, false));
  }

  private async renderable(
    handout: Handout,
    audience: Audience,
    withBytes: boolean,
  ): Promise<RenderableHandout> {
    const link =
      audience.kind === 'link' ? audience.link : await this.handouts.liveLink(handout.id);
    const onlineUrl = link ? this.handouts.linkUrl(link) : null;
    const items = handout.content.items;
    const pictures = new Map<string, Buffer>();
    if (withBytes) {
      const keys = [
        ...new Set(
          items
            .map((i) => i.picture)
            .filter((p) => p && PDF_IMAGES.has(p.mime))
            .map((p) => p!.storageKey),
        ),
      ];
      const bytes = await Promise.all(keys.map((key) => this.media.bytesByKey(key)));
      keys.forEach((key, i) => bytes[i] && pictures.set(key, bytes[i]));
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
      pictures,
      pictureUrls: new Map(
        items
          .filter((i) => i.picture)
          .map((i) => [i.picture!.storageKey, mediaPath(i.picture!.storageKey)]),
      ),
      onlineUrl,
      pdfUrl:
        audience.kind === 'link' && onlineUrl ? `${onlineUrl}/pdf` : `/handouts/${handout.id}/pdf`,
      clinic: this.branding,
    };
  }
}
