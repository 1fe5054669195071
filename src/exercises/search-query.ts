/**
 * The search's ranking as SQL. The ranking is in tiers, each read only while the page is not full
 * (early cut-off), so a common word costs a page, not a score for each of its thousands of matches:
 *   0 the name is the query;  1 the name starts with it;  2 every query word starts a name word;
 *   3 ... an alias word;  4 the words are anywhere else (summary, steps, cues; English stems).
 * Within a tier: shorter names first, then name, then id: a total order, the same on every call.
 * When those tiers find fewer than TYPOS_BELOW exercises, the words are corrected against the
 * library's name and alias words (trigrams) and the corrected query's tiers follow (5-9).
 *
 * Speed: tiers 2 and 3 either walk exercise_search_order_idx (already in the tiers' order, and
 * carrying the word vectors: index-only, stops after a page) or read a GIN index and sort what
 * they find. Which is cheaper depends on how common the words are; the planner cannot tell for
 * prefix queries, so the caller decides from the word counts kept in search_word (`Strategy`).
 * The choice changes only the plan, never the rows or their order.
 */

/** Corrections are looked for only when the words matched fewer exercises than this. */
export const TYPOS_BELOW = 10;
/** Words on at least this many exercises are searched by walking the tiers' order. */
export const WALK_FROM = 500;

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

/** How to read a word tier: skip it (no known word fits), walk the order, or read GIN and sort. */
export type Strategy = 'skip' | 'walk' | 'gin';

/** From the exercises using each query word (as a prefix), the fewest: what all of them can match. */
export function strategy(uses: number[]): Strategy {
  const fewest = Math.min(...uses);
  if (fewest <= 0) return 'skip';
  return fewest >= WALK_FROM ? 'walk' : 'gin';
}

/** How tiers 0-3 are read: by whether name words (0-2) and alias words (3) can match at all. */
export interface TierPlan {
  name: Strategy;
  alias: Strategy;
}

/**
 * The order within a tier; `r` is the row alias. `gin` hides it from the order index (+ 0), so
 * the planner reads the tier's GIN index; otherwise it chooses (walk conditions are unindexable).
 */
const within = (r: string, how: Strategy = 'gin') =>
  `length(${r}.name)${how === 'walk' ? '' : ' + 0'}, ${r}.name, ${r}.id`;

/** The conditions for the terms whose parameters start with `p`. */
function conditions(p: string) {
  const words = `to_tsquery('simple', :${p}words)`;
  const name = `m.name_words @@ ${words}`;
  const alias = `m.alias_words @@ ${words}`;
  const text = `(m.search_vector @@ websearch_to_tsquery('english', :${p}text)
    OR m.search_vector @@ to_tsquery('english', :${p}words))`;
  return { name, alias, text, any: `(${name} OR ${alias} OR ${text})` };
}

/** `cond` as the strategy reads it: IS TRUE keeps a walked condition off the GIN index. */
const as = (how: Strategy, cond: string) =>
  how === 'skip' ? 'false' : how === 'walk' ? `(${cond}) IS TRUE` : cond;

/**
 * Each tier's condition on a row `m` of the base, excluding earlier tiers. Tiers 0 and 1 are
 * inside tier 2's set (their names hold the query's words), so every match is a GIN match.
 */
function tiers(p: string, plan: TierPlan): [string, Strategy][] {
  const c = conditions(p);
  const notStarting = `lower(m.name) NOT LIKE :${p}prefix`;
  const named = plan.name === 'skip' ? 'false' : c.name;
  return [
    [`lower(m.name) = :${p}lower AND ${named}`, 'walk'],
    [`lower(m.name) LIKE :${p}prefix AND lower(m.name) <> :${p}lower AND ${named}`, 'walk'],
    [`${as(plan.name, c.name)} AND ${notStarting}`, plan.name],
    [`${as(plan.alias, c.alias)} AND NOT ${c.name}`, plan.alias],
    // The English vector's statistics are exact for whole words: the planner chooses well here.
    [`${c.text} AND NOT ${c.alias} AND NOT ${c.name}`, 'walk'],
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
  const not = excluding ? ` AND NOT ${conditions('x').any}` : '';
  const ctes = tiers('', plan).map(([where, how], i) => {
    const tier = first + i;
    const own = `SELECT m.id, ${tier} AS tier, m.name FROM m WHERE ${where}${not}`;
    if (i === 0) return `t0 AS (${own} ORDER BY ${within('m', how)} LIMIT :want)`;
    const prev = `t${i - 1}`;
    return `t${i} AS (SELECT * FROM ${prev} UNION ALL (${own}
      AND (SELECT count(*) FROM ${prev}) < :want
      ORDER BY ${within('m', how)} LIMIT :want - (SELECT count(*) FROM ${prev})))`;
  });
  return `WITH m AS NOT MATERIALIZED (${BASE}),
    ${ctes.join(',\n')}
  SELECT t.id, t.tier, (SELECT count(*) FROM t4)::int AS found
  FROM t4 t ORDER BY t.tier, ${within('t')} OFFSET :offset LIMIT :limit`;
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
  const names: string[] = [];
  const numbered = template.replace(/(?<![:\w]):([a-z]+)\b/g, (_whole, name: string) => {
    if (!(name in values)) throw new Error(`search SQL: no value for :${name}`);
    if (!names.includes(name)) names.push(name);
    return `$${baseValues.length + names.indexOf(name) + 1}`;
  });
  return [numbered.replace(BASE, base), [...baseValues, ...names.map((n) => values[n])]];
}

/** The terms as parameters whose names start with `p` (for the x- and c- prefixed terms). */
export function prefixed(p: string, terms: SearchTerms): Record<string, unknown> {
  const { text, lower, prefix, words } = terms;
  return Object.fromEntries(
    Object.entries({ text, lower, prefix, words }).map(([k, v]) => [`${p}${k}`, v]),
  );
}
