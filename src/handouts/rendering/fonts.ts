import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';
import { shareParsedFonts } from './font-sharing.js';

const require = createRequire(import.meta.url);

/**
 * The one font family of every handout. pdfmake has no font fallback, so a single font must
 * carry Latin, Vietnamese and Simplified Chinese: Noto Sans SC does (400 and 700, static TTFs).
 */
export const HANDOUT_FONT = 'NotoSansSC';

const FACES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

// Names in pdfmake's in-memory file system, which is shared by every pdfmake instance in the
// process: prefixed so they cannot meet anybody else's files.
const VFS_REGULAR = 'handout-fonts/NotoSansSC-Regular.ttf';
const VFS_BOLD = 'handout-fonts/NotoSansSC-Bold.ttf';

/** The part of pdfmake's server API used here; @types/pdfmake does not declare virtualfs. */
export interface PdfMakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let instance: PdfMakeServer | null = null;

/**
 * A pdfmake instance of our own, set up once per process: the 2 × 10 MB of font bytes are read
 * once and served from memory to every render after. pdfmake's module export is a singleton whose
 * fonts and policies anybody could change, so we construct a separate instance of its class.
 */
export function handoutPdfMake(): PdfMakeServer {
  if (instance) return instance;
  const shared = require('pdfmake') as PdfMakeServer;
  const PdfMake = shared.constructor as new () => PdfMakeServer;
  const pdfMake = new PdfMake();
  const regular = readFileSync(require.resolve(FACES.regular));
  const bold = readFileSync(require.resolve(FACES.bold));
  pdfMake.virtualfs.writeFileSync(VFS_REGULAR, regular);
  pdfMake.virtualfs.writeFileSync(VFS_BOLD, bold);
  shareParsedFonts([regular, bold]);
  pdfMake.setFonts({
    [HANDOUT_FONT]: {
      normal: VFS_REGULAR,
      bold: VFS_BOLD,
      // No italic faces: italic text (none is planned) prints upright rather than failing.
      italics: VFS_REGULAR,
      bolditalics: VFS_BOLD,
    },
  });
  // Everything a handout shows is passed in as bytes: no render may fetch a URL or read a file,
  // whatever text or picture reference ends up in a document definition.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy(() => false);
  instance = pdfMake;
  return pdfMake;
}
