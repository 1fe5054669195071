import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { databaseOutage, RETRY_AFTER_SECONDS, UNAVAILABLE_BODY } from '../database/outage.js';
import { loggableStack } from '../database/pg-errors.js';
import { ErrorCode, type FieldProblem, HTTP_STATUS, type StatusCode } from './errors.js';

/** The JSON body of every refused request on an HTTP route. */
export interface HttpErrorBody {
  /** One of the schema's ErrorCode values. */
  code: ErrorCode;
  message: string;
  /** The offending field, when there is one. */
  field?: string;
  /** Every offending field, when there are several. */
  fields?: FieldProblem[];
}

type Answer = [status: number, body: HttpErrorBody, headers: Record<string, string>];

/** Multer's codes for a form field it refused (see multer-error.js). */
const FIELD_MESSAGES: Record<string, (field: string) => string> = {
  LIMIT_UNEXPECTED_FILE: (f) =>
    f === 'file' ? 'send one file per upload' : `${f} cannot hold a file: send the image as file`,
  LIMIT_FILE_COUNT: () => 'send one file per upload',
  LIMIT_FIELD_VALUE: (f) => `${f} is too long`,
};

/**
 * The one error path of the HTTP routes (every controller has it), as format-error.ts is for
 * GraphQL: the same errors (badUserInput, notFound, …) answer `{code, message, field?, fields?}`
 * with the status and headers they carry in `extensions.http`; Nest's own exceptions (multer's
 * limits, a malformed form) the same way; a database outage 503 with Retry-After; anything else
 * a 500 that says nothing, logged once with its stack but not its message (it may quote values).
 * Headers a route set before failing (the handouts' privacy headers) stay; no error is cached.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? '(no route)'}`;
    if (res.headersSent) {
      // Answered, then failed (an access not recorded): the log is the only place left to say so.
      if (!databaseOutage.noteFailure(error)) {
        this.logger.error(`Failed after answering ${route}`, loggableStack(error));
      }
      return;
    }
    const [status, body, headers] = this.describe(error, route);
    res
      .status(status)
      .set({ ...headers, 'cache-control': 'no-store' })
      .json(body);
  }

  private describe(error: unknown, route: string): Answer {
    if (databaseOutage.noteFailure(error)) {
      return [503, { ...UNAVAILABLE_BODY }, { 'retry-after': String(RETRY_AFTER_SECONDS) }];
    }
    // Ours always have a code; a GraphQLError without one is not ours to show.
    if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
      return fromGraphQL(error);
    }
    if (error instanceof HttpException && error.getStatus() < 500) return fromNest(error);
    this.logger.error(
      `Unexpected error at ${route}: ${error instanceof Error ? error.name : typeof error}`,
      loggableStack(error),
    );
    return [500, { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' }, {}];
  }
}

/** Our own errors: their code, their status and headers, the fields they name. */
function fromGraphQL(error: GraphQLError): Answer {
  const code = error.extensions.code as ErrorCode;
  const http = error.extensions.http as
    { status?: number; headers?: Map<string, string> } | undefined;
  const fields = error.extensions.fields as FieldProblem[] | undefined;
  const body: HttpErrorBody = fields?.length
    ? { code, field: fields[0].field, message: fields[0].message }
    : { code, message: error.message };
  if (fields && fields.length > 1) body.fields = fields;
  const status = http?.status ?? HTTP_STATUS[code as StatusCode] ?? 400;
  return [status, body, Object.fromEntries(http?.headers ?? [])];
}

/** Nest's own exceptions: multer's (the original error is the cause), busboy's, routing. */
function fromNest(error: HttpException): Answer {
  const status = error.getStatus();
  const cause = error.cause as { code?: string; field?: string } | undefined;
  if (status === 400 && cause?.code && FIELD_MESSAGES[cause.code]) {
    const field = cause.field ?? 'file';
    return [
      400,
      { code: ErrorCode.BAD_USER_INPUT, field, message: FIELD_MESSAGES[cause.code](field) },
      {},
    ];
  }
  if (status === 400) {
    // Busboy's complaints: a body that is not well-formed multipart/form-data.
    const message = `the form data is malformed: ${error.message}`;
    return [400, { code: ErrorCode.BAD_USER_INPUT, message }, {}];
  }
  const code =
    (Object.keys(HTTP_STATUS) as StatusCode[]).find((c) => HTTP_STATUS[c] === status) ??
    ErrorCode.BAD_REQUEST;
  return [status, { code, message: error.message }, {}];
}
