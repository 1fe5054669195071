import type { GraphQLError } from 'graphql';
import { withMovedArgs } from './moved-args.js';

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { code, fields } = (error as GraphQLError).extensions;
    return { code, fields };
  }
  throw new Error('expected a refusal');
};

describe('withMovedArgs', () => {
  const moved = (id?: string, version?: number) => [
    { field: 'id', arg: 'id', value: id },
    { field: 'expectedVersion', arg: 'version', value: version },
  ];

  it('takes input alone, or the old arguments alone', () => {
    expect(withMovedArgs({ id: 'a', expectedVersion: 2 }, moved())).toEqual({
      id: 'a',
      expectedVersion: 2,
    });
    expect(withMovedArgs(null, moved('a', 2))).toEqual({ id: 'a', expectedVersion: 2 });
    // An input that already existed gains the moved values beside its own fields.
    expect(withMovedArgs({ name: 'x' }, moved('a', 2))).toEqual({
      name: 'x',
      id: 'a',
      expectedVersion: 2,
    });
  });

  it('refuses neither, naming input or the missing input field', () => {
    expect(fieldsOf(() => withMovedArgs(undefined, moved()))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input', message: 'input is required' }],
    });
    expect(fieldsOf(() => withMovedArgs({ name: 'x' }, moved('a')))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.expectedVersion', message: 'input.expectedVersion is required' }],
    });
  });

  it('refuses both, naming each input field sent twice', () => {
    expect(fieldsOf(() => withMovedArgs({ id: 'a', expectedVersion: 2 }, moved('a', 2)))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.id', message: 'give input.id only: the id argument is deprecated' },
        {
          field: 'input.expectedVersion',
          message: 'give input.expectedVersion only: the version argument is deprecated',
        },
      ],
    });
  });

  it('lets an optional value be left out of both', () => {
    const message = [{ field: 'message', arg: 'message', value: null, optional: true }];
    expect(withMovedArgs({ name: 'x' }, message)).toEqual({ name: 'x' });
  });
});
