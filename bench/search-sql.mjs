// The service's search for both peers (raw-sql.mjs and the PostGraphile function): the very
// statement ExerciseRepository.search() runs, built by the service's own src/exercises/search-query.ts
// (compiled to dist/, which the runner builds first), with the query's forms computed in SQL
// instead of in TypeScript. So the peers cannot drift from the service's ranking.
// Left out, as the bench's words never need them: the word lookup that skips tiers no known word
// can match (it changes the plan, not the rows) and typo corrections (only below 10 matches).

/** The search's named parameters as SQL expressions of the query text `q` and page size `n`. */
const forms = (q, n) => {
  const text = `regexp_replace(btrim(${q}), '\\s+', ' ', 'g')`;
  return {
    text,
    lower: `lower(${text})`,
    prefix: `replace(replace(replace(lower(${text}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`,
    words: `(SELECT string_agg(w[1] || ':*', ' & ') FROM regexp_matches(lower(${q}), '([[:alnum:]]+)', 'g') w)`,
    want: n,
    offset: '0',
    limit: n,
  };
};

const { rankedSql, searchTerms, bound, BASE, BASE_COLUMNS } =
  await import('../dist/exercises/search-query.js');
const ranked = rankedSql({ name: true, alias: true });
const base = `SELECT ${BASE_COLUMNS.map((c) => `e.${c} AS ${c}`).join(', ')}
  FROM exercise e WHERE e.status = 'PUBLISHED'`;

/**
 * The ranking of published exercises for `query`, its first `first` rows (id, tier, found), as
 * the service sends it: the query's forms computed in JavaScript, passed as parameters; `wrap`
 * puts the statement in a larger one. Null when the query has no word (no rows).
 */
export function searchStatement(query, first, wrap) {
  const terms = searchTerms(query);
  if (!terms) return null;
  const [text, values] = bound(ranked, [base, []], {
    ...terms,
    want: first,
    offset: 0,
    limit: first,
  });
  return { text: wrap(text), values };
}

/** The same ranking for `q` and `n` SQL expressions (in the PostGraphile function's body). */
function searchRanked(q, n) {
  const values = forms(q, n);
  return ranked
    .replace(/(?<![:\w]):([a-z]+)\b/g, (_whole, name) => `(${values[name]})`)
    .replace(BASE, base);
}

/**
 * The same search as a set-returning function for PostGraphile, in a `bench` schema of the bench
 * database only (never in the service's migrations); the runner creates it before each run.
 * `lim` is the page size the tiers read up to (PostGraphile's `first` cuts the rows again).
 */
export const searchFunction = () => `
  CREATE SCHEMA IF NOT EXISTS bench;
  DROP FUNCTION IF EXISTS bench.search_exercises(text);
  CREATE OR REPLACE FUNCTION bench.search_exercises(query text, lim int DEFAULT 100)
  RETURNS SETOF exercise LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT e.* FROM (${searchRanked('query', 'lim')}) r JOIN exercise e ON e.id = r.id
    ORDER BY r.tier, length(e.name), e.name, e.id
  $$;`;
