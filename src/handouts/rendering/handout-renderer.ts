import { Injectable, Optional } from '@nestjs/common';
import type { RenderableHandout } from '../handout-content.js';
import { renderHandoutHtml } from './html.js';
import { renderHandoutPdf } from './pdf.js';
import { PdfPrintPool } from './pdf-print-pool.js';

/**
 * Renders an issued handout for the patient: a PDF to print or keep, and a print-ready web page.
 * In the app, PDFs are made in the print pool's worker threads (the fonts loaded once per
 * thread); the web page is cheap and stays on this thread. Built without a pool (specs, the
 * render benchmark), it renders PDFs on the calling thread.
 */
@Injectable()
export class HandoutRenderer {
  constructor(@Optional() private readonly printers?: PdfPrintPool) {}

  renderPdf(handout: RenderableHandout): Promise<Buffer> {
    return this.printers ? this.printers.render(handout) : renderHandoutPdf(handout);
  }

  renderHtml(handout: RenderableHandout): string {
    return renderHandoutHtml(handout);
  }
}
