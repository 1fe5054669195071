import { graphql } from '../../gql';

export const LADDER_EDGE = graphql(`
  fragment LadderEdge on Progression {
    id
    kind
    changes
    criterion
    order
    from {
      id
      slug
      name
      difficulty
      status
    }
    to {
      id
      slug
      name
      difficulty
      status
    }
  }
`);

/**
 * The exercise's ladder (rungs easier and harder, each with the edge that reaches it), every
 * progression leaving a rung (to draw the edges between rungs the walk did not take), and the
 * exercise's own links, which can be removed here.
 */
export const EXERCISE_LADDER = graphql(`
  query ConsoleExerciseLadder($slug: String!) {
    exercise(by: { slug: $slug }) {
      id
      slug
      name
      difficulty
      ladder(depth: 10) {
        level
        exercise {
          id
          slug
          name
          difficulty
          status
          progressions {
            ...LadderEdge
          }
        }
        via {
          ...LadderEdge
        }
      }
      progressions {
        ...LadderEdge
      }
      regressions {
        ...LadderEdge
      }
      variations {
        ...LadderEdge
      }
    }
  }
`);

/** Search as you type for the other end of a new link; archived ones cannot be linked. */
export const PICK_EXERCISE = graphql(`
  query ConsoleProgressionPick($query: String!) {
    searchExercises(query: $query, first: 10, filter: { status: [DRAFT, IN_REVIEW, PUBLISHED] }) {
      nodes {
        id
        slug
        name
        difficulty
        status
      }
    }
  }
`);

export const LINK_EXERCISES = graphql(`
  mutation ConsoleLinkExercises($input: LinkExercisesInput!) {
    linkExercises(input: $input) {
      ...LadderEdge
    }
  }
`);

export const REMOVE_PROGRESSION = graphql(`
  mutation ConsoleRemoveProgression($input: RemoveProgressionInput!) {
    removeProgression(input: $input) {
      removedProgressionId
    }
  }
`);
