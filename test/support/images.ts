import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/**
 * Pictures made here, byte by byte or with sharp: good ones in the forms a decoder finds hard,
 * and hostile ones of every class an upload has to survive. Nothing is copied from a data set.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG chunk: length, type, data, CRC (wrong on purpose when `badCrc`). */
export function pngChunk(type: string, data: Buffer, badCrc = false): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc32(body) ^ (badCrc ? 1 : 0)) >>> 0, body.length + 4);
  return out;
}

interface PngParts {
  width?: number;
  height?: number;
  /** Colour type: 2 RGB, 6 RGBA, 0 grey. */
  colour?: number;
  /** The compressed pixels; by default exactly the rows the header declares. */
  idat?: Buffer;
  badCrc?: boolean;
  /** Chunks between IHDR and IDAT (text, …). */
  extra?: Buffer[];
  /** Bytes after IEND. */
  tail?: Buffer;
}

/** Filtered rows of a varied picture: one filter byte (0) then `channels` bytes per pixel. */
export function pngRows(width: number, height: number, channels: number): Buffer {
  const row = width * channels + 1;
  const rows = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let i = 1; i < row; i++) rows[y * row + i] = (i * 7 + y * 13) & 255;
  }
  return rows;
}

/** An 8-bit PNG built chunk by chunk, RGBA unless told otherwise. */
export function rawPng(parts: PngParts = {}): Buffer {
  const { width = 64, height = 48, colour = 6, extra = [], tail } = parts;
  const channels = { 0: 1, 2: 3, 6: 4 }[colour] ?? 4;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colour, 0, 0, 0], 8);
  const idat = parts.idat ?? deflateSync(pngRows(width, height, channels));
  return Buffer.concat([
    SIGNATURE,
    pngChunk('IHDR', header),
    ...extra,
    pngChunk('IDAT', idat, parts.badCrc),
    pngChunk('IEND', Buffer.alloc(0)),
    ...(tail ? [tail] : []),
  ]);
}

const base = (width = 120, height = 80) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 30 } } });

/** A JPEG whose EXIF holds a camera, a description and a GPS position (a clinic's address). */
export function jpegWithGps(): Promise<Buffer> {
  return base()
    .jpeg()
    .withExif({
      IFD0: { Make: 'SpyCam', ImageDescription: 'patient at home' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 0/1',
      },
    })
    .toBuffer();
}

/** A 40 x 20 JPEG stored sideways, with EXIF orientation 6 (turn a quarter to show it). */
export function jpegSideways(): Promise<Buffer> {
  return base(40, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer();
}

/** Valid pictures in the forms decoders find harder. */
export async function awkwardButValid(): Promise<Record<string, Buffer>> {
  const raw16 = Buffer.alloc(40 * 30 * 3 * 2);
  for (let i = 0; i < raw16.length; i++) raw16[i] = (i * 31) & 255;
  return {
    'png 16-bit': await sharp(raw16, { raw: { width: 40, height: 30, channels: 3 } })
      .toColourspace('rgb16')
      .png()
      .toBuffer(),
    'png interlaced': await base().png({ progressive: true }).toBuffer(),
    'png palette': await base().png({ palette: true }).toBuffer(),
    'png rgba': rawPng(),
    'jpeg progressive': await base().jpeg({ progressive: true }).toBuffer(),
    'jpeg cmyk': await base().toColourspace('cmyk').jpeg().toBuffer(),
    // Colours in Display P3: converted to sRGB, then the profile dropped.
    'jpeg display-p3 profile': await base().jpeg().withIccProfile('p3').toBuffer(),
    'webp lossless': await base().webp({ lossless: true }).toBuffer(),
  };
}

/** Hostile or broken files that must be refused, each with the class it stands for. */
export async function hostile(): Promise<Record<string, Buffer>> {
  const full = deflateSync(pngRows(64, 48, 4));
  const jpeg = await jpegWithGps();
  const webp = await base().webp().toBuffer();
  return {
    'png truncated IDAT': rawPng({ idat: full.subarray(0, full.length >> 1) }),
    'png bad CRC': rawPng({ badCrc: true }),
    'png zlib garbage': rawPng({
      idat: Buffer.from('not zlib at all, just some words '.repeat(4)),
    }),
    // 100000 x 100000 RGBA is 40 GB of pixels from a few hundred bytes.
    'png bomb 100000x100000': rawPng({
      width: 100_000,
      height: 100_000,
      idat: deflateSync(Buffer.alloc(4096)),
    }),
    'png bomb 30000x30000 (under libvips default)': rawPng({
      width: 30_000,
      height: 30_000,
      colour: 0,
      idat: deflateSync(Buffer.alloc(30_001 * 64)),
    }),
    // The header says 64 x 48 RGBA; the body holds a tenth of those rows.
    'png rgba hostile length': rawPng({ idat: deflateSync(pngRows(64, 5, 4)) }),
    'png cut short': rawPng().subarray(0, 60),
    'png header only': rawPng().subarray(0, 33),
    'jpeg truncated': jpeg.subarray(0, Math.floor(jpeg.length * 0.7)),
    'jpeg without end': jpeg.subarray(0, jpeg.length - 2),
    'jpeg magic then noise': Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.alloc(200, 7),
    ]),
    'webp garbage': Buffer.concat([
      Buffer.from('RIFF\x40\0\0\0WEBPVP8 ', 'latin1'),
      Buffer.alloc(60, 0x5a),
    ]),
    'webp truncated': webp.subarray(0, 40),
    // A PNG header in front of a JPEG body: two formats, neither whole.
    'polyglot png head, jpeg body': Buffer.concat([rawPng().subarray(0, 33), jpeg]),
    'svg named png': Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ),
    html: Buffer.from('<!doctype html><script>alert(1)</script>'),
    gif: Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'),
  };
}

/** A payload hidden inside otherwise valid pictures: it must never be stored or served. */
export const PAYLOAD = '<script>alert("stored")</script>';

/** Valid pictures carrying PAYLOAD: after IEND / EOI (a zip or HTML polyglot), in a text chunk. */
export async function polyglots(): Promise<Record<string, Buffer>> {
  const zipish = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from(PAYLOAD)]);
  const jpeg = await base().jpeg().toBuffer();
  return {
    'png + appended zip/html': rawPng({ tail: zipish }),
    'png with tEXt payload': rawPng({
      extra: [pngChunk('tEXt', Buffer.from(`Comment\0${PAYLOAD}`, 'latin1'))],
    }),
    'jpeg + appended html': Buffer.concat([jpeg, Buffer.from(PAYLOAD)]),
    'jpeg with COM payload': jpegComment(jpeg, PAYLOAD),
  };
}

/** The JPEG with a COM (comment) segment holding `text` right after its SOI marker. */
function jpegComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const segment = Buffer.alloc(4);
  segment.set([0xff, 0xfe], 0);
  segment.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, body, jpeg.subarray(2)]);
}
