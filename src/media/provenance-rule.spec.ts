import { clearedOnEdit, missingOnAdd, publishProblems } from './provenance-rule.js';

const complete = { altText: 'Side view', credit: 'Clinic', licence: 'CC BY 4.0' };

describe('what media a published exercise needs', () => {
  it('lists each item lacking a text, numbered from 1', () => {
    expect(
      publishProblems([
        complete,
        { ...complete, altText: ' ' },
        { altText: '', credit: '', licence: '' },
      ]),
    ).toEqual(['media 2 needs alt text', 'media 3 needs alt text, a credit and a licence']);
    expect(publishProblems([complete])).toEqual([]);
  });

  it('names every missing text of a new item, author for the credit, with the prefix', () => {
    expect(missingOnAdd({ altText: 'x', credit: ' \n', licence: '' }).map((p) => p.field)).toEqual([
      'author',
      'licence',
    ]);
    expect(missingOnAdd({}, 'input.').map((p) => p.field)).toEqual([
      'input.altText',
      'input.author',
      'input.licence',
    ]);
    expect(missingOnAdd(complete)).toEqual([]);
  });

  it('refuses only texts sent blank on an edit, named as they were sent', () => {
    expect(clearedOnEdit({ altText: 'new words' })).toEqual([]);
    expect(clearedOnEdit({})).toEqual([]);
    expect(clearedOnEdit({ altText: '', credit: ' ' }, { credit: 'input.credit' })).toEqual([
      {
        field: 'input.altText',
        message: 'altText cannot be cleared while the exercise is published',
      },
      {
        field: 'input.credit',
        message: 'credit cannot be cleared while the exercise is published',
      },
    ]);
  });
});
