import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type ErrorRequestHandler } from 'express';
import { ErrorCode } from './errors.js';
import type { HttpErrorBody } from './http-exception.filter.js';

/** The largest JSON or form body (uploads are multipart, limited by MEDIA_MAX_BYTES instead). */
export const BODY_LIMIT = '100kb';

/** body-parser's `type`s, and what they mean to the caller. Its own messages quote the body. */
const BODY_PROBLEMS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.too.large': {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: `The request body is larger than ${BODY_LIMIT}.`,
  },
  'entity.parse.failed': {
    status: 400,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is not valid JSON.',
  },
  'encoding.unsupported': {
    status: 415,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is compressed in an encoding this service does not accept.',
  },
  'charset.unsupported': {
    status: 415,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is in a character set other than UTF-8.',
  },
  'request.size.invalid': {
    status: 400,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is shorter or longer than its Content-Length.',
  },
  'request.aborted': {
    status: 400,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body was cut off before its end.',
  },
};

/**
 * Nest's own body parsers answer their errors in a third shape (`{statusCode, message, error}`)
 * and echo the start of the body, which may hold a patient's name. These parsers are Nest's
 * (JSON, and forms as `extended`), and their errors answer in the shape of the route: GraphQL's
 * `{errors: [{message, extensions: {code}}]}` on /graphql, `{code, message}` elsewhere.
 */
export function useBodyParsers(app: NestExpressApplication): void {
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(express.urlencoded({ extended: true, limit: BODY_LIMIT }));
  app.use(bodyErrors);
}

const bodyErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
  const type = (error as { type?: unknown } | null)?.type;
  const problem = typeof type === 'string' ? BODY_PROBLEMS[type] : undefined;
  if (!problem) return next(error);
  const { status, code, message } = problem;
  const body: HttpErrorBody | { errors: { message: string; extensions: { code: ErrorCode } }[] } =
    req.path === '/graphql' ? { errors: [{ message, extensions: { code } }] } : { code, message };
  res.status(status).set('cache-control', 'no-store').json(body);
};
