import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkImage, cleanImage, sniffImage } from '../media/image.js';
import type { Media, MediaKind } from '../media/media.entity.js';
import type { StoredPicture } from '../media/media.service.js';
import { SeedError } from './seed-files.js';

/** An item of media.json; pictures' bytes travel beside it in media/<storageKey>. */
export interface MediaRecord {
  exercise: string;
  position: number;
  kind: MediaKind;
  storageKey: string | null;
  mime: string | null;
  width: number | null;
  height: number | null;
  videoUrl: string | null;
  /** Position of the poster picture among the same exercise's media. */
  poster: number | null;
  altText: string;
  credit: string;
  licence: string;
  /** Provenance (absent in folders exported before it was recorded). */
  source?: string | null;
  licenceUrl?: string | null;
  /**
   * Whether a clinician confirmed the licence. Absent (older exports): a licence counts as
   * confirmed unless the picture came from free-exercise-db, whose photos' rights are unknown.
   */
  licenceVerified?: boolean;
}

/** A record's licenceVerified, inferred for older exports (see MediaRecord). */
export function recordVerified(record: MediaRecord): boolean {
  if (typeof record.licenceVerified === 'boolean') return record.licenceVerified;
  return record.licence.trim() !== '' && !record.credit.startsWith('free-exercise-db');
}

/** media.json of a seed folder; none in folders older than media. */
export function readMedia(dir: string): MediaRecord[] {
  const file = join(dir, 'media.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MediaRecord[]) : [];
}

/**
 * The picture `key` of media.json from `folder`, checked as an upload is: it must decode whole,
 * and its bytes must hash to its name. A clean picture keeps its bytes and key, so export ->
 * seed -> export gives the same files; one still carrying metadata (exported before uploads were
 * cleaned) is cleaned and goes under its new key.
 */
export async function checkPicture(
  where: string,
  folder: string,
  key: string,
  maxPixels: number,
): Promise<StoredPicture> {
  const file = join(folder, key);
  if (!existsSync(file)) throw new SeedError(`${where} is missing`);
  const bytes = readFileSync(file);
  const format = sniffImage(bytes);
  if (createHash('sha256').update(bytes).digest('hex') !== key.slice(0, 64)) {
    throw new SeedError(`${where}: its bytes do not match its name (a content hash)`);
  }
  if (!format || !key.endsWith(`.${format.ext}`)) {
    throw new SeedError(`${where}: the bytes are not the image type its name says`);
  }
  const check = await checkImage(bytes, maxPixels);
  if (check.problem) throw new SeedError(`${where}: ${check.problem}`);
  if (!check.metadata) return { storageKey: key, mime: format.mime, file: bytes };
  const clean = await cleanImage(bytes, maxPixels);
  if (typeof clean === 'string') throw new SeedError(`${where}: ${clean}`);
  const { width, height } = clean;
  return { storageKey: clean.key, mime: format.mime, file: clean.bytes, width, height };
}

/** An exercise's media as records, the poster named by its position. */
export function mediaRecords(slug: string, media: Media[]): MediaRecord[] {
  const positionById = new Map(media.map((m) => [m.id, m.position]));
  return media.map((m) => ({
    exercise: slug,
    position: m.position,
    kind: m.kind,
    storageKey: m.storageKey,
    mime: m.mime,
    width: m.width,
    height: m.height,
    videoUrl: m.videoUrl,
    poster: m.posterId ? (positionById.get(m.posterId) ?? null) : null,
    altText: m.altText,
    credit: m.credit,
    licence: m.licence,
    source: m.source,
    licenceUrl: m.licenceUrl,
    licenceVerified: m.licenceVerified,
  }));
}
