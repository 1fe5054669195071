import { graphql } from '../../gql';

export const TRANSLATION_FIELDS = graphql(`
  fragment TranslationFields on ExerciseTranslation {
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
`);

/**
 * The English source, every translation, and the revisions (newest first) to tell what changed
 * in the English since an outdated translation was written.
 */
export const EXERCISE_TRANSLATIONS = graphql(`
  query ConsoleExerciseTranslations($slug: String!) {
    exercise(by: { slug: $slug }) {
      id
      slug
      name
      summary
      steps
      cues
      precautions
      version
      translations {
        ...TranslationFields
      }
      revisions(first: 100) {
        nodes {
          version
          createdAt
          snapshot
        }
      }
    }
  }
`);

/** Adds (no expectedVersion) or changes one translation; the answer is the translation as stored. */
export const SET_TRANSLATION = graphql(`
  mutation ConsoleSetTranslation($input: SetExerciseTranslationInput!) {
    setExerciseTranslation(input: $input) {
      ...TranslationFields
    }
  }
`);

export const REMOVE_TRANSLATION = graphql(`
  mutation ConsoleRemoveTranslation($input: RemoveExerciseTranslationInput!) {
    removeExerciseTranslation(input: $input) {
      id
      version
    }
  }
`);
