import { Injectable } from '@nestjs/common';
import type { RenderableHandout } from '../handout-content.js';
import { renderHandoutHtml } from './html.js';
import { renderHandoutPdf } from './pdf.js';

/**
 * Renders an issued handout for the patient: a PDF to print or keep, and a print-ready web page.
 * Stateless; the fonts are loaded once per process on the first PDF.
 */
@Injectable()
export class HandoutRenderer {
  renderPdf(handout: RenderableHandout): Promise<Buffer> {
    return renderHandoutPdf(handout);
  }

  renderHtml(handout: RenderableHandout): string {
    return renderHandoutHtml(handout);
  }
}
