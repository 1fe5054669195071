import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { MediaConfig } from '../common/config/media.config.js';
import { payloadTooLarge } from '../common/errors/errors.js';

/** The fields of the upload form besides `file`. */
export const TEXT_FIELDS = [
  'altText',
  'author',
  'credit',
  'licence',
  'licenceUrl',
  'source',
] as const;

/** What multer leaves on the request for the `file` field (kept in memory, never on disk). */
export interface UploadedImage {
  buffer: Buffer;
  size: number;
}

/**
 * Nest's multer interceptor for the `file` field, with the configured size limit. Without a
 * `storage` or `dest` multer keeps the file in memory: it is checked and hashed before anything
 * is written. Multer's own errors reach HttpExceptionFilter with their code and field; a file over
 * the limit is refused here, since only here is the limit known.
 */
@Injectable()
export class ImageUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;
  private readonly tooLarge: string;

  constructor(config: MediaConfig) {
    const max = config.MEDIA_MAX_BYTES;
    this.tooLarge = `file is larger than ${(max / 1024 / 1024).toFixed(1)} MB (${max} bytes)`;
    const Multer = FileInterceptor('file', {
      limits: {
        fileSize: config.MEDIA_MAX_BYTES,
        // Two, so that a second file is refused by its field's name rather than by count.
        files: 2,
        fields: 10,
        parts: 11,
        // Room for the longest alt text in any UTF-8; the exact limits are checked afterwards.
        fieldSize: 16 * 1024,
      },
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler) {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw payloadTooLarge('file', this.tooLarge);
      throw error;
    }
  }
}
