/** A complete, valid createExercise input; tests change one thing at a time. */
export function exerciseInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

export const EXERCISE_FIELDS = `
  id slug name aliases summary steps cues mistakes precautions planes stance position
  tempo { notation intent timeUnderTensionSeconds
    eccentric { notation seconds asFastAsPossible } bottomPause { seconds }
    concentric { notation seconds asFastAsPossible } topPause { seconds } }
  loadKind equipment intensity { scale value unit bandColour }
  regions primaryMuscles secondaryMuscles focus difficulty
  prescription { sets reps holdSeconds perSide restSeconds sessionsPerWeek }
  status version createdAt updatedAt
`;
