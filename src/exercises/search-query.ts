/**
 * The search's ranking as SQL, built from the filtered catalogue's own statement. The ranking is
 * in tiers, each cheaper than scoring every match, and each tier is read only while the page is
 * not full (early cut-off):
 *   0 the name is the query;  1 the name starts with it;  2 every query word starts a name word;
 *   3 ... an alias word;  4 the words are anywhere else (summary, steps, cues; English stems);
 *   5 typos: names close to the query (trigrams), only when tiers 0-4 found fewer than TYPOS_BELOW.
 * Within a tier: shorter names first, then name, then id, so the order is total and the same on
 * every call; tiers 0-4 walk an index in that order (exercise_search_order_idx) or sort a few
 * rows found through a GIN index, whichever the planner finds cheaper.
 */

/** Typo matches are looked for only when the words matched fewer exercises than this. */
export const TYPOS_BELOW = 10;

/** The query text in the forms the tiers compare with; null when it has no word to look for. */
export interface SearchTerms {
  /** Trimmed, inner whitespace collapsed: for websearch_to_tsquery and trigrams. */
  text: string;
  /** Lower-cased: equal to lower(name) for tier 0. */
  lower: string;
  /** A LIKE pattern: lower(name) starts with the text (tier 1). */
  prefix: string;
  /** A tsquery: every word as a prefix ('side':* & 'pla':*), for tiers 2-4. */
  words: string;
}

export function searchTerms(raw: string): SearchTerms | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  // Letters and digits only: nothing left that tsquery syntax could read as an operator.
  const words = lower.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return {
    text,
    lower,
    prefix: `${lower.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    words: words.map((w) => `${w}:*`).join(' & '),
  };
}

/** The order within a tier; `r` is the row alias. */
const WITHIN = (r: string) => `length(${r}.name), ${r}.name, ${r}.id`;

/** Each tier's condition on a row `m` of the base and the parsed query `q`, excluding earlier tiers. */
const NOT_NAMED = 'lower(m.name) NOT LIKE :prefix';
const TIERS = [
  'lower(m.name) = :lower',
  'lower(m.name) LIKE :prefix AND lower(m.name) <> :lower',
  `m.name_words @@ q.words AND ${NOT_NAMED}`,
  `m.alias_words @@ q.words AND NOT m.name_words @@ q.words AND ${NOT_NAMED}`,
  `(m.search_vector @@ q.web OR m.search_vector @@ q.stems)
    AND NOT m.alias_words @@ q.words AND NOT m.name_words @@ q.words AND ${NOT_NAMED}`,
];
/** Any of tiers 0-4 (tier 0 is inside tier 1's pattern). */
const WORDS_MATCH = `(lower(m.name) LIKE :prefix OR m.name_words @@ q.words
  OR m.alias_words @@ q.words OR m.search_vector @@ q.web OR m.search_vector @@ q.stems)`;
const TYPO = ':text <% m.name';

/** Where the filtered catalogue's statement goes, once the named parameters are numbered. */
export const BASE = '/* base */';

/** The columns the base statement must select (as these names) for the tiers. */
export const BASE_COLUMNS = ['id', 'name', 'name_words', 'alias_words', 'search_vector'];

const parsed = (terms: string) => `q AS MATERIALIZED (SELECT to_tsquery('simple', ${terms}) AS words,
  websearch_to_tsquery('english', :text) AS web, to_tsquery('english', ${terms}) AS stems)`;

/**
 * A statement around BASE, the filtered catalogue (selecting BASE_COLUMNS), with named
 * parameters (:text, :lower, :prefix, :words, :want, :offset, :limit) giving
 * rows (id, tier) of positions offset..offset+limit of the ranking; `want` = offset + limit.
 */
export function rankedSql(): string {
  const tiers = TIERS.map((where, tier) => {
    const prev = `t${tier - 1}`;
    const own = `SELECT m.id, ${tier} AS tier, m.name, 0::real AS close, 0::real AS alike
      FROM m, q WHERE ${where}`;
    if (tier === 0) return `t0 AS (${own} ORDER BY ${WITHIN('m')} LIMIT :want)`;
    return `t${tier} AS (SELECT * FROM ${prev} UNION ALL (${own}
      AND (SELECT count(*) FROM ${prev}) < :want
      ORDER BY ${WITHIN('m')} LIMIT :want - (SELECT count(*) FROM ${prev})))`;
  });
  const typos = `t5 AS (SELECT * FROM t4 UNION ALL (
    SELECT m.id, 5 AS tier, m.name, word_similarity(:text, m.name), similarity(:text, m.name)
    FROM m, q WHERE ${TYPO} AND NOT ${WORDS_MATCH}
      AND (SELECT count(*) FROM t4) < LEAST(:want, ${TYPOS_BELOW})
    ORDER BY 4 DESC, 5 DESC, ${WITHIN('m')} LIMIT :want - (SELECT count(*) FROM t4)))`;
  // Typos (tier 5) score below every word match: closest first, then the tiers' order.
  return `WITH m AS NOT MATERIALIZED (${BASE}), ${parsed(':words')},
    ${tiers.join(',\n')},
    ${typos}
  SELECT t.id, t.tier, CASE WHEN t.tier < 5 THEN 5 - t.tier ELSE 0.99 * t.close END AS score
  FROM t5 t ORDER BY t.tier, t.close DESC, t.alike DESC, ${WITHIN('t')}
  OFFSET :offset LIMIT :limit`;
}

/**
 * Every match of the search (the set rankedSql orders), as rows of BASE: the words' tiers,
 * or close names when the words matched fewer than TYPOS_BELOW. For totalCount and facets.
 */
export function matchesSql(): string {
  return `WITH m AS NOT MATERIALIZED (${BASE}), ${parsed(':words')},
    few AS (SELECT count(*) < ${TYPOS_BELOW} AS yes
      FROM (SELECT 1 FROM m, q WHERE ${WORDS_MATCH} LIMIT ${TYPOS_BELOW}) x)
  SELECT m.* FROM m, q WHERE ${WORDS_MATCH}
  UNION ALL
  SELECT m.* FROM m, q WHERE (SELECT yes FROM few) AND ${TYPO} AND NOT ${WORDS_MATCH}`;
}

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
