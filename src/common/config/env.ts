import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';

/** Environment values are strings: these turn them into what the decorators validate. */
export const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
export const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/** Named, never echoed, in a refusal. */
const SECRET = /SECRET|PASSWORD|TOKEN/;

export function shown(key: string, value: unknown): string {
  return `${key}=${SECRET.test(key) ? '(hidden)' : JSON.stringify(value)}`;
}

/**
 * One section of the configuration, built from the variables its class declares (every property
 * with a validation decorator, optional ones included: the class is the one list of keys) and
 * validated, with one line per problem. Empty strings count as unset.
 */
export function readSection<T extends object>(
  section: new () => T,
  env: NodeJS.ProcessEnv,
): { config: T; problems: string[] } {
  const keys = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(section, '', false, false)
      .map((m) => m.propertyName),
  );
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(section, raw);
  const problems = validateSync(config, { forbidUnknownValues: true }).map(
    (e) => `${shown(e.property, e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  return { config, problems };
}
