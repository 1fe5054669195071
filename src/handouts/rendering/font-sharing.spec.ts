import { createRequire } from 'node:module';
import { Locale } from '../../translations/locale.js';
import { HandoutRenderer } from './handout-renderer.js';
import { sampleHandout } from '../../../test/fixtures/handouts/sample-handout.js';

const require = createRequire(import.meta.url);

interface Sharing {
  shareable: WeakSet<Uint8Array>;
}

describe('font sharing between renders', () => {
  it('gives the same bytes as parsing the fonts afresh for the document', async () => {
    const renderer = new HandoutRenderer();
    const handout = sampleHandout({ locale: Locale.VI, items: 4 });
    const shared = await renderer.renderPdf(handout);

    const { default: PdfMakeDocument } = require('pdfmake/js/PDFDocument.js') as {
      default: { prototype: Record<symbol, Sharing> };
    };
    const sharing = PdfMakeDocument.prototype[
      Symbol.for('runner-exercise-library/handout-font-sharing')
    ] as Sharing;
    expect(sharing).toBeDefined();
    const { virtualfs } = require('pdfmake') as {
      virtualfs: { storage: Record<string, Buffer> };
    };
    const fonts = Object.entries(virtualfs.storage)
      .filter(([name]) => name.startsWith('handout-fonts/'))
      .map(([, bytes]) => bytes);
    expect(fonts).toHaveLength(2);
    // Unregistered, the font buffers take pdfkit's own path: parsed anew for each document.
    fonts.forEach((bytes) => sharing.shareable.delete(bytes));
    try {
      const fresh = await renderer.renderPdf(handout);
      expect(fresh.equals(shared)).toBe(true);
    } finally {
      fonts.forEach((bytes) => sharing.shareable.add(bytes));
    }
  });
});
