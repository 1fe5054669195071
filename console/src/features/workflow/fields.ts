import { labelOf } from '../vocabulary/vocabulary';

/** A snapshot field's name in words: `tempoNotation` reads "Tempo notation". */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An enum value as the schema names them (SINGLE_LEG), read as words elsewhere in the console. */
const ENUM_VALUE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * A revision's field value as plain text to compare word by word: lists one item a line, objects
 * one `Key: value` a line (nested ones indented), enum values in words; nothing is ''.
 */
export function valueText(value: unknown, indent = ''): string {
  if (value == null) return '';
  if (typeof value === 'string') return ENUM_VALUE.test(value) ? labelOf(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((item) => valueText(item, indent))
      .filter((line) => line !== '')
      .join('\n');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) =>
        v !== null && typeof v === 'object' && !Array.isArray(v)
          ? `${indent}${fieldLabel(k)}:\n${valueText(v, `${indent}  `)}`
          : `${indent}${fieldLabel(k)}: ${valueText(v, indent).replace(/\n/g, ', ')}`,
      )
      .join('\n');
  }
  return JSON.stringify(value) ?? '';
}
