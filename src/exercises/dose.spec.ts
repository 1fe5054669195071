import { doseFieldOf, doseProblem, type Dose, type DoseField } from './dose.js';

const problems = (dose: Dose) =>
  (['reps', 'holdSeconds', 'distanceMetres', 'durationSeconds'] as DoseField[]).flatMap((field) => {
    const problem = doseProblem(field, dose);
    return problem === null ? [] : [problem];
  });

describe('a dose', () => {
  it.each<[string, Dose, DoseField]>([
    ['12 reps', { reps: 12 }, 'reps'],
    ['a 30-second hold', { reps: null, holdSeconds: 30 }, 'holdSeconds'],
    ['20 metres of A-skips', { distanceMetres: 20 }, 'distanceMetres'],
    ['30 seconds of shuffles', { durationSeconds: 30, holdSeconds: null }, 'durationSeconds'],
  ])('counts a set in one thing: %s', (_label, dose, field) => {
    expect(problems(dose)).toEqual([]);
    expect(doseFieldOf(dose)).toBe(field);
  });

  it('asks for one, on reps alone, when none is given', () => {
    expect(problems({})).toEqual([
      'reps, holdSeconds, distanceMetres or durationSeconds is required: the one each set is counted in',
    ]);
    expect(doseFieldOf({ reps: null })).toBeNull();
  });

  it('names every field of a dose that counts a set twice', () => {
    expect(problems({ reps: 10, distanceMetres: 20 })).toEqual([
      'reps and distanceMetres cannot both be set: a set is counted in one of reps, holdSeconds, distanceMetres or durationSeconds',
      'distanceMetres and reps cannot both be set: a set is counted in one of reps, holdSeconds, distanceMetres or durationSeconds',
    ]);
    // The wording clients matched before distances and durations existed still holds.
    expect(problems({ reps: 10, holdSeconds: 30 })[0]).toContain(
      'reps and holdSeconds cannot both be set',
    );
    expect(problems({ holdSeconds: 30, distanceMetres: 20, durationSeconds: 30 })[0]).toBe(
      'holdSeconds, distanceMetres and durationSeconds cannot be set together: a set is counted in one of reps, holdSeconds, distanceMetres or durationSeconds',
    );
  });

  it.each<[Dose, string]>([
    [{ reps: 0 }, 'reps must be a whole number from 1 to 100'],
    [{ holdSeconds: 601 }, 'holdSeconds must be a whole number from 1 to 600 seconds'],
    [{ distanceMetres: 1001 }, 'distanceMetres must be a whole number from 1 to 1000 metres'],
    [{ distanceMetres: 12.5 }, 'distanceMetres must be a whole number from 1 to 1000 metres'],
    [{ durationSeconds: 0 }, 'durationSeconds must be a whole number from 1 to 1800 seconds'],
    [{ durationSeconds: 1801 }, 'durationSeconds must be a whole number from 1 to 1800 seconds'],
  ])('keeps each amount within bounds: %j', (dose, message) => {
    expect(problems(dose)).toEqual([message]);
  });
});
