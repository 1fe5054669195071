import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { ConfigError } from '../common/config/app-config.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;

/** Variables read here until they join AppConfig, validated the same way meanwhile. */
const KEYS = [
  'MEDIA_MAX_BYTES',
  'MEDIA_MAX_PIXELS',
  'MEDIA_STORAGE',
  'MEDIA_DIR',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const;

/** Where uploaded images go and how big they may be. */
export class MediaConfig {
  /** Largest upload accepted; more answers 413. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  MEDIA_MAX_BYTES = 5 * 1024 * 1024;

  /**
   * Largest picture accepted, in pixels (width × height), checked from the header before any
   * decoding: a few KB of PNG can declare gigabytes of pixels. 40 MP holds any phone photo.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(268_402_689)
  MEDIA_MAX_PIXELS = 40_000_000;

  @IsIn(['local', 's3'])
  MEDIA_STORAGE: 'local' | 's3' = 'local';

  /** Folder of the local storage; by default DATA_DIR/media. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  MEDIA_DIR?: string;

  @IsOptional()
  @IsString()
  @MinLength(3)
  S3_BUCKET?: string;

  @IsString()
  @MinLength(1)
  S3_REGION = 'us-east-1';

  /** An S3-compatible server (MinIO, R2, …); unset: AWS itself. */
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'S3_ENDPOINT must be an http(s):// URL' },
  )
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** MinIO and most self-hosted servers want bucket names in the path, not the host name. */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /** The local folder actually used; a throw-away one when the database is `memory://`. */
  dir: string;
  /** Removes the folder at shutdown when it is a throw-away one. */
  cleanup: () => void = () => undefined;
}

/**
 * Builds and validates the media settings from the environment or from an AppConfig that
 * already holds them (strings, numbers or booleans); empty strings count as unset.
 */
export function loadMediaConfig(source: Record<string, unknown>, dataDir: string): MediaConfig {
  const config = parseMediaConfig(source);
  if (config.MEDIA_DIR) {
    config.dir = config.MEDIA_DIR;
  } else if (dataDir.startsWith('memory://')) {
    // A throw-away database gets throw-away files: nothing would ever reference them again.
    const dir = mkdtempSync(join(tmpdir(), 'exercise-media-'));
    config.dir = dir;
    config.cleanup = () => rmSync(dir, { recursive: true, force: true });
  } else {
    config.dir = join(dataDir, 'media');
  }
  return config;
}

/** The media settings, validated, without touching the disk: start-up calls it before anything. */
export function parseMediaConfig(source: Record<string, unknown>): MediaConfig {
  const raw: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = source[key];
    if (value !== undefined && value !== null && value !== '') raw[key] = value;
  }
  const config = plainToInstance(MediaConfig, raw);
  const problems = validateSync(config).map(
    (e) =>
      `${e.property}=${/SECRET/.test(e.property) ? '(hidden)' : JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  if (config.MEDIA_STORAGE === 's3' && !config.S3_BUCKET) {
    problems.push('S3_BUCKET: is required when MEDIA_STORAGE=s3');
  }
  if (!config.S3_ACCESS_KEY_ID !== !config.S3_SECRET_ACCESS_KEY) {
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
