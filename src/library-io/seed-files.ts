import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toProblems } from '../common/errors/validation.pipe.js';

/** A seed folder that cannot be loaded; the message names the file and record. */
export class SeedError extends Error {}

export interface SeedCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export const noCounts = (): SeedCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** Nothing is written while any record has a problem: all of them are reported at once. */
export function refuse(problems: string[]): void {
  if (problems.length > 0) {
    throw new SeedError(`Invalid seed data, nothing was written:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * The records of one JSON array file, each validated like the GraphQL input it mirrors, with the
 * problems found (`check` adds rules that span a record).
 */
export async function validateFile<T extends object>(
  type: new () => T,
  file: string,
  check: (record: T, where: string) => string[] = () => [],
): Promise<{ records: T[]; problems: string[] }> {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new SeedError(`${file}: must hold a JSON array`);
  const problems: string[] = [];
  const records: T[] = [];
  for (const [index, raw] of data.entries()) {
    const record = plainToInstance(type, raw as object);
    const where = `${basename(file)}[${index}]`;
    const errors = await validate(record, { whitelist: true, forbidNonWhitelisted: true });
    problems.push(...toProblems(errors, '').map((p) => `${where}: ${p.field}: ${p.message}`));
    problems.push(...check(record, where));
    records.push(record);
  }
  return { records, problems };
}

export async function readRecords<T extends object>(type: new () => T, file: string): Promise<T[]> {
  const { records, problems } = await validateFile(type, file);
  refuse(problems);
  return records;
}

/** Pretty JSON with a final newline, so two exports of the same library are byte-identical. */
export function writeJson(file: string, data: unknown): void {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
