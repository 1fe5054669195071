/**
 * The search's ranking as SQL. The ranking is in tiers, each read only while the page is not full
 * (early cut-off), so a common word costs a page, not a score for each of its thousands of matches:
 *   0 the name is the query;  1 the name starts with it;  2 every query word starts a name word;
 *   3 ... an alias word;  4 the words are anywhere else (summary, steps, cues; English stems).
 * Within a tier: shorter names first, then name, then id: a total order, the same on every call.
 * When those tiers find fewer than TYPOS_BELOW exercises, the words are corrected against the
 * library's name and alias words (trigrams) and the corrected query's tiers follow (5-9).
 *
 * Speed: each word tier first walks the filtered catalogue in the tiers' order for at most a
 * budget of rows (exercise_search_order_idx: index-only for tiers 2 and 3), which finds a common
 * word's page at once; only when that window holds too few does it read the rest through the GIN
 * index and sort it, which is cheap because a word that rare has few matches. Either way the cost
 * is bounded, whatever the planner believes about prefix queries and word combinations.
 * Corrections come from search_word (every name and alias word, kept by a trigger).
 */

/** Corrections are looked for only when the words matched fewer exercises than this. */
export const TYPOS_BELOW = 10;
/** Rows a word tier walks in order before reading its GIN index: name/alias tiers, other text. */
export const WALK = { words: 4000, text: 400 };

/** The query text in the forms the tiers compare with; null when it has no word to look for. */
export interface SearchTerms {
  /** Trimmed, inner whitespace collapsed: for websearch_to_tsquery. */
  text: string;
  /** Lower-cased: equal to lower(name) for tier 0. */
  lower: string;
  /** A LIKE pattern: lower(name) starts with the text (tier 1). */
  prefix: string;
  /** The words: letters and digits only, lower-cased. */
  tokens: string[];
  /** A tsquery: every word as a prefix ('side':* & 'pla':*), for tiers 2-4. */
  words: string;
}

export function searchTerms(raw: string): SearchTerms | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  // Letters and digits only: nothing left that tsquery or LIKE syntax could read as an operator.
  const tokens = lower.match(/[\p{L}\p{N}]+/gu);
  if (!tokens) return null;
  return {
    text,
    lower,
    prefix: `${lower.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    tokens,
    words: tokens.map((w) => `${w}:*`).join(' & '),
  };
}

/** The terms with each word replaced as `fixes` says; null when no word changes. */
export function corrected(terms: SearchTerms, fixes: (string | null)[]): SearchTerms | null {
  const tokens = terms.tokens.map((t, i) => fixes[i] ?? t);
  if (tokens.every((t, i) => t === terms.tokens[i])) return null;
  return searchTerms(tokens.join(' '));
}

/** Whether name words (tiers 0-2) and alias words (tier 3) can match at all. */
export interface TierPlan {
  name: boolean;
  alias: boolean;
}

/** From the exercises using each query word (as a prefix): whether every word is used at all. */
export function known(uses: number[]): boolean {
  return uses.every((n) => n > 0);
}

/** The order within a tier; `r` is the row alias. */
const WITHIN = (r: string) => `length(${r}.name), ${r}.name, ${r}.id`;

/** The conditions for the terms whose parameters start with `p`. */
function conditions(p: string) {
  const words = `to_tsquery('simple', :${p}words)`;
  const name = `m.name_words @@ ${words}`;
  const alias = `m.alias_words @@ ${words}`;
  const text = `(m.search_vector @@ websearch_to_tsquery('english', :${p}text)
    OR m.search_vector @@ to_tsquery('english', :${p}words))`;
  return { name, alias, text, any: `(${name} OR ${alias} OR ${text})` };
}

/** One step of the ranking: a tier's condition, read either whole or in two bounded steps. */
interface Step {
  tier: number;
  where: string;
  /** The walk's budget, or none: the tier is read whole (tiers 0 and 1: a btree range). */
  walk?: number;
}

/** Each tier's condition on a row `m` of the base, excluding earlier tiers. */
function tiers(p: string, plan: TierPlan): Step[] {
  const c = conditions(p);
  const notStarting = `lower(m.name) NOT LIKE :${p}prefix`;
  // Tiers 0 and 1 are inside tier 2's set (their names hold the query's words).
  const named = plan.name ? c.name : 'false';
  return [
    { tier: 0, where: `lower(m.name) = :${p}lower AND ${named}` },
    {
      tier: 1,
      where: `lower(m.name) LIKE :${p}prefix AND lower(m.name) <> :${p}lower AND ${named}`,
    },
    { tier: 2, where: plan.name ? `${c.name} AND ${notStarting}` : 'false', walk: WALK.words },
    { tier: 3, where: plan.alias ? `${c.alias} AND NOT ${named}` : 'false', walk: WALK.words },
    { tier: 4, where: `${c.text} AND NOT ${c.alias} AND NOT ${named}`, walk: WALK.text },
  ];
}

/** The statements each step runs: the bounded walk then the rest through GIN, or the tier whole. */
function reads({ where, walk }: Step): { from: string; where: string; order: string }[] {
  const whole = { from: 'm', where, order: WITHIN('m') };
  if (where === 'false') return [];
  if (!walk) return [whole];
  const window = `(SELECT * FROM m ORDER BY ${WITHIN('m')} LIMIT ${walk}) m`;
  const last = `(SELECT ${WITHIN('m')} FROM m ORDER BY ${WITHIN('m')} OFFSET ${walk - 1} LIMIT 1)`;
  return [
    { from: window, where, order: WITHIN('m') },
    // + 0: the order index is no help past the window; the GIN index finds the few left.
    {
      from: 'm',
      where: `${where} AND (length(m.name) + 0, m.name, m.id) > ${last}`,
      order: 'length(m.name) + 0, m.name, m.id',
    },
  ];
}

/** Where the filtered catalogue's statement goes, once the named parameters are numbered. */
export const BASE = '/* base */';

/** The columns the base statement must select (as these names) for the tiers. */
export const BASE_COLUMNS = ['id', 'name', 'name_words', 'alias_words', 'search_vector'];

/**
 * Rows (id, tier, found) at positions :offset..:offset+:limit of the ranking of the terms
 * (parameters :text, :lower, :prefix, :words; :want = offset + limit), over BASE (the filtered
 * catalogue selecting BASE_COLUMNS); `found` is how many matches the tiers read, at most :want.
 * With `excluding`, rows matching the x-prefixed terms (:xtext, :xwords) are left out: the
 * corrected query's tiers after the typed one's. Tier numbers start at `first`.
 */
export function rankedSql(plan: TierPlan, excluding = false, first = 0): string {
  const key = `${plan.name}:${plan.alias}:${excluding}:${first}`;
  let sql = RANKINGS.get(key);
  if (sql === undefined) RANKINGS.set(key, (sql = buildRanked(plan, excluding, first)));
  return sql;
}

/** rankedSql's statements, built once per form (a handful: two flags and where tiers start). */
const RANKINGS = new Map<string, string>();

function buildRanked(plan: TierPlan, excluding: boolean, first: number): string {
  const not = excluding ? ` AND NOT ${conditions('x').any}` : '';
  const steps = tiers('', plan).flatMap((step) =>
    reads(step).map((read) => ({
      select: `SELECT m.id, ${first + step.tier} AS tier, m.name FROM ${read.from}
        WHERE ${read.where}${not}`,
      order: read.order,
    })),
  );
  const ctes = steps.map(({ select, order }, i) => {
    if (i === 0) return `s0 AS (${select} ORDER BY ${order} LIMIT :want)`;
    const prev = `s${i - 1}`;
    return `s${i} AS (SELECT * FROM ${prev} UNION ALL (${select}
      AND (SELECT count(*) FROM ${prev}) < :want
      ORDER BY ${order} LIMIT :want - (SELECT count(*) FROM ${prev})))`;
  });
  const last = `s${steps.length - 1}`;
  return `WITH m AS NOT MATERIALIZED (${BASE}),
    ${ctes.join(',\n')}
  SELECT t.id, t.tier, (SELECT count(*) FROM ${last})::int AS found
  FROM ${last} t ORDER BY t.tier, ${WITHIN('t')} OFFSET :offset LIMIT :limit`;
}

/**
 * Every match of the terms over BASE (what rankedSql orders), or with `correction` also the
 * corrected terms' (c-prefixed parameters) that the typed ones missed. For totalCount and facets.
 */
export function matchesSql(correction: boolean): string {
  const typed = conditions('').any;
  const fixed = correction
    ? `UNION ALL SELECT m.* FROM m WHERE ${conditions('c').any} AND NOT ${typed}`
    : '';
  return `WITH m AS NOT MATERIALIZED (${BASE})
  SELECT m.* FROM m WHERE ${typed} ${fixed}`;
}

/**
 * Per query word (:tokens, in order): how many exercises use a name word and an alias word it
 * starts, and the closest known word (trigram similarity, then alphabetical) for corrections.
 */
export const WORDS_SQL = `
  SELECT t.token,
    (SELECT coalesce(sum(w.in_names), 0) FROM search_word w WHERE w.word LIKE t.token || '%')::int
      AS in_names,
    (SELECT coalesce(sum(w.in_aliases), 0) FROM search_word w WHERE w.word LIKE t.token || '%')::int
      AS in_aliases,
    (SELECT w.word FROM search_word w
      WHERE w.in_names + w.in_aliases > 0 AND w.word % t.token
      ORDER BY similarity(w.word, t.token) DESC, w.word LIMIT 1) AS closest
  FROM unnest(CAST(:tokens AS text[])) WITH ORDINALITY AS t(token, ord)
  ORDER BY t.ord`;

/**
 * `template` with the base statement (whose parameters are `baseValues`, $1..$n) in place of BASE
 * and its :named parameters numbered after the base's. Only the names the template uses are sent:
 * PostgreSQL cannot type a parameter no expression uses.
 */
export function bound(
  template: string,
  [base, baseValues]: [string, unknown[]],
  values: Record<string, unknown>,
): [string, unknown[]] {
  // Keyed by the template itself (its hash is kept on the string), not a longer string built from it.
  let forms = NUMBERED.get(template);
  if (!forms) NUMBERED.set(template, (forms = new Map()));
  let form = forms.get(baseValues.length);
  if (!form) forms.set(baseValues.length, (form = numbered(template, baseValues.length)));
  for (const name of form.names) {
    if (!(name in values)) throw new Error(`search SQL: no value for :${name}`);
  }
  return [form.sql.replace(BASE, base), [...baseValues, ...form.names.map((n) => values[n])]];
}

/**
 * Templates numbered once per base parameter count: the templates are the few rankedSql,
 * matchesSql and WORDS_SQL build, and a filter has a bounded number of parameters.
 */
const NUMBERED = new Map<string, Map<number, { sql: string; names: string[] }>>();

function numbered(template: string, after: number): { sql: string; names: string[] } {
  const names: string[] = [];
  const sql = template.replace(/(?<![:\w]):([a-z]+)\b/g, (_whole, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${after + names.indexOf(name) + 1}`;
  });
  return { sql, names };
}

/** The terms as parameters whose names start with `p` (for the x- and c- prefixed terms). */
export function prefixed(p: string, terms: SearchTerms): Record<string, unknown> {
  const { text, lower, prefix, words } = terms;
  return Object.fromEntries(
    Object.entries({ text, lower, prefix, words }).map(([k, v]) => [`${p}${k}`, v]),
  );
}
