import {
  type Exercise,
  FIELD_KEYS,
  type FieldKey,
  type FormValues,
  formValuesOf,
  sameField,
} from './form-values';

/** A save refused because someone saved first: what they saved, what I meant to, and my picks. */
export interface Conflict {
  theirs: Exercise;
  theirValues: FormValues;
  fields: FieldKey[];
  choices: Partial<Record<FieldKey, 'mine' | 'theirs'>>;
  mine: FormValues;
  base: FormValues;
}

/**
 * The fields where mine and theirs differ, each preset to mine if I changed it since `base` and
 * to theirs otherwise.
 */
export function conflictOf(theirs: Exercise, mine: FormValues, base: FormValues): Conflict {
  const theirValues = formValuesOf(theirs);
  const fields = FIELD_KEYS.filter((key) => !sameField(mine, theirValues, key));
  const choices: Conflict['choices'] = {};
  for (const key of fields) choices[key] = sameField(mine, base, key) ? 'theirs' : 'mine';
  return { theirs, theirValues, fields, choices, mine, base };
}

/** Their values with the fields where I chose mine put back. */
export function resolvedValues(conflict: Conflict): FormValues {
  const resolved: FormValues = structuredClone(conflict.theirValues);
  for (const key of conflict.fields) {
    if (conflict.choices[key] === 'mine') {
      (resolved as unknown as Record<string, unknown>)[key] = structuredClone(conflict.mine[key]);
    }
  }
  return resolved;
}
