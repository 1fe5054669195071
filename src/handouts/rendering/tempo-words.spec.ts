import { readFileSync, readdirSync } from 'node:fs';
import { parseTempo } from '../../exercises/tempo.js';
import {
  BodyPosition,
  Equipment,
  LoadKind,
  Plane,
  Stance,
  TempoIntent,
} from '../../exercises/vocabulary.js';
import { Locale } from '../../translations/locale.js';
import {
  tempoInWords as words,
  tempoWordingFor,
  TempoWording,
  type MovementFacts,
} from './tempo-words.js';

const squat: MovementFacts = {
  tempoIntent: TempoIntent.SLOW_CONTROLLED,
  planes: [Plane.SAGITTAL],
  position: BodyPosition.STANDING,
  stance: Stance.BILATERAL,
  loadKind: LoadKind.BODYWEIGHT,
  equipment: [Equipment.NONE],
};
const bandWalk: MovementFacts = {
  tempoIntent: TempoIntent.MODERATE,
  planes: [Plane.FRONTAL],
  position: BodyPosition.STANDING,
  stance: Stance.BILATERAL,
  loadKind: LoadKind.ELASTIC,
  equipment: [Equipment.RESISTANCE_BAND],
};
const hops: MovementFacts = { ...squat, tempoIntent: TempoIntent.EXPLOSIVE };
const plank: MovementFacts = {
  tempoIntent: TempoIntent.ISOMETRIC,
  planes: [Plane.SAGITTAL],
  position: BodyPosition.PRONE,
  stance: Stance.NONE,
  loadKind: LoadKind.BODYWEIGHT,
  equipment: [Equipment.NONE],
};
const pallof: MovementFacts = {
  tempoIntent: TempoIntent.SLOW_CONTROLLED,
  planes: [Plane.TRANSVERSE],
  position: BodyPosition.HALF_KNEELING,
  stance: Stance.NONE,
  loadKind: LoadKind.ELASTIC,
  equipment: [Equipment.RESISTANCE_BAND],
};

/** The vertical wording (down and up) unless a test says otherwise. */
const tempoInWords = (tempo: string | null | undefined, locale: Locale) =>
  words(tempo, locale, squat);

describe('tempoInWords', () => {
  it('explains each of the four phases in English', () => {
    expect(tempoInWords('3-1-1-0', Locale.EN)).toBe(
      'Lower for 3 seconds, pause 1 second at the bottom, lift in 1 second, no pause at the top',
    );
    expect(tempoInWords('2-0-2-2', Locale.EN)).toBe(
      'Lower for 2 seconds, no pause at the bottom, lift in 2 seconds, pause 2 seconds at the top',
    );
  });

  it('says "as fast as you can" for X and "quickly" for a 0-second movement', () => {
    expect(tempoInWords('3-0-X-0', Locale.EN)).toBe(
      'Lower for 3 seconds, no pause at the bottom, lift as fast as you can, no pause at the top',
    );
    expect(tempoInWords('x-0-x-0', Locale.EN)).toBe(
      'Lower as fast as you can, no pause at the bottom, lift as fast as you can, no pause at the top',
    );
    expect(tempoInWords('0-0-4-0', Locale.EN)).toBe(
      'Lower quickly, no pause at the bottom, lift in 4 seconds, no pause at the top',
    );
    expect(tempoInWords('3-0-0-0', Locale.EN)).toContain('lift quickly');
  });

  it('reads two-digit phases and normalises spacing and case', () => {
    expect(tempoInWords(' 10 - 5 - x - 0 ', Locale.EN)).toBe(
      'Lower for 10 seconds, pause 5 seconds at the bottom, lift as fast as you can, no pause at the top',
    );
  });

  it('is null without a tempo, and for one that cannot be read', () => {
    expect(tempoInWords(null, Locale.EN)).toBeNull();
    expect(tempoInWords(undefined, Locale.EN)).toBeNull();
    expect(tempoInWords('  ', Locale.EN)).toBeNull();
    expect(tempoInWords('3-1-1', Locale.EN)).toBeNull();
    expect(tempoInWords('0-0-0-0', Locale.EN)).toBeNull();
    expect(tempoInWords('3-X-1-0', Locale.EN)).toBeNull();
  });

  it('speaks Spanish, to the patient as usted', () => {
    expect(tempoInWords('3-1-1-0', Locale.ES)).toBe(
      'Baje durante 3 segundos, haga una pausa de 1 segundo abajo, suba en 1 segundo, sin pausa arriba',
    );
    expect(tempoInWords('X-0-X-2', Locale.ES)).toBe(
      'Baje lo más rápido que pueda, sin pausa abajo, suba lo más rápido que pueda, haga una pausa de 2 segundos arriba',
    );
  });

  it('speaks Vietnamese, with its diacritics', () => {
    expect(tempoInWords('3-1-1-0', Locale.VI)).toBe(
      'Hạ xuống trong 3 giây, dừng 1 giây ở dưới, nâng lên trong 1 giây, không dừng ở trên',
    );
    expect(tempoInWords('2-0-X-1', Locale.VI)).toBe(
      'Hạ xuống trong 2 giây, không dừng ở dưới, nâng lên nhanh nhất có thể, dừng 1 giây ở trên',
    );
  });

  it('speaks Simplified Chinese, with Chinese punctuation', () => {
    expect(tempoInWords('3-1-1-0', Locale.ZH)).toBe(
      '用3秒下放，在底部停1秒，用1秒抬起，顶部不停顿',
    );
    expect(tempoInWords('X-0-X-0', Locale.ZH)).toBe(
      '尽可能快地下放，底部不停顿，尽可能快地抬起，顶部不停顿',
    );
  });

  it('is neutral without movement facts (handouts issued before they were recorded)', () => {
    expect(words('3-1-1-0', Locale.EN)).toBe(
      'Take 1 second for the effort, take 3 seconds to return, pause 1 second before the next one',
    );
  });
});

describe('tempoInWords for the movement', () => {
  const all = (tempo: string, facts: MovementFacts, hold?: number | null) =>
    Object.fromEntries(
      [Locale.EN, Locale.ES, Locale.VI, Locale.ZH].map((l) => [l, words(tempo, l, facts, hold)]),
    );

  it('words a lateral band walk as steps, not as lowering and lifting', () => {
    expect(all('1-0-1-0', bandWalk)).toEqual({
      [Locale.EN]: 'Step out in 1 second, bring the other foot in over 1 second',
      [Locale.ES]: 'Dé el paso hacia fuera en 1 segundo, junte el otro pie en 1 segundo',
      [Locale.VI]: 'Bước ra trong 1 giây, thu chân kia vào trong 1 giây',
      [Locale.ZH]: '用1秒向外迈步，用1秒收回另一只脚',
    });
    expect(words('2-1-1-2', Locale.EN, bandWalk)).toBe(
      'Step out in 1 second, pause 2 seconds with your feet apart, bring the other foot in over 2 seconds, pause 1 second before the next step',
    );
  });

  it('words hops as quick, springy contacts, never "lower as fast as you can"', () => {
    expect(all('X-0-X-0', hops)).toEqual({
      [Locale.EN]: 'Quick, springy contacts: land softly and spring off again at once',
      [Locale.ES]:
        'Apoyos rápidos y elásticos: aterrice con suavidad y vuelva a impulsarse enseguida',
      [Locale.VI]: 'Chạm đất nhanh và nảy: tiếp đất nhẹ nhàng rồi bật lên lại ngay',
      [Locale.ZH]: '快速而有弹性地触地：轻柔落地，立即再次弹起',
    });
    expect(all('X-2-X-0', { ...hops, tempoIntent: TempoIntent.FAST })).toEqual({
      [Locale.EN]: 'Land softly, hold the landing for 2 seconds, then spring off again',
      [Locale.ES]: 'Aterrice con suavidad, mantenga el aterrizaje 2 segundos y vuelva a impulsarse',
      [Locale.VI]: 'Tiếp đất nhẹ nhàng, giữ tư thế tiếp đất 2 giây rồi bật lên lại',
      [Locale.ZH]: '轻柔落地，保持落地姿势2秒，再弹起',
    });
    expect(words('X-0-X-3', Locale.EN, hops)).toBe(
      'Quick, springy contacts: land softly and spring off again at once, rest 3 seconds before the next one',
    );
  });

  it('words a hold as a hold: the prescribed hold, else the longest pause', () => {
    expect(all('2-0-1-0', plank, 30)).toEqual({
      [Locale.EN]: 'Hold for 30 seconds',
      [Locale.ES]: 'Mantenga la posición durante 30 segundos',
      [Locale.VI]: 'Giữ tư thế trong 30 giây',
      [Locale.ZH]: '保持姿势30秒',
    });
    // Any exercise given a hold reads as one; an isometric one holds for its longest pause.
    expect(words('3-1-1-0', Locale.EN, squat, 120)).toBe('Hold for 2 minutes');
    expect(words('1-10-1-0', Locale.EN, plank)).toBe('Hold for 10 seconds');
    expect(words('1-0-1-0', Locale.EN, plank)).toBe(
      'Take 1 second for the effort, take 1 second to return',
    );
  });

  it('words a stretch as a relaxed stretch held, not as a muscle hold', () => {
    const stretch: MovementFacts = { ...plank, tempoIntent: TempoIntent.STRETCH };
    expect(all('0-30-0-0', stretch, 30)).toEqual({
      [Locale.EN]: 'Ease into the stretch and hold it for 30 seconds, breathing normally',
      [Locale.ES]:
        'Entre suavemente en el estiramiento y manténgalo 30 segundos, respirando con normalidad',
      [Locale.VI]: 'Từ từ vào tư thế kéo giãn và giữ trong 30 giây, thở bình thường',
      [Locale.ZH]: '慢慢进入拉伸，保持30秒，正常呼吸',
    });
    expect(words('1-0-1-0', Locale.EN, stretch, 60)).toBe(
      'Ease into the stretch and hold it for 1 minute, breathing normally',
    );
    expect(tempoWordingFor(stretch, null, null)).toBe(TempoWording.STRETCH);
  });

  it('falls back to effort and return, true of any movement (a Pallof press)', () => {
    expect(all('2-0-1-2', pallof)).toEqual({
      [Locale.EN]: 'Take 1 second for the effort, hold it for 2 seconds, take 2 seconds to return',
      [Locale.ES]: 'Haga el esfuerzo en 1 segundo, manténgalo 2 segundos, vuelva en 2 segundos',
      [Locale.VI]: 'Dùng 1 giây cho phần gắng sức, giữ 2 giây, trở về trong 2 giây',
      [Locale.ZH]: '用1秒完成发力，保持2秒，用2秒回到起始位置',
    });
    expect(words('0-0-X-0', Locale.EN, pallof)).toBe(
      'Make the effort as fast as you can, return quickly',
    );
  });
});

describe('the seed library, by tempo wording', () => {
  type Seed = MovementFacts & {
    slug: string;
    tempo?: string;
    prescription: { holdSeconds: number | null };
  };
  const seeds: Seed[] = readdirSync('seeds/exercises')
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(`seeds/exercises/${f}`, 'utf8')) as Seed[]);
  const kindOf = (e: Seed) =>
    tempoWordingFor(e, e.tempo ? parseTempo(e.tempo) : null, e.prescription.holdSeconds);
  const slugs = (kind: TempoWording) => seeds.filter((e) => kindOf(e) === kind).map((e) => e.slug);

  it('steps for band walks, springy contacts for hops and skips, holds for holds', () => {
    expect(slugs(TempoWording.STEPPING)).toEqual(['lateral-band-walk', 'monster-walk']);
    expect(slugs(TempoWording.REACTIVE).sort()).toEqual(
      [
        'pogo-hops',
        'single-leg-pogo-hops',
        'lateral-line-hops',
        'single-leg-lateral-hop',
        'lateral-bound',
        'skater-hop',
        'single-leg-hop-and-stick',
        'a-skip',
        'b-skip',
        'carioca',
        'lateral-shuffle',
        // issue 17's hops, landings, jumps, bounding, rope skipping, rebounding raises and strides
        'bounding',
        'crossover-hop-for-distance',
        'depth-jump',
        'drop-landing-to-single-leg',
        'forward-hop-for-distance',
        'hop-clock',
        'rebounding-heel-raises',
        'rope-skipping',
        'rotational-hop-and-stick',
        'strides',
        'triple-hop-for-distance',
      ].sort(),
    );
    // A held stretch (STRETCH, issue 17) is worded as a stretch; every other hold as a hold.
    for (const e of seeds.filter((s) => s.prescription.holdSeconds != null)) {
      expect([e.slug, kindOf(e)]).toEqual([
        e.slug,
        e.tempoIntent === TempoIntent.STRETCH ? TempoWording.STRETCH : TempoWording.HOLD,
      ]);
    }
  });

  it('never says "lower" or "lift" for a rotation, a band pulled sideways or a slide', () => {
    for (const slug of [
      'clamshell',
      'banded-ankle-eversion',
      'standing-banded-hip-abduction',
      'half-kneeling-pallof-press',
      'thoracic-open-book',
      'slider-hamstring-curl',
      'hip-airplane',
      'single-leg-balance-reach',
      'half-kneeling-cable-chop',
    ]) {
      expect([slug, kindOf(seeds.find((e) => e.slug === slug)!)]).toEqual([
        slug,
        TempoWording.NEUTRAL,
      ]);
    }
  });

  it('keeps lower and lift where the body goes down and up', () => {
    for (const slug of [
      'goblet-squat',
      'double-leg-calf-raise',
      'glute-bridge',
      'nordic-hamstring-curl',
      'lateral-lunge',
      'side-lying-hip-abduction',
      'seated-soleus-raise',
    ]) {
      expect([slug, kindOf(seeds.find((e) => e.slug === slug)!)]).toEqual([
        slug,
        TempoWording.VERTICAL,
      ]);
    }
  });
});
