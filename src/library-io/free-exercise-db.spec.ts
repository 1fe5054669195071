import { mapRecord, slugOf, type FreeExerciseRecord } from './free-exercise-db.js';

const record = (overrides: Partial<FreeExerciseRecord> = {}): FreeExerciseRecord => ({
  id: 'Single_Leg_Glute_Bridge',
  name: 'Single Leg Glute Bridge',
  level: 'beginner',
  equipment: 'body only',
  category: 'strength',
  primaryMuscles: ['glutes'],
  secondaryMuscles: ['hamstrings', 'glutes'],
  instructions: ['Lay on the floor with your feet flat. Keep the knees bent.', 'Raise one leg.'],
  images: ['Single_Leg_Glute_Bridge/0.jpg'],
  ...overrides,
});

describe('mapping free-exercise-db records', () => {
  it('maps what the source has and leaves the rest for tagging', async () => {
    const mapped = await mapRecord(record());
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    expect(mapped.input).toMatchObject({
      slug: 'fedb-single-leg-glute-bridge',
      name: 'Single Leg Glute Bridge',
      summary: 'Lay on the floor with your feet flat.',
      steps: ['Lay on the floor with your feet flat. Keep the knees bent.', 'Raise one leg.'],
      loadKind: 'BODYWEIGHT',
      equipment: ['NONE'],
      primaryMuscles: ['GLUTEUS_MAXIMUS'],
      secondaryMuscles: ['HAMSTRINGS'],
      regions: ['HIP', 'THIGH'],
      focus: ['STRENGTH'],
      difficulty: 1,
      prescription: { sets: 3, reps: 10 },
    });
    expect(mapped.input.planes).toBeUndefined();
    expect(mapped.input.stance).toBeUndefined();
    expect(mapped.input.tempo).toBeUndefined();
  });

  it.each([
    [{ equipment: 'bands' }, { loadKind: 'ELASTIC', equipment: ['RESISTANCE_BAND'] }],
    [
      { equipment: 'kettlebells', level: 'expert' },
      { loadKind: 'EXTERNAL', equipment: ['KETTLEBELL'], difficulty: 5 },
    ],
    [{ equipment: null }, { loadKind: 'BODYWEIGHT', equipment: ['NONE'] }],
    [
      { category: 'stretching' },
      { focus: ['MOBILITY'], prescription: { sets: 2, holdSeconds: 30 } },
    ],
    [
      { category: 'plyometrics', level: 'intermediate' },
      { focus: ['POWER'], difficulty: 3 },
    ],
  ])('maps %j', async (overrides, expected) => {
    const mapped = await mapRecord(record(overrides));
    expect(mapped.ok && mapped.input).toMatchObject(expected);
  });

  it('imports a record without instructions as a draft waiting for them', async () => {
    const mapped = await mapRecord(record({ instructions: [] }));
    expect(mapped.ok && mapped.input).toMatchObject({
      summary: 'Strength exercise for the glutes.',
    });
    expect(mapped.ok && mapped.input.steps).toBeUndefined();
  });

  it.each([
    [{ primaryMuscles: ['tail'] }, 'no known primary muscle'],
    [{ name: '' }, 'name: name should not be empty'],
  ])('refuses %j with a reason', async (overrides, reason) => {
    expect(await mapRecord(record(overrides))).toEqual({ ok: false, reason });
  });

  it('makes slugs that cannot collide with the clinic library', () => {
    expect(slugOf('3_4_Sit-Up')).toBe('fedb-3-4-sit-up');
  });
});
