import { Inject, Injectable } from '@nestjs/common';
import { RequestContext } from '../common/context/request-context.js';
import { checkImage } from './image.js';
import { MediaConfig } from '../common/config/media.config.js';
import { MediaRepository } from './media.repository.js';
import { MEDIA_STORAGE, type MediaStorage } from './storage.js';

const PAGE = 100;

export interface MediaCheckReport {
  /** Distinct stored images decoded. */
  checked: number;
  /** Keys that do not decode whole, with why: no longer served, left out of handouts. */
  damaged: { key: string; problem: string }[];
  /** Keys whose file the storage no longer holds. */
  missing: string[];
  /** Keys that decode but still carry metadata (EXIF, XMP, IPTC, ICC): uploaded before cleaning. */
  withMetadata: string[];
  /** Rows whose mark changed: newly damaged, or cleared (a key that decodes now). */
  rowsMarked: number;
}

/**
 * Re-checks every stored image the way uploads are now checked (decoded whole, under the pixel
 * cap), for images stored before that: reports the damaged ones and marks their rows (unless
 * `dryRun`), so the service stops serving them and handouts leave them out. It never rewrites
 * or deletes bytes: issued handouts are frozen with their pictures' keys, which are the hashes
 * of those bytes. One image at a time, keys read in pages: memory stays that of one image.
 * Maintenance run from the command line: the system does it, outside any request.
 */
@Injectable()
export class MediaChecker {
  constructor(
    private readonly media: MediaRepository,
    private readonly config: MediaConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async run(options: { dryRun?: boolean } = {}): Promise<MediaCheckReport> {
    const report: MediaCheckReport = {
      checked: 0,
      damaged: [],
      missing: [],
      withMetadata: [],
      rowsMarked: 0,
    };
    const ctx = RequestContext.system();
    let after = '';
    for (;;) {
      const keys = await this.media.imageKeysAfter(ctx, after, PAGE);
      for (const key of keys) await this.checkOne(ctx, key, report, !options.dryRun);
      if (keys.length < PAGE) return report;
      after = keys[keys.length - 1];
    }
  }

  private async checkOne(
    ctx: RequestContext,
    key: string,
    report: MediaCheckReport,
    mark: boolean,
  ): Promise<void> {
    const bytes = await this.storage.get(key);
    if (!bytes) {
      report.missing.push(key);
      return;
    }
    report.checked++;
    const { problem, metadata } = await checkImage(bytes, this.config.MEDIA_MAX_PIXELS);
    if (problem) report.damaged.push({ key, problem });
    else if (metadata) report.withMetadata.push(key);
    if (mark) report.rowsMarked += await this.media.markProblem(ctx, key, problem);
  }
}
