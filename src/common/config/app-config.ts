import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { passwordProblem } from '../access/password-policy.js';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';
import { type CorsOrigins, parseCorsOrigins } from './cors-origins.js';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { readSection, shown, toBool, toInt } from './env.js';
import { MediaConfig } from './media.config.js';

/** pino's levels, most severe first; `silent` writes nothing. */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/**
 * The service's whole configuration, read from the environment once at start-up. Invalid values
 * stop the process with one line per offending variable rather than failing later at first use.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  /** A PostgreSQL server; when unset the embedded engine (PGlite) serves DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /** Folder of the embedded engine's data, or `memory://` for a throw-away database. */
  @IsString()
  @MinLength(1)
  DATA_DIR = './.data';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE = 10;

  /** At start-up, load the seed exercises (and templates) of seeds/ the catalogue lacks; existing ones are left as they are. */
  @Transform(toBool)
  @IsBoolean()
  SEED_ON_EMPTY = true;

  /** Four-eyes publishing: whoever submitted an exercise or changed it in review cannot publish it. */
  @Transform(toBool)
  @IsBoolean()
  REQUIRE_SECOND_REVIEWER = false;

  /** How long browsers and CDNs may keep a GET query's answer about published content. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86400)
  HTTP_CACHE_MAX_AGE = 60;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_LANDING_PAGE?: boolean;

  /** Signs login tokens (HS256). Required in production; otherwise a random one per start. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 900;

  /** How long a refresh token lasts; each refresh starts the period again. */
  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(90 * 86400)
  REFRESH_TTL_SECONDS = 7 * 86400;

  /** How long an admin-issued password-reset token works (it works once). */
  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(7 * 86400)
  PASSWORD_RESET_TTL_SECONDS = 86400;

  /**
   * How long a session's or API key's state (revoked, role, active) is remembered between
   * database reads, per instance. Revocations on the same instance apply at once regardless.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(5000)
  CREDENTIAL_CACHE_MS = 2000;

  /** The longest wait between sign-in attempts for one email after repeated failures. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_BACKOFF_MAX_SECONDS = 60;

  /**
   * Which proxies' X-Forwarded-For to believe, as Express' `trust proxy`: unset or `false`
   * (none: the address is the socket's), a hop count (`1`), or addresses and subnets
   * (`loopback`, `10.0.0.0/8, 192.168.1.10`). `true` believes anyone and is refused.
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * Origins whose pages may call the API from a browser, comma-separated
   * (`https://app.clinic.example`). Unset: none in production, any localhost port otherwise.
   */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /** With ADMIN_PASSWORD: the first admin, created at start-up if no account has this email. */
  @IsOptional()
  @Matches(/^[^@\s]+@[^@\s]+$/, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  /** Sign-in attempts (each `login`/`changePassword`/`resetPassword`) per minute from one address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  /** Mutations per minute from one account, key or address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MUTATION_RATE_LIMIT = 120;

  /** The folder an admin's importFreeExerciseDb(input: {path}) may read from; unset disables it. */
  @IsOptional()
  @IsString()
  IMPORT_DIR?: string;

  /** The letterhead of every handout. */
  @IsString()
  @MinLength(1)
  CLINIC_NAME = 'Stride Physical Therapy';

  /** Address lines, separated by `|`: `12 Harbour Road|Portland, OR 97201`. */
  @IsOptional()
  @IsString()
  CLINIC_ADDRESS?: string;

  /** Printed in the letterhead and in every page's footer of a handout. */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  CLINIC_PHONE?: string;

  /** A PNG, JPEG or SVG file printed on handouts; a built-in mark when unset. */
  @IsOptional()
  @Matches(/\.(png|jpe?g|svg)$/i, { message: 'must be a .png, .jpg or .svg file' })
  CLINIC_LOGO?: string;

  /** The paper handouts are laid out for: A4 (most of the world) or LETTER (US Letter). */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsIn(['A4', 'LETTER'], { message: 'must be A4 or LETTER' })
  HANDOUT_PAPER_SIZE: 'A4' | 'LETTER' = 'A4';

  /**
   * Where patients reach this service, for the links and QR codes printed on handouts. Required
   * in production: a printed link to 127.0.0.1 would be useless.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  /** How long a handout's share link works unless another expiry is asked for. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  HANDOUT_LINK_DAYS = 90;

  /** Threads that print handout PDFs, off the event loop: by default all cores but one. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  PRINT_WORKERS = Math.max(1, availableParallelism() - 1);

  /** PDFs that may wait for a free print thread; one more gets 503 with Retry-After. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  PRINT_QUEUE = 16;

  /** The longest a PDF may take, its wait in the queue included; then 503, the render stopped. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  PRINT_TIMEOUT_MS = 30000;

  /** Heap of each print thread: a render that needs more fails alone, its thread replaced. */
  @Transform(toInt)
  @IsInt()
  @Min(64)
  @Max(16384)
  PRINT_WORKER_HEAP_MB = 512;

  /**
   * The least severe log line written. Unset: `info`, or `warn` under NODE_ENV=test (tests read
   * what goes wrong, not every request).
   */
  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevelName;

  /**
   * `json` (one object a line, for a log shipper) or `pretty` (for a person at a terminal).
   * Unset: pretty in development, JSON otherwise.
   */
  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'must be json or pretty' })
  LOG_FORMAT?: 'json' | 'pretty';

  /**
   * A Bearer token Prometheus sends to read /metrics. Unset: /metrics is open in development
   * and test, and absent (404) in production, where counts of requests are nobody else's business.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /**
   * On SIGTERM, how long readiness answers 503 while requests are still served as usual, so that
   * a load balancer polling it stops sending new ones before the listener closes.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120000)
  SHUTDOWN_DELAY_MS = 0;

  /**
   * How long an idle kept-alive connection stays open. Longer than a balancer's or a client's own
   * idle timeout (60 s is the common one; undici keeps 4 s), so the client always closes first:
   * when the server closes a socket at the moment a client reuses it, that request fails with
   * ECONNRESET, and under load Node's 5 s default met clients' reuse often enough to be seen.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  HTTP_KEEP_ALIVE_MS = 65000;

  /** Then, how long requests in flight (PDF renders included) may take to finish; then cut. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600000)
  SHUTDOWN_TIMEOUT_MS = 10000;

  /**
   * A Redis server shared by every instance (`redis://127.0.0.1:6379/0`): rate limits, the
   * response cache and revocations then hold across instances. Unset: all of them in-process,
   * right for a single instance.
   */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Prefix of every Redis key and channel, so that several deployments can share one Redis. */
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  REDIS_PREFIX = 'rel:';

  /**
   * Answers to public reads (anonymous callers and app keys) kept until the library changes:
   * `on` or `off`. In this process, or in Redis when REDIS_URL is set.
   */
  @IsIn(['on', 'off'], { message: 'must be on or off' })
  RESPONSE_CACHE: 'on' | 'off' = 'on';

  /** Uploaded images and their storage (local disk or S3): MEDIA_* and S3_* variables. */
  media: MediaConfig = new MediaConfig();

  get logLevel(): LogLevelName {
    return this.LOG_LEVEL ?? (this.NODE_ENV === 'test' ? 'warn' : 'info');
  }

  get logFormat(): 'json' | 'pretty' {
    return this.LOG_FORMAT ?? (this.NODE_ENV === 'development' ? 'pretty' : 'json');
  }

  /** TRUST_PROXY as Express wants it. */
  get trustProxy(): TrustProxy {
    return parseTrustProxy(this.TRUST_PROXY).value ?? false;
  }

  /** CORS_ORIGINS as the cors middleware wants it. */
  get corsOrigins(): CorsOrigins {
    return parseCorsOrigins(this.CORS_ORIGINS, this.production).value ?? [];
  }

  get production(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Introspection and the landing page default to on, except in production. */
  get introspection(): boolean {
    return this.GRAPHQL_INTROSPECTION ?? !this.production;
  }

  get landingPage(): boolean {
    return this.GRAPHQL_LANDING_PAGE ?? !this.production;
  }

  /** The base of links printed on handouts, without a trailing slash. */
  get publicUrl(): string {
    const host = this.HOST === '0.0.0.0' || this.HOST === '::' ? '127.0.0.1' : this.HOST;
    return (this.PUBLIC_URL ?? `http://${host}:${this.PORT}`).replace(/\/+$/, '');
  }
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds and validates the whole configuration, every section, from the environment: one line per
 * problem, all of them at once. Empty strings count as unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const { config, problems } = readSection(AppConfig, env);
  const media = readSection(MediaConfig, env);
  config.media = media.config;
  config.media.dataDir = config.DATA_DIR;
  if (config.production && !config.JWT_SECRET) {
    problems.push('JWT_SECRET: is required when NODE_ENV=production');
  }
  if (config.production && !config.PUBLIC_URL) {
    problems.push('PUBLIC_URL: is required when NODE_ENV=production (handouts print it)');
  }
  if (config.CLINIC_LOGO && !existsSync(config.CLINIC_LOGO)) {
    problems.push(`${shown('CLINIC_LOGO', config.CLINIC_LOGO)}: no such file`);
  }
  if (!config.ADMIN_EMAIL !== !config.ADMIN_PASSWORD) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither');
  }
  if (config.ADMIN_PASSWORD && !problems.some((p) => p.startsWith('ADMIN_PASSWORD='))) {
    const problem = passwordProblem(config.ADMIN_PASSWORD, [config.ADMIN_EMAIL ?? '']);
    if (problem) problems.push(`ADMIN_PASSWORD=(hidden): ADMIN_PASSWORD ${problem}`);
  }
  const trust = parseTrustProxy(config.TRUST_PROXY);
  if (trust.problem) {
    problems.push(`${shown('TRUST_PROXY', config.TRUST_PROXY)}: ${trust.problem}`);
  }
  const cors = parseCorsOrigins(config.CORS_ORIGINS, config.production);
  if (cors.problem) {
    problems.push(`${shown('CORS_ORIGINS', config.CORS_ORIGINS)}: ${cors.problem}`);
  }
  problems.push(...media.problems, ...config.media.problems());
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
