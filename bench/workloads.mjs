// The three workloads, as each server is asked for them. Every server answers the same data;
// `normalise` maps a PostGraphile response onto the service's shape for the equality check.
// TODO: add each exercise's "first media" to LIST (and DETAIL) once Exercise.media exists.

export const LIST_FILTER = { planes: ['FRONTAL'], stance: ['SINGLE_LEG'] };
export const SEARCH_TEXT = 'lunge';
export const SEARCH_FIRST = 20;

const TAGS = 'slug name planes stance equipment focus regions difficulty';

const gql = (query, variables) => ({ path: '/graphql', body: { query, variables } });

/** `vars` picks the request's variables (DETAIL rotates over slugs; the others are fixed). */
export const WORKLOADS = [
  {
    name: 'LIST',
    vars: () => LIST_FILTER,
    ours: ({ planes, stance }) =>
      gql(
        `query List($f: ExerciseFilter) { exercises(first: 50, filter: $f) { nodes { id ${TAGS} } } }`,
        { f: { planesAny: planes, stance } },
      ),
    raw: (v) => ({ path: '/list', body: v }),
    postgraphile: (v) =>
      gql(
        `query List($planes: [Plane!], $stance: [Stance!]) {
          exercises: allExercises(first: 50, orderBy: [NAME_ASC, ROW_ID_ASC], filter: {
            planes: { overlaps: $planes }, stance: { in: $stance }, status: { equalTo: PUBLISHED }
          }) { nodes { id: rowId ${TAGS} } } }`,
        v,
      ),
    result: (data) => data.exercises.nodes,
  },
  {
    name: 'DETAIL',
    samples: 10, // slugs compared before the load: some have edges hidden from anonymous callers
    vars: (slugs, i) => ({ slug: slugs[i % slugs.length] }),
    ours: ({ slug }) =>
      gql(
        `query Detail($s: String!) { exercise(by: { slug: $s }) {
          id slug name summary steps cues planes stance tempo { notation intent }
          progressions { criterion changes to { id slug name } }
          regressions { criterion changes from { id slug name } } } }`,
        { s: slug },
      ),
    raw: (v) => ({ path: '/detail', body: v }),
    // PROGRESSION edges to published exercises (what anonymous callers see), in the service's
    // order (position, then creation time). exerciseBySlug cannot filter on status, but every
    // slug asked for is published.
    postgraphile: ({ slug }) =>
      gql(
        `query Detail($s: String!) { exercise: exerciseBySlug(slug: $s) {
          id: rowId slug name summary steps cues planes stance tempoNotation tempoIntent
          progressions: progressionsByFromId(condition: { kind: PROGRESSION }, orderBy: [POSITION_ASC, CREATED_AT_ASC],
            filter: { exerciseByToId: { status: { equalTo: PUBLISHED } } }) {
            nodes { criterion changes to: exerciseByToId { id: rowId slug name } } }
          regressions: progressionsByToId(condition: { kind: PROGRESSION }, orderBy: [POSITION_ASC, CREATED_AT_ASC],
            filter: { exerciseByFromId: { status: { equalTo: PUBLISHED } } }) {
            nodes { criterion changes from: exerciseByFromId { id: rowId slug name } } } } }`,
        { s: slug },
      ),
    result: (data) => data.exercise,
    // PostGraphile exposes columns and connections; the service a tempo object and plain lists.
    normalise: (e) => {
      if (!e?.tempoIntent) return e;
      const { tempoNotation, tempoIntent, progressions, regressions, ...rest } = e;
      return {
        ...rest,
        tempo: { notation: tempoNotation, intent: tempoIntent },
        progressions: progressions.nodes,
        regressions: regressions.nodes,
      };
    },
  },
  {
    name: 'SEARCH',
    vars: () => ({ query: SEARCH_TEXT, first: SEARCH_FIRST }),
    ours: ({ query, first }) =>
      gql(
        `query Search($q: String!, $n: Int) { searchExercises(query: $q, first: $n) { nodes { id slug name } } }`,
        { q: query, n: first },
      ),
    raw: (v) => ({ path: '/search', body: v }),
    postgraphile: ({ query, first }) =>
      gql(
        `query Search($q: String!, $n: Int) {
          searchExercises: benchSearchExercises(query: $q, lim: $n, first: $n) { nodes { id: rowId slug name } } }`,
        { q: query, n: first },
      ),
    result: (data) => data.searchExercises.nodes,
  },
];
