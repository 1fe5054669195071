import { imageSize } from 'image-size';

export interface ImageFormat {
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  ext: 'jpg' | 'png' | 'webp';
  name: string;
}

export const FORMATS: readonly ImageFormat[] = [
  { mime: 'image/jpeg', ext: 'jpg', name: 'JPEG' },
  { mime: 'image/png', ext: 'png', name: 'PNG' },
  { mime: 'image/webp', ext: 'webp', name: 'WebP' },
];

export const MIME_BY_EXT = new Map(FORMATS.map((f) => [f.ext as string, f.mime]));

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The format the bytes themselves announce (their magic numbers), or null. The file name and the
 * declared content type are the sender's claims and are never consulted.
 */
export function sniffImage(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return FORMATS[0];
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FORMATS[1];
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return FORMATS[2];
  return null;
}

export interface ImageFacts {
  format: ImageFormat;
  width: number;
  height: number;
}

/** What kind of image the bytes are and how big it is shown, or why they are not accepted. */
export function inspectImage(bytes: Uint8Array): ImageFacts | string {
  const format = sniffImage(bytes);
  if (!format) return 'file is not a JPEG, PNG or WebP image';
  const corrupt = `file starts like a ${format.name} image but is not a valid one`;
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return corrupt;
  }
  // image-size names JPEG `jpg`: it must agree with the magic numbers, and find a real size.
  if (size.type !== format.ext || !(size.width > 0) || !(size.height > 0)) return corrupt;
  // EXIF orientations 5-8 turn the picture a quarter: browsers show it height-by-width.
  const turned = (size.orientation ?? 1) >= 5;
  return {
    format,
    width: turned ? size.height : size.width,
    height: turned ? size.width : size.height,
  };
}
