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

/** A page of templates by name, for the list. */
export const PROGRAM_TEMPLATES = graphql(`
  query ConsoleProgramTemplates(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $includeArchived: Boolean!
  ) {
    programTemplates(
      first: $first
      after: $after
      last: $last
      before: $before
      includeArchived: $includeArchived
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        name
        description
        archivedAt
        updatedAt
        owner {
          displayName
        }
        items {
          position
        }
      }
    }
  }
`);

/** Everything the template editor edits, and the version it saves against. */
export const PROGRAM_TEMPLATE_FIELDS = graphql(`
  fragment ProgramTemplateForEdit on ProgramTemplate {
    id
    slug
    name
    description
    guidance
    version
    updatedAt
    archivedAt
    owner {
      displayName
    }
    items {
      position
      exercise {
        id
        name
      }
      prescription {
        ...ProgramItemPrescription
      }
    }
  }
`);

export const PROGRAM_TEMPLATE = graphql(`
  query ConsoleProgramTemplate($id: ID!) {
    programTemplate(by: { id: $id }) {
      ...ProgramTemplateForEdit
    }
  }
`);

export const CREATE_PROGRAM_TEMPLATE = graphql(`
  mutation ConsoleCreateProgramTemplate($input: CreateProgramTemplateInput!) {
    createProgramTemplate(input: $input) {
      ...ProgramTemplateForEdit
    }
  }
`);

export const UPDATE_PROGRAM_TEMPLATE = graphql(`
  mutation ConsoleUpdateProgramTemplate($input: UpdateProgramTemplateInput!) {
    updateProgramTemplate(input: $input) {
      ...ProgramTemplateForEdit
    }
  }
`);

export const ARCHIVE_PROGRAM_TEMPLATE = graphql(`
  mutation ConsoleArchiveProgramTemplate($input: ArchiveProgramTemplateInput!) {
    archiveProgramTemplate(input: $input) {
      ...ProgramTemplateForEdit
    }
  }
`);

export const RESTORE_PROGRAM_TEMPLATE = graphql(`
  mutation ConsoleRestoreProgramTemplate($input: RestoreProgramTemplateInput!) {
    restoreProgramTemplate(input: $input) {
      ...ProgramTemplateForEdit
    }
  }
`);
