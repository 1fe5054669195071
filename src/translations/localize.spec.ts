import { localize } from './localize.js';
import { Locale } from './locale.js';

const english = {
  name: 'Glute bridge',
  summary: 'Lift your hips.',
  steps: ['Lie on your back.', 'Lift.'],
  cues: ['Heels down'],
};

describe('localize', () => {
  it('uses every translated field when the translation is complete', () => {
    const es = {
      name: 'Puente de glúteos',
      summary: 'Levante la cadera.',
      steps: ['Acuéstese boca arriba.', 'Suba.'],
      cues: ['Talones abajo'],
    };
    expect(localize(english, es, Locale.ES)).toEqual({
      locale: Locale.ES,
      ...es,
      fallbackFields: [],
    });
  });

  it('falls back field by field: null, blank text and empty or blank lists count as missing', () => {
    const partial = { name: 'Puente de glúteos', summary: '   ', steps: [], cues: null };
    expect(localize(english, partial, Locale.ES)).toEqual({
      locale: Locale.ES,
      name: 'Puente de glúteos',
      summary: english.summary,
      steps: english.steps,
      cues: english.cues,
      fallbackFields: ['summary', 'steps', 'cues'],
    });
    expect(localize(english, { steps: [' ', ''] }, Locale.VI).fallbackFields).toEqual([
      'name',
      'summary',
      'steps',
      'cues',
    ]);
  });

  it('drops blank entries from a translated list', () => {
    expect(localize(english, { cues: ['Talones abajo', ' '] }, Locale.ES).cues).toEqual([
      'Talones abajo',
    ]);
  });

  it('shows all of the English without a translation, listing what fell back', () => {
    expect(localize(english, null, Locale.ZH)).toEqual({
      locale: Locale.ZH,
      ...english,
      fallbackFields: ['name', 'summary', 'steps', 'cues'],
    });
  });

  it('does not list a field whose English is empty too', () => {
    expect(localize({ ...english, cues: [] }, null, Locale.ES).fallbackFields).toEqual([
      'name',
      'summary',
      'steps',
    ]);
  });

  it('is the exercise itself in the default locale, whatever translation is passed', () => {
    expect(localize(english, { name: 'Otro' }, Locale.EN)).toEqual({
      locale: Locale.EN,
      ...english,
      fallbackFields: [],
    });
  });
});
