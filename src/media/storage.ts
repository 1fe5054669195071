import { randomBytes } from 'node:crypto';
import { access, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { MediaConfig } from '../common/config/media.config.js';

/** Image bytes never change under a key (the key is their hash), so caches may keep them. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `<sha256>.<ext>`: the only keys ever stored, which also keeps paths out of the file system. */
export const KEY = /^[0-9a-f]{64}\.(jpg|png|webp)$/;

/** Where this service serves a stored image (see MediaController.serve). */
export function mediaPath(key: string): string {
  return `/media/${key}`;
}

/** Where image bytes live. Keys are content hashes: `put` of an existing key changes nothing. */
export interface MediaStorage {
  put(key: string, bytes: Buffer, mime: string): Promise<void>;
  /** The bytes, or null for an unknown key. */
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the bytes; an unknown key is not an error. */
  delete(key: string): Promise<void>;
  /** Releases connections at shutdown. */
  close?(): void;
}

/** The injection token of the configured MediaStorage. */
export const MEDIA_STORAGE = Symbol('MediaStorage');

export function checked(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a media storage key: ${key}`);
  return key;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Files under a folder, fanned out by the first two hex digits so no folder grows huge. */
export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    return join(this.root, checked(key).slice(0, 2), key);
  }

  /** Written to a temporary name, flushed, then renamed: a reader never sees half a file. */
  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      // The row that names this file commits right after: the bytes must be on disk first.
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.path(key));
      return true;
    } catch (error) {
      if (missing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

/**
 * The storage MEDIA_STORAGE names. The AWS SDK is loaded only when S3 is chosen: it adds a tenth
 * of a second and some 20 MB to every start otherwise.
 */
export async function storageFor(config: MediaConfig): Promise<MediaStorage> {
  if (config.MEDIA_STORAGE !== 's3') return new LocalDiskStorage(config.dir);
  const { S3Storage, s3Client } = await import('./s3-storage.js');
  return new S3Storage(s3Client(config), config.S3_BUCKET as string);
}
