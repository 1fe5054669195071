import { graphql } from '../../gql';

/** A draft in the queue: what it lacks, and the version the bulk update is sent against. */
export const TAGGING_ROW = graphql(`
  fragment TaggingRow on Exercise {
    id
    slug
    name
    version
    needsTagging
    tempo {
      notation
    }
  }
`);

/** The tagging queue, one page of it, with how many drafts need tags in all. */
export const TAGGING_QUEUE = graphql(`
  query ConsoleTaggingQueue($first: Int, $after: String, $last: Int, $before: String) {
    exercisesNeedingTags(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...TaggingRow
      }
    }
  }
`);

/** One draft's tags, from the version read: a stale one is refused as a CONFLICT. */
export const TAG_EXERCISE = graphql(`
  mutation ConsoleTagExercise($input: UpdateExerciseInput!) {
    updateExercise(input: $input) {
      id
      version
      needsTagging
    }
  }
`);
