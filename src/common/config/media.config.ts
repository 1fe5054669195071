import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'class-transformer';
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
} from 'class-validator';
import { toBool, toInt } from './env.js';

/**
 * The media section of the configuration (AppConfig.media): where uploaded images go and how big
 * they may be. Read and validated by loadConfig with the rest; injectable on its own.
 */
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

  /** DATA_DIR, set by loadConfig: the local folder defaults to a place inside it. */
  dataDir = './.data';

  private folder?: string;
  private throwAway = false;

  /**
   * The local folder actually used. A throw-away database (`memory://`) gets a throw-away folder,
   * made on first use (so reading the configuration touches no disk) and removed by cleanup().
   */
  get dir(): string {
    if (this.folder === undefined) {
      if (this.MEDIA_DIR) {
        this.folder = this.MEDIA_DIR;
      } else if (this.dataDir.startsWith('memory://')) {
        this.folder = mkdtempSync(join(tmpdir(), 'exercise-media-'));
        this.throwAway = true;
      } else {
        this.folder = join(this.dataDir, 'media');
      }
    }
    return this.folder;
  }

  /** Removes the folder at shutdown when it is a throw-away one. */
  cleanup(): void {
    if (this.throwAway && this.folder) rmSync(this.folder, { recursive: true, force: true });
  }

  /** What the variables cannot say one by one. */
  problems(): string[] {
    const problems: string[] = [];
    if (this.MEDIA_STORAGE === 's3' && !this.S3_BUCKET) {
      problems.push('S3_BUCKET: is required when MEDIA_STORAGE=s3');
    }
    if (!this.S3_ACCESS_KEY_ID !== !this.S3_SECRET_ACCESS_KEY) {
      problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither');
    }
    return problems;
  }
}
