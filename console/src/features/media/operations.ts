import { graphql } from '../../gql';

/** Removes a picture or video; the API closes up the gap (removeExerciseMedia is its deprecated twin). */
export const DELETE_MEDIA = graphql(`
  mutation ConsoleDeleteMedia($input: DeleteExerciseMediaInput!) {
    deleteExerciseMedia(input: $input) {
      deletedMediaId
      exercise {
        id
        version
      }
    }
  }
`);

/** Changes an item's texts (alt text, author, licence); fields left out stay as they are. */
export const UPDATE_MEDIA = graphql(`
  mutation ConsoleUpdateMedia($input: UpdateExerciseMediaInput!) {
    updateExerciseMedia(input: $input) {
      id
      altText
      author
      licence
    }
  }
`);
