import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { badUserInput, notFound } from '../common/errors/errors.js';
import { HttpExceptionFilter } from '../common/errors/http-exception.filter.js';
import type { Media } from './media.entity.js';
import { MediaService } from './media.service.js';
import { IMMUTABLE } from './storage.js';
import { CuratorGuard } from './curator.guard.js';
import {
  ImageUploadInterceptor,
  TEXT_FIELDS,
  type UploadedImage,
} from './image-upload.interceptor.js';

/** Image uploads (multipart/form-data) and the image files themselves, outside GraphQL. */
@Controller('media')
@UseFilters(HttpExceptionFilter)
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /**
   * `file` plus optional `altText`, `author` (or its old name `credit`), `licence`, `licenceUrl`
   * and `source`; answers the media as JSON. Sent with a licence, it counts as verified. To a
   * PUBLISHED exercise, `altText`, `author` and `licence` are required. Bytes the exercise
   * already shows answer 200 (not 201) with that item and `reused: true`: nothing is written,
   * and the texts sent are not applied (updateExerciseMedia changes them).
   */
  @Post('exercises/:exerciseId/images')
  @UseGuards(CuratorGuard)
  @UseInterceptors(ImageUploadInterceptor)
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('exerciseId') exerciseId: string,
    @UploadedFile() file: UploadedImage | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    const texts = formTexts(body ?? {});
    if (!file) {
      throw badUserInput([
        { field: 'file', message: 'file is required: send the image as multipart/form-data' },
      ]);
    }
    const { media, reused } = await this.media.addImage(ctx, exerciseId, {
      bytes: file.buffer,
      ...texts,
    });
    res.status(reused ? 200 : 201);
    return { ...this.json(media), reused };
  }

  /** The bytes of an image by content hash: the same URL always means the same bytes. */
  @Get(':file')
  async serve(
    @Ctx() ctx: RequestContext,
    @Param('file') name: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const image = await this.media.image(ctx, name);
    if (!image) throw notFound('Media file', name);
    const headers = {
      'content-type': image.mime as string,
      'cache-control': IMMUTABLE,
      etag: `"${image.sha256}"`,
      // Browsers must not guess another type from the bytes than the one they were checked as.
      'x-content-type-options': 'nosniff',
    };
    res.set(headers);
    // A revalidation (If-None-Match) is answered without reading the bytes from storage.
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const bytes = await this.media.bytes(image);
    if (!bytes) {
      for (const header of Object.keys(headers)) res.removeHeader(header);
      throw notFound('Media file', name);
    }
    res.send(bytes);
  }

  private json(media: Media): Record<string, unknown> {
    const { id, kind, position, mime, width, height, bytes, altText, credit, licence } = media;
    const { source, licenceUrl, licenceVerified } = media;
    return {
      id,
      exerciseId: media.exerciseId,
      kind,
      position,
      url: this.media.url(media),
      mime,
      width,
      height,
      bytes,
      altText,
      author: credit,
      credit,
      licence,
      licenceUrl,
      source,
      licenceVerified,
    };
  }
}

/** The text fields of the form: each at most once, unknown ones refused by name. */
function formTexts(body: Record<string, unknown>) {
  // `file` as text (a JSON or urlencoded body) is reported as a missing file instead.
  const known: readonly string[] = [...TEXT_FIELDS, 'file'];
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  const repeated = TEXT_FIELDS.filter((k) => body[k] !== undefined && typeof body[k] !== 'string');
  const problems = unknown
    .map((field) => ({ field, message: `${field} is not a field of this form` }))
    .concat(repeated.map((field) => ({ field, message: `${field} must be sent once, as text` })));
  if (problems.length) throw badUserInput(problems);
  const text = (k: (typeof TEXT_FIELDS)[number]) => ((body[k] as string | undefined) ?? '').trim();
  // One name for the author: both filled in is refused rather than one silently dropped.
  if (text('author') && text('credit')) {
    throw badUserInput([
      { field: 'credit', message: 'give author only: credit is its deprecated name' },
    ]);
  }
  return {
    altText: text('altText'),
    credit: text('author') || text('credit'),
    licence: text('licence'),
    licenceUrl: text('licenceUrl'),
    source: text('source'),
  };
}
