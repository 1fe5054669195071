import { EXPLOSIVE_PHASE_SECONDS, parseTempo, tempoProblem } from './tempo.js';

describe('parseTempo', () => {
  it('parses the four phases and sums time under tension', () => {
    const tempo = parseTempo('3-1-2-0');
    expect(tempo.notation).toBe('3-1-2-0');
    expect(tempo.eccentric).toEqual({ notation: '3', seconds: 3, asFastAsPossible: false });
    expect(tempo.bottomPause.seconds).toBe(1);
    expect(tempo.concentric.seconds).toBe(2);
    expect(tempo.topPause.seconds).toBe(0);
    expect(tempo.timeUnderTensionSeconds).toBe(6);
  });

  it('counts an X phase as half a second', () => {
    const tempo = parseTempo('3-1-X-0');
    expect(tempo.concentric).toEqual({
      notation: 'X',
      seconds: EXPLOSIVE_PHASE_SECONDS,
      asFastAsPossible: true,
    });
    expect(tempo.timeUnderTensionSeconds).toBe(4.5);
  });

  it('accepts an explosive eccentric, lower case and spaces', () => {
    const tempo = parseTempo(' x - 0 - x - 0 ');
    expect(tempo.notation).toBe('X-0-X-0');
    expect(tempo.timeUnderTensionSeconds).toBe(1);
  });

  it('accepts two-digit phases up to 60 seconds', () => {
    expect(parseTempo('0-30-0-0').timeUnderTensionSeconds).toBe(30);
    expect(parseTempo('10-0-1-0').eccentric.seconds).toBe(10);
  });

  it.each([
    ['3-1-X', 'must have four phases eccentric-pause-concentric-pause such as 3-1-X-0, got 3'],
    ['3-1-X-0-1', 'got 5'],
    ['', 'got 1'],
    ['3-X-1-0', 'the bottom pause cannot be X'],
    ['3-1-1-X', 'the top pause cannot be X'],
    ['3-1-Y-0', 'the concentric must be whole seconds or X, got "Y"'],
    ['3-1.5-1-0', 'the bottom pause must be whole seconds or X, got "1.5"'],
    ['-1-1-1-0', 'got 5'],
    ['61-0-1-0', 'the eccentric must be at most 60 seconds, got 61'],
    ['0-0-0-0', 'must have at least one phase longer than 0 seconds'],
    ['3--1-0', 'the bottom pause must be whole seconds or X, got ""'],
  ])('rejects %j', (notation, reason) => {
    expect(tempoProblem(notation)).toContain(reason);
  });

  it('reports no problem for a valid tempo', () => {
    expect(tempoProblem('2-0-X-0')).toBeNull();
  });
});
