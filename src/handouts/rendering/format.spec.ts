import { Side } from '../../programs/program-item.js';
import { type ItemPrescription } from '../../programs/models/item-prescription.model.js';
import { Locale } from '../../translations/locale.js';
import { formatIssuedOn, pictureCredit, prescriptionLines } from './format.js';
import { MESSAGES } from './messages.js';
import {
  BodyPosition,
  Equipment,
  LoadKind,
  Plane,
  Stance,
  TempoIntent,
} from '../../exercises/vocabulary.js';

const squat = {
  tempoIntent: TempoIntent.SLOW_CONTROLLED,
  planes: [Plane.SAGITTAL],
  position: BodyPosition.STANDING,
  stance: Stance.BILATERAL,
  loadKind: LoadKind.BODYWEIGHT,
  equipment: [Equipment.NONE],
};

const rx = (p: Partial<ItemPrescription> = {}): ItemPrescription => ({
  sets: 3,
  reps: 12,
  holdSeconds: null,
  tempo: null,
  load: null,
  sessionsPerWeek: 3,
  side: Side.BOTH,
  restSeconds: null,
  notes: '',
  ...p,
});

const byKind = (p: ItemPrescription, locale = Locale.EN) =>
  Object.fromEntries(prescriptionLines(p, locale, null, null, squat).map((l) => [l.kind, l]));

describe('prescriptionLines', () => {
  it('says "each side" for a per-side exercise on both sides, in every language', () => {
    const dose = (p: ItemPrescription, locale: Locale) =>
      prescriptionLines(p, locale, null, true)[0].value;
    expect(dose(rx(), Locale.EN)).toBe('3 × 12 each side');
    expect(dose(rx({ reps: null, holdSeconds: 30 }), Locale.ES)).toBe('3 × 30 segundos por lado');
    expect(dose(rx(), Locale.VI)).toBe('3 × 12 mỗi bên');
    expect(dose(rx(), Locale.ZH)).toBe('每侧 3 × 12');
    // One side only: the dose is that side's, and the side line says which.
    expect(dose(rx({ side: Side.LEFT }), Locale.EN)).toBe('3 × 12');
    expect(prescriptionLines(rx(), Locale.EN, null, false)[0].value).toBe('3 × 12');
  });

  it('gives sets × reps, side and frequency, and leaves out what was not prescribed', () => {
    const lines = prescriptionLines(rx(), Locale.EN);
    expect(lines.map((l) => [l.label, l.value])).toEqual([
      ['Sets × reps', '3 × 12'],
      ['Side', 'Both sides'],
      ['How often', '3 times a week'],
    ]);
  });

  it('gives a hold in seconds or whole minutes', () => {
    expect(byKind(rx({ reps: null, holdSeconds: 30 })).dose).toMatchObject({
      label: 'Sets × hold',
      value: '3 × 30 seconds',
    });
    expect(byKind(rx({ reps: null, holdSeconds: 120 })).dose.value).toBe('3 × 2 minutes');
    expect(byKind(rx({ reps: null, holdSeconds: 90 })).dose.value).toBe('3 × 90 seconds');
  });

  it('gives a distance or a time of work as a dose is written, each side when per side', () => {
    const dose = (p: Partial<ItemPrescription>, locale = Locale.EN, perSide = false) =>
      prescriptionLines(rx({ reps: null, ...p }), locale, null, perSide)[0];
    // No-break spaces keep a number with its unit on one line; shown here as plain spaces.
    const plain = (line: { label: string; value: string }) => ({
      label: line.label,
      value: line.value.replace(/\u00a0/g, ' '),
    });
    expect(plain(dose({ distanceMetres: 20 }))).toEqual({
      label: 'Sets × distance',
      value: '3 × 20 m',
    });
    expect(plain(dose({ durationSeconds: 30 }))).toEqual({
      label: 'Sets × time',
      value: '3 × 30 s',
    });
    expect(plain(dose({ durationSeconds: 120 })).value).toBe('3 × 2 min');
    expect(plain(dose({ durationSeconds: 90 })).value).toBe('3 × 90 s');
    expect(plain(dose({ distanceMetres: 20 }, Locale.EN, true)).value).toBe('3 × 20 m each side');
    expect(plain(dose({ durationSeconds: 30 }, Locale.ES, true))).toEqual({
      label: 'Series × duración',
      value: '3 × 30 s por lado',
    });
    expect(plain(dose({ distanceMetres: 20 }, Locale.ES))).toEqual({
      label: 'Series × distancia',
      value: '3 × 20 m',
    });
    expect(plain(dose({ distanceMetres: 20 }, Locale.VI, true)).value).toBe('3 × 20 m mỗi bên');
    expect(plain(dose({ durationSeconds: 30 }, Locale.VI)).value).toBe('3 × 30 giây');
    expect(plain(dose({ distanceMetres: 20 }, Locale.ZH, true)).value).toBe('每侧 3 × 20米');
    expect(plain(dose({ durationSeconds: 30 }, Locale.ZH))).toEqual({
      label: '组数 × 时长',
      value: '3 × 30秒',
    });
  });

  it("reads perSide from the prescription first: an item's choice overrides the exercise's", () => {
    const value = (p: Partial<ItemPrescription>, exercise: boolean | null) =>
      prescriptionLines(rx(p), Locale.EN, null, exercise)[0].value;
    expect(value({ perSide: false }, true)).toBe('3 × 12');
    expect(value({ perSide: true }, false)).toBe('3 × 12 each side');
    expect(value({ perSide: null }, true)).toBe('3 × 12 each side');
    expect(value({ perSide: true, side: Side.RIGHT }, null)).toBe('3 × 12');
  });

  it('says which side, the tempo in words (with its notation), load, rest and notes', () => {
    const lines = byKind(
      rx({
        side: Side.LEFT,
        tempo: '3-1-1-0',
        load: ' 8 kg kettlebell ',
        restSeconds: 60,
        notes: 'Stop if pain > 3/10',
      }),
    );
    expect(lines.side.value).toBe('Left side only');
    expect(lines.tempo).toMatchObject({
      value:
        'Lower for 3 seconds, pause 1 second at the bottom, lift in 1 second, no pause at the top',
      detail: '3-1-1-0',
    });
    expect(lines.load.value).toBe('8 kg kettlebell');
    expect(lines.rest.value).toBe('1 minute between sets');
    expect(lines.notes.value).toBe('Stop if pain > 3/10');
    expect(byKind(rx({ side: Side.RIGHT })).side.value).toBe('Right side only');
    expect(byKind(rx({ restSeconds: 0 })).rest.value).toBe('No rest between sets');
    expect(byKind(rx({ restSeconds: 45 })).rest.value).toBe('45 seconds between sets');
  });

  it('prints no tempo on a drill dosed by distance or time: it has no repetition to time', () => {
    for (const dose of [{ distanceMetres: 20 }, { durationSeconds: 60 }]) {
      const lines = byKind(rx({ reps: null, tempo: '1-0-1-0', ...dose }));
      expect(lines.tempo).toBeUndefined();
      expect(lines.dose).toBeDefined();
    }
    expect(byKind(rx({ tempo: '1-0-1-0' })).tempo).toBeDefined();
  });

  it('prints a tempo it cannot explain as written rather than dropping it', () => {
    expect(byKind(rx({ tempo: '3-1-1' })).tempo).toEqual({
      kind: 'tempo',
      label: 'Tempo',
      value: '3-1-1',
    });
  });

  it('words frequency naturally', () => {
    const often = (n: number, locale = Locale.EN) =>
      byKind(rx({ sessionsPerWeek: n }), locale).often.value;
    expect([1, 2, 5, 7, 14].map((n) => often(n))).toEqual([
      'Once a week',
      'Twice a week',
      '5 times a week',
      'Every day',
      'Twice a day',
    ]);
    expect(often(3, Locale.ES)).toBe('3 veces por semana');
    expect(often(7, Locale.VI)).toBe('Mỗi ngày');
    expect(often(3, Locale.ZH)).toBe('每周3次');
  });

  it('speaks the handout language', () => {
    const es = prescriptionLines(rx({ reps: null, holdSeconds: 1, side: Side.LEFT }), Locale.ES);
    expect(es.map((l) => l.value)).toEqual([
      '3 × 1 segundo',
      'Solo el lado izquierdo',
      '3 veces por semana',
    ]);
    const zh = prescriptionLines(rx({ restSeconds: 30 }), Locale.ZH);
    expect(zh.map((l) => l.value)).toEqual(['3 × 12', '两侧都做', '组间休息30秒', '每周3次']);
  });
});

describe('pictureCredit', () => {
  const picture = {
    storageKey: 'a.jpg',
    mime: 'image/jpeg',
    width: 850,
    height: 567,
    altText: '',
    credit: 'Ana Ruiz',
    licence: 'CC BY 4.0',
  };

  it('credits the photographer and the licence, or whichever is known', () => {
    expect(pictureCredit(picture, Locale.EN)).toBe('Photo: Ana Ruiz, licence CC BY 4.0');
    expect(pictureCredit({ ...picture, licence: '' }, Locale.EN)).toBe('Photo: Ana Ruiz');
    expect(pictureCredit({ ...picture, credit: ' ' }, Locale.ES)).toBe(
      'Licencia de la foto: CC BY 4.0',
    );
    expect(pictureCredit({ ...picture, credit: '', licence: '' }, Locale.EN)).toBeNull();
    expect(pictureCredit(picture, Locale.ZH)).toBe('图片：Ana Ruiz，许可协议：CC BY 4.0');
  });
});

describe('formatIssuedOn', () => {
  it('writes the date the way each language does, whatever the server time zone', () => {
    expect(formatIssuedOn('2026-03-04', Locale.EN)).toBe('March 4, 2026');
    expect(formatIssuedOn('2026-03-04', Locale.ES)).toBe('4 de marzo de 2026');
    expect(formatIssuedOn('2026-03-04', Locale.VI)).toMatch(/4 tháng 3.*2026/);
    expect(formatIssuedOn('2026-03-04', Locale.ZH)).toBe('2026年3月4日');
    expect(formatIssuedOn('not a date', Locale.EN)).toBe('not a date');
  });
});

describe('MESSAGES', () => {
  it('has every text in every language, with the numbers it is given', () => {
    for (const [locale, m] of Object.entries(MESSAGES)) {
      for (const [key, value] of Object.entries(m)) {
        if (typeof value === 'string') expect(`${locale}.${key}:${value.trim()}`).not.toMatch(/:$/);
      }
      expect(m.pageOf(2, 7)).toMatch(/2.*7/);
      expect(m.questions('555-0100')).toContain('555-0100');
      expect(() => new Intl.DateTimeFormat(m.languageTag)).not.toThrow();
    }
  });
});
