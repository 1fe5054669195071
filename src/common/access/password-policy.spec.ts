import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it.each([
    ['12 spaces', ' '.repeat(12)],
    ['tabs and spaces', ' \t '.repeat(6)],
    ['passwordpass', 'passwordpass'],
    ['Password1234', 'Password1234'],
    ['a repeated letter', 'a'.repeat(40)],
    ['a keyboard walk', 'qwertyuiop12'],
    ['a sequence', '123456789012'],
    ['l33t of a common one', 'p@ssw0rdp@ss'],
    ['a common one repeated', 'letmeinletmein'],
    ['clinic words', 'clinicclinic'],
  ])('refuses %s', (_name, password) => {
    expect(passwordProblem(password)).not.toBeNull();
  });

  it('refuses one built from the account itself', () => {
    const context = ['maria.lopez@harbour.clinic', 'María López'];
    expect(passwordProblem('maria.lopez@harbour.clinic', context)).not.toBeNull();
    expect(passwordProblem('harbourharbour1', context)).not.toBeNull();
  });

  it('refuses short ones by length, and never repeats the password', () => {
    expect(passwordProblem('Xy7#kq2!')).toBe('must be at least 12 characters');
    const problem = passwordProblem('passwordpass') ?? '';
    expect(problem).not.toContain('passwordpass');
  });

  it.each([
    'correct horse battery staple',
    'quiet lagoon trellis marathon',
    'kN8#vq2!Lp0z-7Rw',
    'Tr0ub4dor&3-lantern',
  ])('accepts a real strong one: %s', (password) => {
    expect(passwordProblem(password, ['admin@clinic.test', 'Administrator'])).toBeNull();
  });

  it('stays fast on hostile 200-character input (bounded to 64 analysed)', () => {
    const inputs = ['1a2b3c4d', 'xK9!', '4@!|3$7', 'ab'].map((p) => p.repeat(50).slice(0, 200));
    for (let i = 0; i < 20; i++) {
      inputs.push(
        Array.from({ length: 200 }, () =>
          String.fromCharCode(33 + Math.floor(Math.random() * 90)),
        ).join(''),
      );
    }
    passwordProblem('warm the dictionaries up');
    let worst = 0;
    for (const input of inputs) {
      const started = performance.now();
      passwordProblem(input);
      worst = Math.max(worst, performance.now() - started);
    }
    // Over 1 s each with zxcvbn's defaults; a loaded 2-core machine gets a wide margin.
    expect(worst).toBeLessThan(500);
  });
});
