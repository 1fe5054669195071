import { inspectImage, sniffImage } from './image.js';

/** A JPEG header 40 wide and 30 high (no pixels: only the header is read), EXIF-rotated. */
function jpegHeader(orientation: number): Buffer {
  const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1];
  const exif = Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    Buffer.from([...tiff, 0, orientation, 0, 0, 0, 0, 0, 0]),
  ]);
  const length = exif.length + 2;
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 255]),
    exif,
    Buffer.from([0xff, 0xc0, 0, 17, 8, 0, 30, 0, 40, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

describe('images are judged by their bytes', () => {
  it('knows JPEG, PNG and WebP by their magic numbers, and nothing else', () => {
    expect(sniffImage(jpegHeader(1))?.mime).toBe('image/jpeg');
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

  it('records the size as displayed: EXIF orientations 5-8 swap width and height', () => {
    expect(inspectImage(jpegHeader(1))).toMatchObject({ width: 40, height: 30 });
    expect(inspectImage(jpegHeader(6))).toMatchObject({ width: 30, height: 40 });
  });

  it('says why bytes are refused', () => {
    expect(inspectImage(Buffer.from('plain text'))).toBe('file is not a JPEG, PNG or WebP image');
    expect(inspectImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).toBe(
      'file starts like a JPEG image but is not a valid one',
    );
  });
});
