import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Injectable,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { FieldProblem } from '../common/errors/errors.js';
import { MediaConfig } from '../common/config/media.config.js';
import {
  databaseOutage,
  RETRY_AFTER_SECONDS,
  UNAVAILABLE_BODY,
} from '../common/database/outage.js';
import { loggableStack } from '../common/database/pg-errors.js';

/** The JSON body of every refused media request. */
export interface HttpErrorBody {
  code: string;
  message: string;
  /** The offending field of the form, when there is one. */
  field?: string;
  /** Every offending field, when there are several. */
  fields?: FieldProblem[];
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

/** Multer's codes for a form field it refused (see multer-error.js). */
const FIELD_MESSAGES: Record<string, (field: string) => string> = {
  LIMIT_UNEXPECTED_FILE: (f) =>
    f === 'file' ? 'send one file per upload' : `${f} cannot hold a file: send the image as file`,
  LIMIT_FILE_COUNT: () => 'send one file per upload',
  LIMIT_FIELD_VALUE: (f) => `${f} is too long`,
};

/**
 * Turns what the media routes throw into `{code, field, message}` JSON with the right status:
 * the same GraphQLErrors the GraphQL API uses (badUserInput, notFound, …), multer's limits, and
 * anything unexpected as a logged 500 with no detail, as format-error.ts does for GraphQL.
 */
@Injectable()
@Catch()
export class MediaHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Media');

  constructor(private readonly config: MediaConfig) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const [status, body] = this.describe(error);
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    if (status === 503) res.set('retry-after', String(RETRY_AFTER_SECONDS));
    res.status(status).set('cache-control', 'no-store').json(body);
  }

  private describe(error: unknown): [number, HttpErrorBody] {
    if (databaseOutage.noteFailure(error)) return [503, { ...UNAVAILABLE_BODY }];
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code);
      const http = error.extensions.http as { status?: number } | undefined;
      const fields = error.extensions.fields as FieldProblem[] | undefined;
      const body: HttpErrorBody = fields?.length
        ? { code, field: fields[0].field, message: fields[0].message }
        : { code, message: error.message };
      if (fields && fields.length > 1) body.fields = fields;
      return [http?.status ?? STATUS[code] ?? 400, body];
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      return this.fromHttp(error);
    }
    this.logger.error(
      `Unexpected error: ${error instanceof Error ? error.name : typeof error}`,
      loggableStack(error),
    );
    return [500, { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }];
  }

  /** Nest's own exceptions: multer's (the original error is the cause) and routing. */
  private fromHttp(error: HttpException): [number, HttpErrorBody] {
    const status = error.getStatus();
    const cause = error.cause as { code?: string; field?: string } | undefined;
    if (status === 413) {
      const max = this.config.MEDIA_MAX_BYTES;
      const message = `file is larger than ${(max / 1024 / 1024).toFixed(1)} MB (${max} bytes)`;
      return [413, { code: 'PAYLOAD_TOO_LARGE', field: 'file', message }];
    }
    if (status === 400 && cause?.code && FIELD_MESSAGES[cause.code]) {
      const field = cause.field ?? 'file';
      return [400, { code: 'BAD_USER_INPUT', field, message: FIELD_MESSAGES[cause.code](field) }];
    }
    if (status === 400) {
      // Busboy's complaints: a body that is not well-formed multipart/form-data.
      return [
        400,
        { code: 'BAD_USER_INPUT', message: `the form data is malformed: ${error.message}` },
      ];
    }
    const code = Object.keys(STATUS).find((c) => STATUS[c] === status) ?? 'BAD_REQUEST';
    return [status, { code, message: error.message }];
  }
}
