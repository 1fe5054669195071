import { firstFreeSlug, slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ["Runner's knee, phase 1", 'runners-knee-phase-1'],
    ['Single-leg  glute bridge', 'single-leg-glute-bridge'],
    ['Élévation des talons', 'elevation-des-talons'],
    ['  --Side plank--  ', 'side-plank'],
    ['平板支撑', 'exercise'],
  ])('%s -> %s', (name, slug) => expect(slugify(name, 'exercise')).toBe(slug));

  it('keeps room for a numbered suffix and never ends in a hyphen', () => {
    const slug = slugify(`${'a'.repeat(69)} b c`, 'x');
    expect(slug.length).toBeLessThanOrEqual(70);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('firstFreeSlug', () => {
  it('takes the base when free, else the first free number from 2', () => {
    expect(firstFreeSlug('plank', new Set())).toBe('plank');
    expect(firstFreeSlug('plank', new Set(['plank']))).toBe('plank-2');
    expect(firstFreeSlug('plank', new Set(['plank', 'plank-2', 'plank-4']))).toBe('plank-3');
  });
});
