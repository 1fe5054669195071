import {
  BASE,
  bound,
  corrected,
  known,
  matchesSql,
  rankedSql,
  searchTerms,
} from './search-query.js';

describe('search query building', () => {
  it('reads the query in the forms the tiers compare', () => {
    expect(searchTerms('  Side   Plank ')).toEqual({
      text: 'Side Plank',
      lower: 'side plank',
      prefix: 'side plank%',
      tokens: ['side', 'plank'],
      words: 'side:* & plank:*',
    });
  });

  it('keeps only letters and digits as words, so no tsquery or LIKE syntax gets through', () => {
    const terms = searchTerms("90/90 hip's & !stretch | 50%_off")!;
    expect(terms.tokens).toEqual(['90', '90', 'hip', 's', 'stretch', '50', 'off']);
    expect(terms.words).toBe('90:* & 90:* & hip:* & s:* & stretch:* & 50:* & off:*');
    expect(terms.prefix).toBe("90/90 hip's & !stretch | 50\\%\\_off%");
    expect(searchTerms('Ärmel')!.words).toBe('ärmel:*');
  });

  it('has nothing to look for without a letter or digit', () => {
    expect(searchTerms(' -- ! ')).toBeNull();
  });

  it('corrects only the words given a correction, and says when nothing changed', () => {
    const terms = searchTerms('lateral lunnge')!;
    expect(corrected(terms, [null, 'lunge'])!.words).toBe('lateral:* & lunge:*');
    expect(corrected(terms, [null, null])).toBeNull();
    expect(corrected(terms, ['lateral', null])).toBeNull();
  });

  it('reads the name and alias tiers only when every word starts a known word', () => {
    expect(known([3, 12])).toBe(true);
    expect(known([3, 0])).toBe(false);
  });

  it('numbers named parameters after the base statement, sending only those used', () => {
    const [sql, values] = bound(
      `SELECT * FROM (${BASE}) m WHERE m.name = :lower AND m.x::text = :lower OR :text <> ''`,
      ['SELECT * FROM exercise WHERE status = $1', ['PUBLISHED']],
      { text: 'Plank', lower: 'plank', unused: 1 },
    );
    expect(sql).toBe(
      "SELECT * FROM (SELECT * FROM exercise WHERE status = $1) m WHERE m.name = $2 AND m.x::text = $2 OR $3 <> ''",
    );
    expect(values).toEqual(['PUBLISHED', 'plank', 'Plank']);
  });

  it('refuses a template naming a parameter it is not given', () => {
    expect(() => bound('SELECT :nope', ['', []], {})).toThrow(':nope');
  });

  it('skips the name and alias tiers no known word can match', () => {
    const both = rankedSql({ name: true, alias: true });
    const neither = rankedSql({ name: false, alias: false });
    const walks = (sql: string) => sql.match(/LIMIT 4000\) m/g)?.length ?? 0;
    expect(walks(both)).toBe(2); // tiers 2 and 3 walk their window of the order
    expect(walks(neither)).toBe(0);
    expect(neither).toContain('LIMIT 400) m'); // the other text is always read
  });

  it('adds the corrected words only with a correction', () => {
    expect(matchesSql(false)).not.toContain(':cwords');
    expect(matchesSql(true)).toContain(':cwords');
  });
});
