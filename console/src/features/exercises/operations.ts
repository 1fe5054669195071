import { graphql } from '../../gql';

export const EXERCISE_ROW = graphql(`
  fragment ExerciseRow on Exercise {
    id
    slug
    name
    status
    difficulty
    planes
    stance
    tempo {
      notation
      intent
    }
  }
`);

export const FACET_COUNTS = graphql(`
  fragment FacetCounts on ExerciseFacets {
    total
    planes {
      value
      count
    }
    stance {
      value
      count
    }
    position {
      value
      count
    }
    tempoIntent {
      value
      count
    }
    loadKind {
      value
      count
    }
    equipment {
      value
      count
    }
    region {
      value
      count
    }
    focus {
      value
      count
    }
    difficulty {
      value
      count
    }
  }
`);

/** The catalogue by name, with the facet counts of the same filter: one request per page. */
export const EXERCISE_LIST = graphql(`
  query ConsoleExerciseList(
    $filter: ExerciseFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    exercises(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...ExerciseRow
      }
    }
    exerciseFacets(filter: $filter) {
      ...FacetCounts
    }
  }
`);

/** Ranked search with the same filter, and the facet counts within its results. */
export const EXERCISE_SEARCH = graphql(`
  query ConsoleExerciseSearch(
    $query: String!
    $filter: ExerciseFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    searchExercises(
      query: $query
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...ExerciseRow
      }
    }
    exerciseFacets(filter: $filter, query: $query) {
      ...FacetCounts
    }
  }
`);

export const EXERCISE_DETAIL = graphql(`
  query ConsoleExerciseDetail($slug: String!) {
    exercise(by: { slug: $slug }) {
      id
      slug
      name
      aliases
      summary
      status
      version
      updatedAt
      difficulty
      planes
      stance
      position
      loadKind
      equipment
      regions
      focus
      primaryMuscles
      secondaryMuscles
      needsTagging
      tempo {
        notation
        intent
        timeUnderTensionSeconds
        eccentric {
          notation
          seconds
          asFastAsPossible
        }
        bottomPause {
          notation
          seconds
          asFastAsPossible
        }
        concentric {
          notation
          seconds
          asFastAsPossible
        }
        topPause {
          notation
          seconds
          asFastAsPossible
        }
      }
      intensity {
        scale
        value
        unit
        bandColour
      }
      prescription {
        sets
        reps
        holdSeconds
        distanceMetres
        durationSeconds
        perSide
        restSeconds
        sessionsPerWeek
      }
      steps
      cues
      mistakes
      precautions
      media {
        id
        kind
        url
        altText
        author
        licence
        licenceVerified
        width
        height
        poster {
          url
          altText
        }
      }
      translations {
        id
        locale
        name
        summary
        steps
        cues
        precautions
        outdated
        version
        updatedAt
      }
    }
  }
`);
