import { localize } from './localize.js';
import { Locale } from './locale.js';

const english = {
  name: 'Glute bridge',
  summary: 'Lift your hips.',
  steps: ['Lie on your back.', 'Lift.'],
  cues: ['Heels down'],
  precautions: ['Stop if your back hurts.'],
};

describe('localize', () => {
  it('uses every translated field when the translation is complete', () => {
    const es = {
      name: 'Puente de glúteos',
      summary: 'Levante la cadera.',
      steps: ['Acuéstese boca arriba.', 'Suba.'],
      cues: ['Talones abajo'],
      precautions: ['Pare si le duele la espalda.'],
    };
    expect(localize(english, es, Locale.ES)).toEqual({
      locale: Locale.ES,
      ...es,
      fallbackFields: [],
    });
  });

  it('falls back field by field: null, blank text and empty or blank lists count as missing', () => {
    const partial = {
      name: 'Puente de glúteos',
      summary: '   ',
      steps: [],
      cues: null,
      precautions: [' '],
    };
    expect(localize(english, partial, Locale.ES)).toEqual({
      locale: Locale.ES,
      name: 'Puente de glúteos',
      summary: english.summary,
      steps: english.steps,
      cues: english.cues,
      precautions: english.precautions,
      fallbackFields: ['summary', 'steps', 'cues', 'precautions'],
    });
    expect(localize(english, { steps: [' ', ''] }, Locale.VI).fallbackFields).toEqual([
      'name',
      'summary',
      'steps',
      'cues',
      'precautions',
    ]);
  });

  it('translates precautions on their own, like cues', () => {
    const onlyPrecautions = { precautions: ['Dừng lại nếu thấy đau lưng.'] };
    expect(localize(english, onlyPrecautions, Locale.VI)).toEqual({
      locale: Locale.VI,
      ...english,
      precautions: ['Dừng lại nếu thấy đau lưng.'],
      fallbackFields: ['name', 'summary', 'steps', 'cues'],
    });
    const withoutPrecautions = { ...english, precautions: undefined };
    expect(localize(english, withoutPrecautions, Locale.ZH)).toMatchObject({
      precautions: english.precautions,
      fallbackFields: ['precautions'],
    });
  });

  it('drops blank entries from a translated list', () => {
    expect(localize(english, { cues: ['Talones abajo', ' '] }, Locale.ES).cues).toEqual([
      'Talones abajo',
    ]);
    expect(
      localize(english, { precautions: ['', 'Pare si le duele la espalda.'] }, Locale.ES)
        .precautions,
    ).toEqual(['Pare si le duele la espalda.']);
  });

  it('shows all of the English without a translation, listing what fell back', () => {
    expect(localize(english, null, Locale.ZH)).toEqual({
      locale: Locale.ZH,
      ...english,
      fallbackFields: ['name', 'summary', 'steps', 'cues', 'precautions'],
    });
  });

  it('does not list a field whose English is empty too', () => {
    expect(localize({ ...english, cues: [] }, null, Locale.ES).fallbackFields).toEqual([
      'name',
      'summary',
      'steps',
      'precautions',
    ]);
    // An exercise without precautions has nothing to translate there, translation or not.
    const noPrecautions = { ...english, precautions: [] };
    expect(localize(noPrecautions, null, Locale.ES).fallbackFields).toEqual([
      'name',
      'summary',
      'steps',
      'cues',
    ]);
    expect(localize(noPrecautions, { name: 'Puente', precautions: null }, Locale.VI)).toMatchObject(
      { precautions: [], fallbackFields: ['summary', 'steps', 'cues'] },
    );
  });

  it('is the exercise itself in the default locale, whatever translation is passed', () => {
    expect(localize(english, { name: 'Otro', precautions: ['Otra'] }, Locale.EN)).toEqual({
      locale: Locale.EN,
      ...english,
      fallbackFields: [],
    });
  });
});
