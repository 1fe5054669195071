import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import pLimit from 'p-limit';
import sharp, { type Sharp } from 'sharp';

export interface ImageFormat {
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  ext: 'jpg' | 'png' | 'webp';
  name: string;
  /** sharp's name of the format, as its metadata reports it. */
  sharp: 'jpeg' | 'png' | 'webp';
}

export const FORMATS: readonly ImageFormat[] = [
  { mime: 'image/jpeg', ext: 'jpg', name: 'JPEG', sharp: 'jpeg' },
  { mime: 'image/png', ext: 'png', name: 'PNG', sharp: 'png' },
  { mime: 'image/webp', ext: 'webp', name: 'WebP', sharp: 'webp' },
];

export const MIME_BY_EXT = new Map(FORMATS.map((f) => [f.ext as string, f.mime]));

// libvips' operation cache keeps recent inputs and outputs alive (up to 50 MB): every image here
// is decoded once, so it would only hold memory.
sharp.cache(false);

/**
 * Pictures decoded at once in this process; the others wait their turn. A 40 MP photo that must
 * be turned a quarter holds ~120 MB while it is (8 at once peaked at 466 MB, measured): this keeps
 * the total to two of those whatever arrives together.
 */
const decoding = pLimit(2);

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The format the bytes themselves announce (their magic numbers), or null. The file name and the
 * declared content type are the sender's claims and are never consulted. This only chooses the
 * decoder: nothing is accepted until it has been decoded whole (cleanImage).
 */
export function sniffImage(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return FORMATS[0];
  if (startsWith(bytes, PNG_SIGNATURE)) return FORMATS[1];
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return FORMATS[2];
  return null;
}

/** An image as this service stores it: decoded, turned upright, re-encoded without metadata. */
export interface CleanImage {
  bytes: Buffer;
  format: ImageFormat;
  /** Pixels of the stored (upright) image. */
  width: number;
  height: number;
  /** Hex SHA-256 of `bytes`: the content address, so the same upload is stored once. */
  sha256: string;
  /** `<sha256>.<ext>`, the storage key. */
  key: string;
}

/** No decode may run longer than this (libvips stops it): a bound on any one image's CPU. */
const DECODE_SECONDS = 20;

/**
 * Decodes the whole image (not just its header), turns it upright by its EXIF orientation and
 * encodes it again in its own format, dropping every piece of metadata (EXIF with GPS, XMP, IPTC,
 * comments, text chunks, ICC after converting to sRGB) and anything appended to the picture.
 * Returns why the bytes are refused instead, worded for the `file` field.
 *
 * The pixel count is checked from the header before a single pixel is decoded, and libvips
 * enforces it again itself: a small file declaring a huge picture never gets its memory.
 * Re-encoding is deterministic for one build of sharp, so identical uploads give identical bytes.
 */
export async function cleanImage(bytes: Buffer, maxPixels: number): Promise<CleanImage | string> {
  const format = sniffImage(bytes);
  if (!format) return 'file is not a JPEG, PNG or WebP image';
  const damaged = `file starts like a ${format.name} image but is damaged or incomplete`;
  const header = await readHeader(bytes, format, maxPixels);
  if (header !== 'ok') return header === 'damaged' ? damaged : header;
  const pipeline = decoder(bytes, maxPixels).autoOrient();
  try {
    const { data, info } = await decoding(() =>
      encodeAs(pipeline, format).toBuffer({ resolveWithObject: true }),
    );
    const sha256 = createHash('sha256').update(data).digest('hex');
    return {
      bytes: data,
      format,
      width: info.width,
      height: info.height,
      sha256,
      key: `${sha256}.${format.ext}`,
    };
  } catch {
    return damaged;
  }
}

/** Whether stored bytes decode whole, and carry no metadata: what `media:check` reports. */
export interface ImageCheck {
  /** Why the image cannot be shown or printed, or null when it decodes whole. */
  problem: string | null;
  /** EXIF, XMP, IPTC or an ICC profile is still in the file (an upload from before cleaning). */
  metadata: boolean;
}

export async function checkImage(bytes: Buffer, maxPixels: number): Promise<ImageCheck> {
  const format = sniffImage(bytes);
  if (!format) return { problem: 'not a JPEG, PNG or WebP image', metadata: false };
  const header = await readHeader(bytes, format, maxPixels);
  if (header !== 'ok') {
    return { problem: header === 'damaged' ? 'damaged or incomplete' : header, metadata: false };
  }
  const meta = await sharp(bytes).metadata();
  const metadata = !!(meta.exif || meta.xmp || meta.iptc || meta.icc);
  try {
    // Decoding into raw pixels reads every byte of the picture, with the upload's strictness.
    await decoding(() => decoder(bytes, maxPixels).raw().toBuffer());
    return { problem: null, metadata };
  } catch {
    return { problem: 'damaged or incomplete', metadata };
  }
}

/**
 * A JPEG to embed in a PDF: decoded with the upload's strictness, upright, flattened onto white
 * (PDF viewers differ on transparency) and no larger than `maxSide` pixels. pdfkit only copies
 * JPEG bytes into the file and never decodes them, so a damaged stored picture cannot reach its
 * PNG decoder. Throws when the bytes do not decode; the caller skips the picture.
 */
export async function printReadyJpeg(
  bytes: Buffer,
  maxPixels: number,
  maxSide: number,
): Promise<Buffer> {
  const format = sniffImage(bytes);
  if (!format) throw new Error('not a JPEG, PNG or WebP image');
  const header = await readHeader(bytes, format, maxPixels);
  if (header !== 'ok') throw new Error(header === 'damaged' ? 'damaged or incomplete' : header);
  return decoding(() =>
    decoder(bytes, maxPixels)
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
}

/** The strict decoder every path shares: warnings (a truncated scan, …) are failures. */
function decoder(bytes: Buffer, maxPixels: number): Sharp {
  return sharp(bytes, { failOn: 'warning', limitInputPixels: maxPixels }).timeout({
    seconds: DECODE_SECONDS,
  });
}

function encodeAs(pipeline: Sharp, format: ImageFormat): Sharp {
  // No withMetadata/keepExif: sharp writes none of the input's metadata unless asked.
  // Without optimised Huffman tables libjpeg writes as it goes: with them it holds every
  // coefficient of the picture first (257 MB for 40 MP, measured) for a file ~5% smaller.
  if (format.sharp === 'jpeg') return pipeline.jpeg({ quality: 90, optimiseCoding: false });
  if (format.sharp === 'png') return pipeline.png();
  return pipeline.webp({ quality: 90 });
}

/**
 * Reads the header only: the format must be the one the magic numbers named, the size real and
 * within `maxPixels`. 'ok', 'damaged', or a message saying how big the picture claims to be.
 */
async function readHeader(
  bytes: Buffer,
  format: ImageFormat,
  maxPixels: number,
): Promise<'ok' | 'damaged' | string> {
  if (format.sharp === 'png' && !pngChunksIntact(bytes)) return 'damaged';
  let meta: sharp.Metadata;
  try {
    // Without a pixel limit here, so a bomb is named as one rather than as damage.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return 'damaged';
  }
  const { width = 0, height = 0 } = meta;
  if (meta.format !== format.sharp || !(width > 0) || !(height > 0)) return 'damaged';
  if (width * height > maxPixels) {
    return `file is ${width}×${height} pixels: at most ${maxPixels.toLocaleString('en')} pixels are accepted`;
  }
  return 'ok';
}

/**
 * Every chunk of a PNG up to IEND is whole and its CRC matches. libspng ignores a wrong CRC, but
 * a chunk whose checksum fails is damaged by definition (the PNG specification).
 */
function pngChunksIntact(bytes: Buffer): boolean {
  let at = PNG_SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return false;
    const crc = bytes.readUInt32BE(end - 4);
    if (crc32(bytes.subarray(at + 4, end - 4)) !== crc) return false;
    if (bytes.toString('latin1', at + 4, at + 8) === 'IEND') return true;
    at = end;
  }
  return false;
}
