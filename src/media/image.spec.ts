import sharp from 'sharp';
import {
  awkwardButValid,
  hostile,
  jpegSideways,
  jpegWithGps,
  PAYLOAD,
  polyglots,
} from '../../test/support/images.js';
import { checkImage, cleanImage, printReadyJpeg, sniffImage } from './image.js';

const MAX_PIXELS = 40_000_000;
const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('images are judged by their bytes', () => {
  it('knows JPEG, PNG and WebP by their magic numbers, and nothing else', () => {
    expect(sniffImage(jpegStart)?.mime).toBe('image/jpeg');
    expect(sniffImage(Buffer.from('\x89PNG\r\n\x1a\n....', 'latin1'))?.mime).toBe('image/png');
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))?.mime).toBe('image/webp');
    for (const other of [
      'GIF89a',
      'RIFF\0\0\0\0WAVEfmt ',
      '<svg xmlns=',
      '%PDF-1.7',
      '',
      '\xff\xd8',
    ]) {
      expect(sniffImage(Buffer.from(other, 'latin1'))).toBeNull();
    }
  });

  it('stores the picture upright: EXIF orientations 5-8 swap width and height', async () => {
    const clean = await cleanImage(await jpegSideways(), MAX_PIXELS);
    expect(clean).toMatchObject({ width: 20, height: 40, format: { ext: 'jpg' } });
    const meta = await sharp((clean as { bytes: Buffer }).bytes).metadata();
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([
      20,
      40,
      undefined,
      undefined,
    ]);
  });

  it('re-encodes without metadata, deterministically, keyed by the hash of what is stored', async () => {
    const gps = await jpegWithGps();
    expect((await sharp(gps).metadata()).exif).toBeDefined();
    const a = await cleanImage(gps, MAX_PIXELS);
    const b = await cleanImage(Buffer.from(gps), MAX_PIXELS);
    if (typeof a === 'string' || typeof b === 'string') throw new Error('refused');
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.key).toBe(`${a.sha256}.jpg`);
    const meta = await sharp(a.bytes).metadata();
    expect([meta.exif, meta.xmp, meta.iptc, meta.icc]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(a.bytes.includes('SpyCam')).toBe(false);
  });

  it('accepts the hard but valid forms, each checked clean afterwards', async () => {
    for (const [name, bytes] of Object.entries(await awkwardButValid())) {
      const clean = await cleanImage(bytes, MAX_PIXELS);
      expect([name, typeof clean]).toEqual([name, 'object']);
      const check = await checkImage((clean as { bytes: Buffer }).bytes, MAX_PIXELS);
      expect([name, check]).toEqual([name, { problem: null, metadata: false }]);
    }
  });

  it('refuses every hostile variant, and the printer refuses it too', async () => {
    for (const [name, bytes] of Object.entries(await hostile())) {
      const verdict = await cleanImage(bytes, MAX_PIXELS);
      expect([name, typeof verdict]).toEqual([name, 'string']);
      expect([name, (await checkImage(bytes, MAX_PIXELS)).problem]).not.toEqual([name, null]);
      await expect(printReadyJpeg(bytes, MAX_PIXELS, 1500)).rejects.toThrow();
    }
  });

  it('names a decompression bomb by its declared size, before decoding it', async () => {
    const bomb = (await hostile())['png bomb 100000x100000'];
    expect(await cleanImage(bomb, MAX_PIXELS)).toBe(
      'file is 100000×100000 pixels: at most 40,000,000 pixels are accepted',
    );
  });

  it('drops what a polyglot hides after or inside the picture', async () => {
    for (const [name, bytes] of Object.entries(await polyglots())) {
      const clean = await cleanImage(bytes, MAX_PIXELS);
      if (typeof clean === 'string') throw new Error(`${name}: ${clean}`);
      expect([name, clean.bytes.includes(PAYLOAD)]).toEqual([name, false]);
    }
  });

  it('prints any valid picture as a white-backed JPEG no larger than asked', async () => {
    const rgba = (await awkwardButValid())['png rgba'];
    const jpeg = await printReadyJpeg(rgba, MAX_PIXELS, 32);
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['jpeg', 32, 24, false]);
  });

  it('says why bytes are refused', async () => {
    expect(await cleanImage(Buffer.from('plain text'), MAX_PIXELS)).toBe(
      'file is not a JPEG, PNG or WebP image',
    );
    expect(await cleanImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), MAX_PIXELS)).toBe(
      'file starts like a JPEG image but is damaged or incomplete',
    );
  });
});
