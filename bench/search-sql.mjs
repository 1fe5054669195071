// The service's search, restated once for both peers (raw-sql.mjs and the PostGraphile function).
// Mirror of ExerciseRepository.search() in src/exercises/exercise.repository.ts: when the service's
// search changes, change it here too; the runner's row check reports "mismatch" until then.
// `q` is the SQL expression holding the query text ($1::text, or a function argument); `first`
// the SQL expression of the page size, which bounds the candidates as in the service.

const tsquery = (q) => `websearch_to_tsquery('english', ${q})`;

/**
 * The exercises to score: the published names nearest the query (KNN on word-similarity distance,
 * GiST index) and a bounded number of published text matches; a first page of `first` wants
 * first + 1 rows.
 */
export const searchCandidates = (q, first) => `
  (SELECT c.id FROM exercise c WHERE c.status = 'PUBLISHED' AND ${q} <% c.name
   ORDER BY ${q} <<-> c.name LIMIT greatest(50, 3 * (${first} + 1)))
  UNION
  (SELECT c.id FROM exercise c WHERE c.status = 'PUBLISHED' AND c.search_vector @@ ${tsquery(q)}
   LIMIT greatest(100, 5 * (${first} + 1)))`;

/** ts_rank (name A > aliases B > summary C > steps/cues D) + word and whole-name similarity. */
export const searchScore = (q) =>
  `ts_rank(e.search_vector, ${tsquery(q)}) + word_similarity(${q}, e.name) + similarity(${q}, e.name)`;

/**
 * The same search as a set-returning function for PostGraphile, in a `bench` schema of the bench
 * database only (never in the service's migrations); the runner creates it before each run.
 * PostGraphile paginates the rows itself, so the candidate bound is fixed for pages of `first`.
 */
export const searchFunction = (first) => `
  CREATE SCHEMA IF NOT EXISTS bench;
  CREATE OR REPLACE FUNCTION bench.search_exercises(query text) RETURNS SETOF exercise
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT e.* FROM exercise e WHERE e.id IN (${searchCandidates('query', first)})
    ORDER BY ${searchScore('query')} DESC, e.id
  $$;`;
