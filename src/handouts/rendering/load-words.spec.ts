import {
  Equipment,
  IntensityScale,
  LoadKind,
  MassUnit,
  BandColour,
} from '../../exercises/vocabulary.js';
import { Locale } from '../../translations/locale.js';
import { describeLoad } from './load-words.js';

describe('describeLoad', () => {
  it('names a band by its colour, in each language', () => {
    const band = {
      kind: LoadKind.ELASTIC,
      equipment: [Equipment.RESISTANCE_BAND],
      intensity: { scale: IntensityScale.BAND, bandColour: BandColour.RED },
    };
    expect(describeLoad(band, Locale.EN)).toBe('Red band');
    expect(describeLoad(band, Locale.ES)).toBe('Banda roja');
    expect(describeLoad(band, Locale.VI)).toBe('Dây màu đỏ');
    expect(describeLoad(band, Locale.ZH)).toBe('红色弹力带');
  });

  it('gives equipment, mass and effort', () => {
    const dumbbell = {
      kind: LoadKind.EXTERNAL,
      equipment: [Equipment.DUMBBELL],
      intensity: { scale: IntensityScale.MASS, value: 8, unit: MassUnit.KG },
    };
    expect(describeLoad(dumbbell, Locale.EN)).toBe('Dumbbell, 8 kg');
    const rpe = { ...dumbbell, intensity: { scale: IntensityScale.RPE, value: 6 } };
    expect(describeLoad(rpe, Locale.ES)).toBe('Mancuerna, esfuerzo 6 de 10');
  });

  it('says body weight when nothing else resists, and leaves out a wall or a step', () => {
    const own = {
      kind: LoadKind.BODYWEIGHT,
      equipment: [Equipment.WALL],
      intensity: { scale: IntensityScale.RPE, value: 4 },
    };
    expect(describeLoad(own, Locale.EN)).toBe('Body weight, effort 4 out of 10');
    expect(describeLoad({ ...own, intensity: null }, Locale.ZH)).toBe('自身体重');
  });
});
