import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { type DestinationStream, stdTimeFunctions } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { AppConfig } from '../config/app-config.js';
import { REDACTION } from './redaction.js';
import { requestIdFrom } from './request-id.js';

/** Fields of a request line already said by its message: a terminal shows the message only. */
const SAID_IN_MESSAGE = 'pid,hostname,context,method,url,route,operation,status,durationMs';

/**
 * Where log lines go: stdout, as JSON lines or made readable by pino-pretty in this thread.
 * nestjs-pino builds one pino logger per process, with the options of the first app; this one
 * destination lets each app (tests and CLI tools start several) choose its own format. Writes go
 * through process.stdout.write (synchronous for files and pipes), so lines keep their order with
 * anything else printed and are all out before the process exits.
 */
class LogOutput implements DestinationStream {
  private pretty: ((line: string) => string) | null = null;

  use(format: 'json' | 'pretty'): void {
    this.pretty =
      format === 'pretty'
        ? prettyFactory({
            colorize: Boolean(process.stdout.isTTY),
            translateTime: 'SYS:HH:MM:ss.l',
            ignore: SAID_IN_MESSAGE,
            singleLine: true,
            messageFormat: '{if context}[{context}] {end}{msg}',
          })
        : null;
  }

  write(line: string): void {
    process.stdout.write(this.pretty ? this.pretty(line) : line);
  }
}

export const logOutput = new LogOutput();

/**
 * nestjs-pino's settings. Its pino-http middleware is kept for what it gives every log line made
 * while a request runs (the request id, through its AsyncLocalStorage); the one line per request
 * is written by RequestObserver, which runs before the body parser and so sees every request.
 */
export function loggerParams(config: AppConfig): Params {
  logOutput.use(config.logFormat);
  return {
    pinoHttp: [
      {
        level: config.logLevel,
        redact: REDACTION,
        timestamp: stdTimeFunctions.isoTime,
        // "info" rather than 30: what people and log shippers search for.
        formatters: { level: (label) => ({ level: label }) },
        // RequestObserver has set it (from X-Request-Id or new) before this middleware runs.
        genReqId: (req: IncomingMessage) =>
          (req as IncomingMessage & { id?: string }).id ??
          requestIdFrom(req.headers['x-request-id']),
        autoLogging: false,
        // Lines logged during a request carry its id, not its headers.
        quietReqLogger: true,
        customAttributeKeys: { reqId: 'requestId' },
      },
      logOutput,
    ],
  };
}
