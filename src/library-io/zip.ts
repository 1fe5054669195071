import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** The path inside the archive, with forward slashes. */
  name: string;
  bytes: Buffer;
}

/**
 * A zip archive of `entries` (deflated; pictures that do not shrink are stored), enough for
 * every unzip tool: the service has no zip dependency and needs only to write one. No zip64:
 * refused past 4 GB or 65,535 files, far beyond a clinic's library.
 */
export function zip(entries: ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new Error('Too many files for a zip without zip64');
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // 1 January 2026 00:00 in MS-DOS form: fixed, so two exports of one library are identical.
  const [time, date] = [0, ((2026 - 1980) << 9) | (1 << 5) | 1];
  for (const { name, bytes } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(bytes);
    const stored = deflated.length >= bytes.length;
    const data = stored ? bytes : deflated;
    const crc = crc32(bytes);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(bytes.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    header.copy(entry, 6, 4, 30); // same fields, from "version needed" to the name's length
    entry.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
    if (offset > 0xffffffff)
      throw new Error('The export is over 4 GB: too large for a zip without zip64');
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
