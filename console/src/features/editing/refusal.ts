import { ApiError } from '../../lib/errors';
import { FIELD_KEYS, formPath } from './form-values';

/**
 * A refused save's problems: those on a form field by the field's path (the first one each),
 * the rest as texts for the summary.
 */
export function problemsOf(error: unknown): { byField: Record<string, string>; rest: string[] } {
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  if (error instanceof ApiError) {
    for (const problem of error.fields) {
      const path = formPath(problem.field);
      const root = path.split('.')[0];
      if ((FIELD_KEYS as readonly string[]).includes(root)) byField[path] ??= problem.message;
      else rest.push(problem.message);
    }
    if (error.fields.length === 0) rest.push(error.message);
  } else rest.push(String(error));
  return { byField, rest };
}
