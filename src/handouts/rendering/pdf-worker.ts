import { move } from 'piscina';
import type { RenderableHandout } from '../handout-content.js';
import { HANDOUT_FONT, handoutPdfMake } from './fonts.js';
import { renderHandoutPdf } from './pdf.js';

/**
 * A print thread (see pdf-print-pool.ts): renders one handout PDF per task. The handout arrives
 * structured-cloned, so its Buffers arrive as plain Uint8Arrays: they are viewed as Buffers again
 * (no copy) before rendering, since the renderer encodes them with Buffer methods.
 */
export default async function renderInWorker(handout: RenderableHandout): Promise<Uint8Array> {
  const pdf = await renderHandoutPdf(asRenderable(handout));
  // Hand the bytes over rather than copy them; a view into a shared slab must be copied first.
  const own =
    pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : new Uint8Array(pdf);
  return move(own) as Uint8Array;
}

function asRenderable(handout: RenderableHandout): RenderableHandout {
  const pictures = new Map<string, Buffer>();
  for (const [key, bytes] of handout.pictures) pictures.set(key, asBuffer(bytes));
  const logo = { ...handout.clinic.logo, bytes: asBuffer(handout.clinic.logo.bytes) };
  return { ...handout, pictures, clinic: { ...handout.clinic, logo } };
}

const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Fonts are read and parsed once per thread, before its first task: a tiny document in both faces
 * makes pdfkit parse them, and font-sharing.ts keeps the parsed fonts for every render after.
 */
await handoutPdfMake()
  .createPdf({
    content: [{ text: 'a' }, { text: 'b', bold: true }],
    defaultStyle: { font: HANDOUT_FONT },
  })
  .getBuffer();
