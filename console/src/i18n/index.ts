import { en } from './en';

/**
 * The catalogue in use and a small formatter: `{name}` placeholders, and ICU-style
 * `{n, plural, =0 {...} one {# ...} other {# ...}}` with Intl.PluralRules. Enough for the
 * console's strings without a message-format library.
 */
export const messages = en;
const locale = 'en';
const plurals = new Intl.PluralRules(locale);
const numbers = new Intl.NumberFormat(locale);

export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(
    /\{(\w+), plural,((?:\s*(?:=\d+|\w+)\s*\{[^{}]*\})+)\s*\}|\{(\w+)\}/g,
    (
      _match,
      pluralName: string | undefined,
      cases: string | undefined,
      name: string | undefined,
    ) => {
      if (name !== undefined) return String(values[name] ?? `{${name}}`);
      const n = Number(values[pluralName!]);
      const options = new Map<string, string>();
      for (const [, key, text] of cases!.matchAll(/\s*(=\d+|\w+)\s*\{([^{}]*)\}/g)) {
        options.set(key, text);
      }
      const text = options.get(`=${n}`) ?? options.get(plurals.select(n)) ?? options.get('other');
      return (text ?? '').replace(/#/g, numbers.format(n));
    },
  );
}

export const t = messages;
