// The service's search, restated once for both peers (raw-sql.mjs and the PostGraphile function).
// Mirror of ExerciseRepository.search() in src/exercises/exercise.repository.ts: when the service's
// search changes, change it here too; the runner's row check reports "mismatch" until then.
// `q` is the SQL expression holding the query text ($1::text, or a function argument).

const tsquery = (q) => `websearch_to_tsquery('english', ${q})`;

/**
 * The exercises to score: every published exercise whose words match or whose name is close to
 * the query (typos), as the service does; `first` is unused since the ranking became exact.
 */
export const searchCandidates = (q) => `
  SELECT c.id FROM exercise c WHERE c.status = 'PUBLISHED'
    AND (c.search_vector @@ ${tsquery(q)} OR ${q} <% c.name)`;

/** ts_rank (name A > aliases B > summary C > steps/cues D) + word and whole-name similarity. */
export const searchScore = (q) =>
  `ts_rank(e.search_vector, ${tsquery(q)}) + word_similarity(${q}, e.name) + similarity(${q}, e.name)`;

/**
 * The same search as a set-returning function for PostGraphile, in a `bench` schema of the bench
 * database only (never in the service's migrations); the runner creates it before each run.
 * PostGraphile paginates the rows itself.
 */
export const searchFunction = () => `
  CREATE SCHEMA IF NOT EXISTS bench;
  CREATE OR REPLACE FUNCTION bench.search_exercises(query text) RETURNS SETOF exercise
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT e.* FROM exercise e WHERE e.id IN (${searchCandidates('query')})
    ORDER BY ${searchScore('query')} DESC, e.id
  $$;`;
