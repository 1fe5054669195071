import { graphql } from '../../gql';

/**
 * What the edit form reads: every field it edits, the version it saves against, and the latest
 * revision (who saved it and when) for the conflict view.
 */
export const EXERCISE_FOR_EDIT = graphql(`
  query ConsoleExerciseForEdit($slug: String!) {
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
      tempo {
        notation
        intent
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
      revisions(first: 1) {
        nodes {
          version
          createdAt
          message
          author {
            displayName
          }
        }
      }
    }
  }
`);

export const UPDATE_EXERCISE = graphql(`
  mutation ConsoleUpdateExercise($input: UpdateExerciseInput!) {
    updateExercise(input: $input) {
      id
      slug
      version
    }
  }
`);

export const CREATE_EXERCISE = graphql(`
  mutation ConsoleCreateExercise($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      id
      slug
      version
    }
  }
`);
