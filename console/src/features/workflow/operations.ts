import { graphql } from '../../gql';

/** Moves an exercise along the workflow, against the version read (a stale one is a CONFLICT). */
export const CHANGE_STATUS = graphql(`
  mutation ConsoleChangeExerciseStatus($input: ChangeStatusInput!) {
    changeExerciseStatus(input: $input) {
      id
      status
      version
    }
  }
`);

/** The exercise with its history, newest first: who, when, why and the version each produced. */
export const EXERCISE_REVISIONS = graphql(`
  query ConsoleExerciseRevisions($slug: String!) {
    exercise(by: { slug: $slug }) {
      id
      slug
      name
      status
      version
      revisions(first: 100) {
        totalCount
        nodes {
          id
          version
          createdAt
          message
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** The fields that differ between two versions, with their values at each. */
export const REVISION_DIFF = graphql(`
  query ConsoleExerciseRevisionDiff($id: ID!, $from: Int!, $to: Int!) {
    exerciseRevisionDiff(id: $id, from: $from, to: $to) {
      field
      before
      after
    }
  }
`);

/** Brings an older version's content back as a new version. */
export const RESTORE_REVISION = graphql(`
  mutation ConsoleRestoreExerciseRevision($input: RestoreRevisionInput!) {
    restoreExerciseRevision(input: $input) {
      id
      status
      version
    }
  }
`);
