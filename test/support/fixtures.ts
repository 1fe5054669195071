import { graphql } from '../graphql/index.js';
import type { CreateExerciseInput } from '../graphql/graphql.js';

/** A complete, valid createExercise input; tests change one thing at a time. */
export function exerciseInput(overrides: Partial<CreateExerciseInput> = {}): CreateExerciseInput {
  return {
    slug: 'test-lateral-step-down',
    name: 'Test lateral step-down',
    aliases: ['side step-down'],
    summary:
      'Lower one heel to the floor beside a step while the standing knee tracks over the toes.',
    steps: ['Stand side-on on a step.', 'Lower the free heel slowly.', 'Press back up.'],
    cues: ['Knee over second toe', 'Keep the pelvis level'],
    mistakes: ['Knee collapses inward'],
    precautions: ['Stop if the kneecap hurts'],
    planes: ['FRONTAL', 'SAGITTAL'],
    stance: 'SINGLE_LEG',
    position: 'STANDING',
    tempo: '3-1-1-0',
    tempoIntent: 'SLOW_CONTROLLED',
    loadKind: 'BODYWEIGHT',
    equipment: ['STEP_OR_BOX'],
    intensity: { scale: 'RPE', value: 6 },
    regions: ['KNEE', 'HIP'],
    primaryMuscles: ['QUADRICEPS', 'GLUTEUS_MEDIUS'],
    secondaryMuscles: ['GLUTEUS_MAXIMUS'],
    focus: ['PATELLOFEMORAL_PAIN', 'STRENGTH'],
    difficulty: 3,
    prescription: { sets: 3, reps: 10, perSide: true, restSeconds: 60, sessionsPerWeek: 3 },
    ...overrides,
  };
}

/** Every field of an exercise, spread as `...ExerciseFields` (codegen inlines it into documents). */
export const EXERCISE_FIELDS = graphql(`
  fragment ExerciseFields on Exercise {
    id
    slug
    name
    aliases
    summary
    steps
    cues
    mistakes
    precautions
    planes
    stance
    position
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
        seconds
      }
      concentric {
        notation
        seconds
        asFastAsPossible
      }
      topPause {
        seconds
      }
    }
    loadKind
    equipment
    intensity {
      scale
      value
      unit
      bandColour
    }
    regions
    primaryMuscles
    secondaryMuscles
    focus
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
    status
    version
    createdAt
    updatedAt
  }
`);

/** Every field of a handout, spread as `...HandoutFields`. */
export const HANDOUT_FIELDS = graphql(`
  fragment HandoutFields on Handout {
    id
    seriesId
    version
    latestVersion
    title
    patientName
    issuedOn
    clinicianName
    locale
    largePrint
    paperSize
    guidance {
      text
      language
      outdated
    }
    pdfUrl
    printUrl
    items {
      position
      exerciseSlug
      exerciseVersion
      name
      summary
      steps
      cues
      fallbackFields
      picture {
        url
        altText
        credit
        licence
      }
      prescription {
        sets
        reps
        holdSeconds
        distanceMetres
        durationSeconds
        perSide
        tempo
        load
        sessionsPerWeek
        side
        restSeconds
        notes
      }
    }
    links {
      id
      url
      active
      expiresAt
      revokedAt
    }
  }
`);

/** Every field of a program template, spread as `...ProgramTemplateFields`. */
export const PROGRAM_TEMPLATE_FIELDS = graphql(`
  fragment ProgramTemplateFields on ProgramTemplate {
    id
    slug
    name
    description
    guidance
    guidanceTranslations {
      locale
      text
      outdated
    }
    version
    archivedAt
    owner {
      id
      displayName
    }
    items {
      position
      exercise {
        slug
      }
      prescription {
        sets
        reps
        holdSeconds
        distanceMetres
        durationSeconds
        perSide
        tempo
        load
        sessionsPerWeek
        side
        restSeconds
        notes
      }
    }
  }
`);
