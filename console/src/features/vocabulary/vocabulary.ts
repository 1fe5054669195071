import { ENUMS, FIELDS } from '../../gql/vocabulary';

/**
 * The schema's vocabulary as the console shows it: a readable label for each enum value
 * (SINGLE_LEG reads "Single leg") and the schema's own descriptions as help texts, so what
 * STAGGERED or RIR means is written once, in the API, and read here.
 */
export type EnumName = keyof typeof ENUMS;

export interface VocabularyValue {
  value: string;
  label: string;
  description: string;
}

/** Abbreviations that stay in capitals. */
const KEEP = new Set(['RPE', 'RIR', 'ACL', 'ITB', 'PFPS', 'MTSS', 'TRX']);

export function labelOf(value: string): string {
  return value
    .split('_')
    .map((word, i) => {
      if (KEEP.has(word)) return word;
      const lower = word.toLowerCase();
      return i === 0 ? lower[0].toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}

export function valuesOf(name: EnumName): VocabularyValue[] {
  return ENUMS[name].values.map((v) => ({ ...v, label: labelOf(v.value) }));
}

export function describeValue(name: EnumName, value: string): string {
  return ENUMS[name].values.find((v) => v.value === value)?.description ?? '';
}

/** What the vocabulary itself is, e.g. Stance: "Base of support: how the feet carry the body…" */
export function describeEnum(name: EnumName): string {
  return forPeople(ENUMS[name].description);
}

export function isValueOf(name: EnumName, value: string): boolean {
  return ENUMS[name].values.some((v) => v.value === value);
}

type Fields = typeof FIELDS;
export function describeField<T extends keyof Fields>(type: T, field: keyof Fields[T]): string {
  return forPeople(String(FIELDS[type][field] ?? ''));
}

/**
 * The schema's words without the parts written for client code: "How hard the load is, on one
 * scale; null when not set" reads "How hard the load is, on one scale" next to a field.
 */
export function forPeople(description: string): string {
  return (
    description
      .split(/;\s+/)
      .filter((part) => !/\bnull\b|`/.test(part))
      .join('; ')
      // "(changeExerciseStatus lists the ways back)": an operation's name means nothing here.
      .replace(/\s*\([^()]*\b[a-z]+[A-Z]\w*[^()]*\)/g, '')
      // "Only SINGLE_LEG counts": the value as the page shows it.
      .replace(/\b[A-Z][A-Z_]+\b/g, (word) => (VALUES.has(word) ? labelOf(word) : word))
      .replace(/ -> /g, ' → ')
  );
}

/** Every enum value name, to tell SINGLE_LEG (a value) from RPE or PDF in running text. */
const VALUES = new Set(Object.values(ENUMS).flatMap((e) => e.values.map((v): string => v.value)));
