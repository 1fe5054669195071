import { createHash, randomUUID } from 'node:crypto';
import { ErrorCode } from '../src/common/errors/errors.js';
import { SHOWN_CODES } from '../src/common/errors/format-error.js';
import { LIMITS } from '../src/common/graphql/limits.js';
import { exerciseInput } from './support/fixtures.js';
import {
  type Caller,
  type GraphQLResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';
import { graphql } from './graphql/index.js';

const ERROR_TYPES = graphql(`
  query ErrorTypes {
    code: __type(name: "ErrorCode") {
      enumValues {
        name
        description
      }
    }
    extensions: __type(name: "ErrorExtensions") {
      fields {
        name
        description
      }
    }
    fieldError: __type(name: "FieldError") {
      fields {
        name
      }
    }
  }
`);

const CREATE = graphql(`
  mutation ErrorCodesCreate($input: CreateExerciseInput!) {
    createExercise(input: $input) {
      id
      version
    }
  }
`);

const UPDATE = graphql(`
  mutation ErrorCodesUpdate($id: ID!, $version: Int!) {
    updateExercise(id: $id, version: $version, input: { summary: "Changed" }) {
      version
    }
  }
`);

type Errors = NonNullable<GraphQLResponse['body']['errors']>;

/**
 * The schema's ErrorCode and ErrorExtensions describe what errors really carry: every code the
 * service sends, over GraphQL and on its HTTP routes, is a value of the enum, and every key of
 * `extensions` a field of ErrorExtensions.
 */
describe('errors in the schema', () => {
  let t: TestApp;
  let codes: string[];
  let extensionFields: string[];
  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.gql(ERROR_TYPES, {}, 'anonymous');
    expect(res.body.errors).toBeUndefined();
    codes = res.body.data!.code!.enumValues!.map((v) => v.name);
    extensionFields = res.body.data!.extensions!.fields!.map((f) => f.name);
  });
  afterAll(() => t.close());

  it('lists the codes formatError lets through, and the masked one, each described', async () => {
    expect(codes).toEqual(Object.values(ErrorCode));
    expect(new Set(codes)).toEqual(new Set([...SHOWN_CODES, ErrorCode.INTERNAL_SERVER_ERROR]));
    const res = await t.gql(ERROR_TYPES, {}, 'anonymous');
    for (const value of res.body.data!.code!.enumValues!) expect(value.description).toBeTruthy();
    for (const field of res.body.data!.extensions!.fields!) expect(field.description).toBeTruthy();
    expect(res.body.data!.fieldError!.fields!.map((f) => f.name).sort()).toEqual([
      'field',
      'message',
    ]);
  });

  it('types every code and extension of the typical errors', async () => {
    const seen = new Map<string, Errors[number]>();
    const collect = (errors: Errors | undefined) => {
      expect(errors?.length).toBeGreaterThan(0);
      for (const error of errors!) seen.set(String(error.extensions?.code), error);
    };
    const send = async (query: string, variables?: Record<string, unknown>, as?: Caller) =>
      collect((await t.gql(query, variables, as)).body.errors);
    const post = async (body: Record<string, unknown>) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify(body),
      });
      collect(((await res.json()) as GraphQLResponse['body']).errors);
    };

    await send('{ exercise(by: { id: ');
    await send('{ noSuchField }');
    await send('query A { __typename } query B { __typename }');
    await send('{ exercise(by: { id: "not-a-uuid" }) { id } }');
    await send('{ accounts { id } }', {}, 'anonymous');
    await send('{ accounts { id } }', {}, 'staff');
    await send(`{ exercise(id: "${randomUUID()}") { id } }`);
    const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: __typename`);
    await send(`{ ${aliases.join(' ')} }`);
    const created = await t.gql(CREATE, { input: exerciseInput({ slug: 'error-codes' }) });
    const { id, version } = created.body.data!.createExercise;
    await t.gql(UPDATE, { id, version });
    collect((await t.gql(UPDATE, { id, version })).body.errors);
    const query = '{ __typename }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });

    expect([...seen.keys()].sort()).toEqual(
      [
        'BAD_REQUEST',
        'BAD_USER_INPUT',
        'CONFLICT',
        'FORBIDDEN',
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'NOT_FOUND',
        'OPERATION_RESOLUTION_FAILURE',
        'PERSISTED_QUERY_NOT_FOUND',
        'TOO_MANY_ALIASES',
        'UNAUTHENTICATED',
      ].sort(),
    );
    for (const [code, error] of seen) {
      expect(codes).toContain(code);
      for (const key of Object.keys(error.extensions ?? {})) {
        expect({ code, key, typed: extensionFields.includes(key) }).toEqual({
          code,
          key,
          typed: true,
        });
      }
    }
    expect(seen.get('BAD_USER_INPUT')!.extensions!.fields).toEqual([
      { field: 'by.id', message: expect.any(String) },
    ]);
    expect(seen.get('CONFLICT')!.extensions!.currentVersion).toBe(version + 1);
  });

  it('answers the HTTP routes with codes of the enum too', async () => {
    const pdf = `${t.url}/handouts/${randomUUID()}/pdf`;
    const anonymous = await fetch(pdf);
    const missing = await fetch(pdf, { headers: { authorization: `Bearer ${t.tokens.staff}` } });
    const bodies = (await Promise.all([anonymous, missing].map((r) => r.json()))) as {
      code: string;
    }[];
    expect(bodies.map((b) => b.code)).toEqual(['UNAUTHENTICATED', 'NOT_FOUND']);
    for (const body of bodies) expect(codes).toContain(body.code);
  });
});
