import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { printReadyJpeg } from '../media/image.js';
import { MediaConfig } from '../common/config/media.config.js';
import { Metrics } from '../common/observability/metrics.service.js';
import { MediaService } from '../media/media.service.js';

/** Long side of a picture on paper: 5 inches (large print's width) at 300 dpi. */
const PRINT_SIDE = 1500;
/** What the print-ready pictures of one process may hold in memory. */
const CACHE_BYTES = 64 * 1024 * 1024;

/** A picture ready for the PDF, or why it is left out. */
type Printable = { jpeg: Buffer } | { problem: string };

/** The pictures of one render: print-ready JPEGs by storage key, and how many were left out. */
export interface PrintPictureSet {
  pictures: Map<string, Buffer>;
  skipped: number;
}

/**
 * Turns stored pictures into what a PDF embeds: a JPEG made by sharp (see printReadyJpeg), so
 * pdfkit never decodes a stored file itself; its PNG decoder throws from a zlib callback on a
 * damaged picture, which no try/catch can stop from killing the process. A picture that does
 * not decode is skipped, logged by its key (a content hash, never anything about the patient)
 * and counted for the caller. Results, refusals included, are kept per key in a bounded LRU:
 * keys are content hashes, so a key's answer never changes.
 */
@Injectable()
export class PrintPictures {
  private readonly logger = new Logger('HandoutPictures');
  private readonly cache: LRUCache<string, Printable, void>;

  constructor(
    private readonly media: MediaService,
    private readonly config: MediaConfig,
    private readonly metrics: Metrics,
  ) {
    this.cache = new LRUCache<string, Printable, void>({
      maxSize: CACHE_BYTES,
      sizeCalculation: (p) => ('jpeg' in p ? p.jpeg.length : 0) + 100,
      // Concurrent renders of one picture share one conversion.
      fetchMethod: (key) => this.convert(key),
    });
  }

  async forKeys(keys: readonly string[]): Promise<PrintPictureSet> {
    const results = await Promise.all(keys.map((key) => this.fetch(key)));
    const pictures = new Map<string, Buffer>();
    let skipped = 0;
    keys.forEach((key, i) => {
      const result = results[i];
      if (result && 'jpeg' in result) pictures.set(key, result.jpeg);
      else skipped++;
    });
    return { pictures, skipped };
  }

  /** A lookup, counted: a hit is a picture already converted (or being converted) for print. */
  private fetch(key: string): Promise<Printable | undefined> {
    const status: LRUCache.Status<string, Printable, void> = {};
    const result = this.cache.fetch(key, { status });
    this.metrics.cacheLookup('print_pictures', status.fetch !== 'miss');
    return result;
  }

  private async convert(key: string): Promise<Printable | undefined> {
    // A storage failure is not the picture's fault: it fails the render and is not cached.
    const bytes = await this.media.bytesByKey(key);
    if (!bytes) {
      // Not cached either (undefined): a seed or a restore may bring the file back.
      this.skip(key, 'the storage does not hold it');
      return undefined;
    }
    try {
      return { jpeg: await printReadyJpeg(bytes, this.config.MEDIA_MAX_PIXELS, PRINT_SIDE) };
    } catch (error) {
      return this.skip(key, (error as Error).message);
    }
  }

  private skip(key: string, why: string): Printable {
    this.logger.warn(`Handout picture ${key} left out of the PDF: ${why}`);
    return { problem: why };
  }
}
