import { Locale } from '../translations/locale.js';
import { fallbacksOf } from './fallbacks.js';

describe('fallbacksOf', () => {
  it('lists each exercise with English fields once, in order, and nothing else', () => {
    expect(
      fallbacksOf([
        { exerciseId: 'a', name: 'Puente', fallbackFields: [] },
        { exerciseId: 'b', name: 'Clamshell', fallbackFields: ['name', 'cues'] },
        { exerciseId: 'c', name: 'Sentadilla', fallbackFields: ['precautions'] },
        { exerciseId: 'b', name: 'Clamshell', fallbackFields: ['name', 'cues'] },
      ]),
    ).toEqual([
      { exerciseId: 'b', exerciseName: 'Clamshell', fields: ['name', 'cues'], language: Locale.EN },
      {
        exerciseId: 'c',
        exerciseName: 'Sentadilla',
        fields: ['precautions'],
        language: Locale.EN,
      },
    ]);
  });

  it('is empty when everything was translated (or the handout is in English)', () => {
    expect(fallbacksOf([{ exerciseId: 'a', name: 'Bridge', fallbackFields: [] }])).toEqual([]);
  });
});
