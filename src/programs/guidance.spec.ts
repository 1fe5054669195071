import { Locale } from '../translations/locale.js';
import { guidanceFor, guidanceParagraphs, listTranslations, translationsFrom } from './guidance.js';

const ENGLISH = 'Pain up to 3 out of 10 is fine, as long as it has settled by the next morning.';
const SPANISH = 'Un dolor de hasta 3 sobre 10 es aceptable si a la mañana siguiente ha pasado.';

describe('template guidance', () => {
  const stored = translationsFrom(ENGLISH, [{ locale: Locale.ES, text: `  ${SPANISH} ` }]);

  it("prints the handout's language when translated, the English otherwise", () => {
    expect(guidanceFor(ENGLISH, stored, Locale.ES)).toEqual({
      text: SPANISH,
      locale: Locale.ES,
      outdated: false,
    });
    expect(guidanceFor(ENGLISH, stored, Locale.VI)).toEqual({
      text: ENGLISH,
      locale: Locale.EN,
      outdated: false,
    });
    expect(guidanceFor(ENGLISH, stored, Locale.EN)?.locale).toBe(Locale.EN);
  });

  it('prints nothing when the template has none', () => {
    expect(guidanceFor('', {}, Locale.ES)).toBeNull();
    expect(guidanceFor('  ', stored, Locale.ES)).toBeNull();
  });

  it('marks a translation outdated once the English it was written from changes', () => {
    const edited = ENGLISH.replace('3 out of 10', '2 out of 10');
    expect(guidanceFor(edited, stored, Locale.ES)).toMatchObject({ outdated: true });
    expect(listTranslations(edited, stored)).toEqual([
      { locale: Locale.ES, text: SPANISH, outdated: true },
    ]);
    expect(listTranslations(ENGLISH, stored)[0].outdated).toBe(false);
  });

  it('lists translations in locale order and splits paragraphs on lines', () => {
    const many = translationsFrom(ENGLISH, [
      { locale: Locale.ZH, text: '中文' },
      { locale: Locale.ES, text: SPANISH },
    ]);
    expect(listTranslations(ENGLISH, many).map((t) => t.locale)).toEqual([Locale.ES, Locale.ZH]);
    expect(guidanceParagraphs('One.\n\n  Two.  \r\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });
});
