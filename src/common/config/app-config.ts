import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

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

  /** Load seeds/ when the exercise table is empty at start-up. */
  @Transform(toBool)
  @IsBoolean()
  SEED_ON_EMPTY = true;

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
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Builds and validates the configuration; empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const keys = Object.keys(new AppConfig()).concat([
    'DATABASE_URL',
    'GRAPHQL_INTROSPECTION',
    'GRAPHQL_LANDING_PAGE',
  ]);
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map(
        (e) =>
          `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
      ),
    );
  }
  return config;
}
