import { Locale } from '../../translations/locale.js';
import { tempoInWords } from './tempo-words.js';

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
});
