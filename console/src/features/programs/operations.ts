import { graphql } from '../../gql';

/** What an item of a template or a handout carries for the items editor (items.ts). */
export const PROGRAM_ITEM_PRESCRIPTION = graphql(`
  fragment ProgramItemPrescription on ItemPrescription {
    sets
    reps
    holdSeconds
    distanceMetres
    durationSeconds
    perSide
    side
    tempo
    load
    restSeconds
    sessionsPerWeek
    notes
  }
`);

/** Exercises to add to a program, found as the clinician types (published only). */
export const FIND_PROGRAM_EXERCISE = graphql(`
  query ConsoleFindProgramExercise($query: String!) {
    searchExercises(query: $query, first: 10) {
      nodes {
        id
        slug
        name
        difficulty
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
      }
    }
  }
`);

/** The default dose of an exercise a suggestion adds (the chart knows only its id and name). */
export const EXERCISE_DEFAULT_DOSE = graphql(`
  query ConsoleExerciseDefaultDose($id: ID!) {
    exercise(by: { id: $id }) {
      id
      name
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
    }
  }
`);

/** How the items spread, their gaps and what would fill them. */
export const PROGRAM_BALANCE = graphql(`
  query ConsoleProgramBalance($items: [ProgramItemInput!]!) {
    programBalance(items: $items) {
      exerciseCount
      summary
      medianDifficulty
      planes {
        value
        count
        share
      }
      stances {
        value
        count
        share
      }
      tempoIntents {
        value
        count
        share
      }
      loadKinds {
        value
        count
        share
      }
      gaps {
        facet
        missing
        priority
        reason
        suggestions {
          id
          name
          difficulty
        }
      }
    }
  }
`);
