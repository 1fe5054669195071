import { createHash } from 'node:crypto';
import { isOutdated, localize, sourceHash } from './localize.js';
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

describe('sourceHash', () => {
  it('is the sha256 hex of the English fields as a JSON array, in a fixed order', () => {
    const expected = createHash('sha256')
      .update(
        JSON.stringify([
          english.name,
          english.summary,
          english.steps,
          english.cues,
          english.precautions,
        ]),
      )
      .digest('hex');
    expect(sourceHash(english)).toBe(expected);
    expect(sourceHash(english)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is stable: key order and other exercise properties do not change it', () => {
    const reordered = {
      precautions: [...english.precautions],
      cues: [...english.cues],
      steps: [...english.steps],
      summary: english.summary,
      name: english.name,
    };
    expect(sourceHash(reordered)).toBe(sourceHash(english));
    const withTags = { ...english, difficulty: 3, slug: 'glute-bridge' };
    expect(sourceHash(withTags)).toBe(sourceHash(english));
  });

  it('changes with any English field, step order and text moved between fields included', () => {
    const hashes = new Set([
      sourceHash(english),
      sourceHash({ ...english, name: 'Glute bridge ' }),
      sourceHash({ ...english, summary: 'Lift your hips slowly.' }),
      sourceHash({ ...english, steps: [...english.steps].reverse() }),
      sourceHash({ ...english, steps: ['Lie on your back. Lift.'] }),
      sourceHash({ ...english, cues: [] }),
      sourceHash({ ...english, cues: [], precautions: ['Heels down', ...english.precautions] }),
      sourceHash({ ...english, precautions: [] }),
    ]);
    expect(hashes.size).toBe(8);
  });

  it('reports a translation outdated only when a known hash differs', () => {
    const hash = sourceHash(english);
    expect(isOutdated(english, hash)).toBe(false);
    expect(isOutdated({ ...english, steps: ['Lift.'] }, hash)).toBe(true);
    // Unknown (a row written before hashes were kept) is not reported.
    expect(isOutdated({ ...english, steps: ['Lift.'] }, null)).toBe(false);
  });
});
