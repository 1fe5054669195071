import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The pdfkit document methods and fields the sharing relies on (pdfkit 0.19). */
interface PdfKitDocument {
  font(src: unknown, family?: unknown, size?: number): PdfKitDocument;
  fontSize(size: number): PdfKitDocument;
  _font: { name: string; font: object } | null;
  _fontFamilies: Record<string, object>;
  _fontCount: number;
}

type EmbeddedFontClass = new (
  doc: PdfKitDocument,
  font: object,
  id: string,
) => { name: string; font: object };

interface FontSharing {
  shareable: WeakSet<Uint8Array>;
  parsed: WeakMap<Uint8Array, object>;
  EmbeddedFont: EmbeddedFontClass | null;
}

const SHARING = Symbol.for('runner-exercise-library/handout-font-sharing');

/**
 * Lets every render reuse the fonts parsed by the first. pdfkit parses a font's bytes anew for
 * each document (fontkit: table directory, cmap, GSUB and GPOS of an 11 MB CJK font), which was
 * about a quarter of every render. What pdfkit keeps per document (the subset, widths, layout cache, PDF
 * objects) is in its EmbeddedFont; the fontkit font underneath holds nothing but caches, so one
 * is shared by all documents, and the PDFs come out byte for byte the same.
 *
 * pdfkit offers no way to pass a parsed font, so this wraps the font() of pdfmake's document
 * class, for our own two font buffers only: anything else, or a pdfkit that no longer looks as
 * expected, takes pdfkit's own path.
 */
export function shareParsedFonts(buffers: Uint8Array[]): void {
  const { default: PdfMakeDocument } = require('pdfmake/js/PDFDocument.js') as {
    default: { prototype: PdfKitDocument & { [SHARING]?: FontSharing } };
  };
  const proto = PdfMakeDocument.prototype;
  // A module may be evaluated more than once (test runners do), pdfmake only once.
  let sharing = proto[SHARING];
  if (!sharing) {
    const state: FontSharing = {
      shareable: new WeakSet(),
      parsed: new WeakMap(),
      EmbeddedFont: null,
    };
    const pdfkitFont = proto.font;
    proto.font = function (this: PdfKitDocument, src: unknown, family?: unknown, size?: number) {
      const shareable = src instanceof Uint8Array && state.shareable.has(src);
      const parsed = shareable ? state.parsed.get(src) : undefined;
      if (!parsed || !state.EmbeddedFont) {
        pdfkitFont.call(this, src, family, size);
        if (shareable && this._font?.font && this._font.constructor.length === 3) {
          state.parsed.set(src, this._font.font);
          state.EmbeddedFont = this._font.constructor as EmbeddedFontClass;
        }
        return this;
      }
      // pdfkit's font() for a new source: a new EmbeddedFont, registered under its name.
      const font = new state.EmbeddedFont(this, parsed, `F${++this._fontCount}`);
      this._font = (this._fontFamilies[font.name] ??= font) as PdfKitDocument['_font'];
      if (size != null) this.fontSize(size);
      return this;
    };
    sharing = proto[SHARING] = state;
  }
  for (const buffer of buffers) sharing.shareable.add(buffer);
}
