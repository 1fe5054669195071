import { listed, missingTagFields, missingTags, TAG_FIELD, TagFacet } from './tagging.js';
import { BodyPosition, Plane, Stance, TempoIntent } from './vocabulary.js';

const tagged = {
  planes: [Plane.SAGITTAL],
  stance: Stance.SINGLE_LEG,
  position: BodyPosition.STANDING,
  tempoIntent: TempoIntent.SLOW_CONTROLLED,
  steps: ['Stand tall.'],
};

describe('tagging', () => {
  it('names the input field of every facet, TEMPO being the tempo intent', () => {
    expect(TAG_FIELD[TagFacet.TEMPO]).toBe('tempoIntent');
    expect(Object.keys(TAG_FIELD).sort()).toEqual(Object.values(TagFacet).sort());
    for (const field of Object.values(TAG_FIELD)) expect(Object.keys(tagged)).toContain(field);
  });

  it('lists what an exercise lacks as facets and as input fields', () => {
    expect(missingTags(tagged)).toEqual([]);
    const lacking = { ...tagged, tempoIntent: null, steps: [] };
    expect(missingTags(lacking)).toEqual([TagFacet.TEMPO, TagFacet.INSTRUCTIONS]);
    expect(missingTagFields(lacking)).toEqual(['tempoIntent', 'steps']);
  });

  it('joins field names in a sentence', () => {
    expect(listed(['planes'])).toBe('planes');
    expect(listed(['planes', 'stance'])).toBe('planes and stance');
    expect(listed(['planes', 'stance', 'steps'])).toBe('planes, stance and steps');
  });
});
