import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.js';
import { formatError, SHOWN_CODES } from './format-error.js';

/** What a client gets for an error a resolver threw with `code`. */
function codeSent(code: string): unknown {
  const error = new GraphQLError('Something happened', { path: ['field'], extensions: { code } });
  return formatError({ message: error.message, path: ['field'], extensions: { code } }, error)
    .extensions?.code;
}

describe('formatError', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']));

  it('sends every code of the schema’s ErrorCode as it is', () => {
    for (const code of SHOWN_CODES) expect(codeSent(code)).toBe(code);
  });

  it('masks any other code as INTERNAL_SERVER_ERROR, itself a value of ErrorCode', () => {
    for (const code of ['SOME_LIBRARY_CODE', 'ECONNRESET', '', 'bad_user_input']) {
      expect(codeSent(code)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    }
    expect(Object.values(ErrorCode)).toContain(codeSent('SOME_LIBRARY_CODE'));
  });
});
