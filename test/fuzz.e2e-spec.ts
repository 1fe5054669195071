import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { exerciseInput } from './support/fixtures.js';
import { captureLogs } from './support/logs.js';
import { type Caller, startTestApp, type TestApp } from './support/test-app.js';
import { apiKeyFor } from './support/factories.js';
import { graphql } from './graphql/index.js';

/**
 * Hostile requests over every root query and mutation, read from the schema so a new field is
 * fuzzed as soon as it exists: hostile strings, numbers, nulls and cursors as variables and as
 * literals, as every kind of caller. No answer may be a 5xx or INTERNAL_SERVER_ERROR, and the logs
 * must never hold the marker every hostile string carries. Seeded: FUZZ_SEED reproduces a run,
 * FUZZ_RUNS makes it longer.
 *
 * The generated documents stay raw strings on purpose: they are built at run time from the schema
 * and are meant to be hostile, so codegen never sees them. Only the setup below is typed.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const MARKER = 'Zelinda Quarrington';
const b64 = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Hostile strings by kind; each kind is drawn as often as the others. */
const HOSTILE_KINDS: string[][] = [
  // NUL: PostgreSQL refuses it in text.
  [`${MARKER}\u0000`, '\u0000', `a\u0000${MARKER}`],
  // Lone surrogates: not Unicode; jsonb refuses them.
  [`${MARKER}\uD800`, `\uDFFF${MARKER}`],
  // Long.
  [`${MARKER} `.repeat(500), 'x'.repeat(10_000)],
  // SQL, JSON, LIKE and path meta characters.
  [
    `${MARKER}'; DROP TABLE exercise; --`,
    `${MARKER}" OR 1=1 --`,
    `{"${MARKER}": [1, {"$ne": null}]}`,
    `${MARKER}\\`,
    `%${MARKER}%_`,
    `${MARKER}\n\r\t\u2028`,
    '../../../../etc/passwd',
  ],
  // Names and near-misses of ids and numbers.
  [
    MARKER,
    'María José Ñúñez',
    '',
    ' ',
    '12345678-1234-1234-1234-123456789012x',
    '00000000-0000-0000-0000-000000000000',
    '-1',
    '99999999999999999999999',
    'NaN',
  ],
  // Cursors a list never made.
  [
    b64([MARKER, MARKER]),
    b64([MARKER, '00000000-0000-0000-0000-000000000000']),
    b64(['not a date', '00000000-0000-0000-0000-000000000000']),
    b64(['search', 9223372036854775808]),
    b64(['search', 1e300]),
    b64(['search', -5]),
    b64(['search', MARKER]),
    b64({ [MARKER]: 1 }),
    `${MARKER}==`,
  ],
];
const hostileString = () =>
  fc.constantFrom(...HOSTILE_KINDS).chain((kind) => fc.constantFrom(...kind));
/** Ordinary values, valid for many fields: a slug, a tempo, a date, a name, an e-mail. */
const BENIGN_STRINGS = [
  'single-leg-squat',
  'Step-down',
  '3-1-1-0',
  '2026-11-30',
  'fuzz@clinic.test',
  'A patient of the clinic',
  'squat',
  'https://video.example/x',
];
const HOSTILE_NUMBERS = [0, -1, 1, 2, 5, 20, 100, 101, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1];
const HOSTILE_FLOATS = [1.5, -0.5, 1e308, -1e308, Number.MIN_VALUE, 1e-7];
const WRONG_TYPES: unknown[] = ['NaN', 'Infinity', MARKER, true, [], {}, [MARKER], { [MARKER]: 1 }];

describe('fuzz: no hostile request is a 5xx or an INTERNAL_SERVER_ERROR', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const ids: string[] = [];
  const logs = captureLogs();

  beforeAll(async () => {
    t = await startTestApp({ IMPORT_DIR: mkdtempSync(join(tmpdir(), 'fuzz-import-')) });
    schema = t.running.app.get(GraphQLSchemaHost).schema;
    // Real ids, so generated requests get past "not found" into the code behind it.
    const me = await t.gql(
      graphql(`
        query FuzzMe {
          me {
            id
          }
        }
      `),
      {},
      'staff',
    );
    const created = await t.gql(
      graphql(`
        mutation FuzzCreateExercise($input: CreateExerciseInput!) {
          createExercise(input: $input) {
            id
          }
        }
      `),
      { input: exerciseInput({ slug: 'fuzz-one' }) },
    );
    ids.push(me.body.data!.me!.id, created.body.data!.createExercise.id);
  });
  afterAll(async () => {
    await t.close();
    logs.restore();
  });

  it(
    `${RUNS} generated requests (seed ${SEED})`,
    async () => {
      const fields = ['Query', 'Mutation'].flatMap((root) =>
        Object.values((schema.getType(root) as GraphQLObjectType).getFields()).map(
          (field) => [root, field] as const,
        ),
      );
      expect(fields.length).toBeGreaterThan(40);
      const key = await apiKeyFor(t, 'fuzz');
      const callers: Caller[] = ['anonymous', key.caller, 'staff', 'clinician', 'admin'];
      const request = fc.constantFrom(...fields).chain(([root, field]) =>
        fc.record({
          root: fc.constant(root),
          // The name only, so a counterexample prints short; the field is looked up again.
          name: fc.constant(field.name),
          // Half chaos (every input hostile in several places), half one hostile value in an
          // otherwise ordinary request, which reaches the services and SQL behind validation.
          args: fc.oneof(
            {
              weight: 1,
              arbitrary: fc
                .constantFrom(0.6, 0.15)
                .chain((hostility) => argsFor(field.args, ids, hostility)),
            },
            {
              weight: 2,
              arbitrary: fc
                .tuple(argsFor(field.args, ids, 0.01), fc.nat(), hostileValue())
                .map(([args, at, value]) => replaceLeaf(args, at, value)),
            },
          ),
          literal: fc.boolean(),
          // Mostly callers who may run the field, so the value reaches the code behind the guard.
          caller: fc.oneof(
            { weight: 1, arbitrary: fc.constantFrom(...callers.slice(0, 3)) },
            { weight: 1, arbitrary: fc.constant(callers[3]) },
            { weight: 2, arbitrary: fc.constant(callers[4]) },
          ),
        }),
      );
      const seen = new Set<string>();
      const outcomes = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(request, async ({ root, name, args, literal, caller }) => {
          seen.add(name);
          const field = (schema.getType(root) as GraphQLObjectType).getFields()[name];
          const { query, variables } = operation(root, field, args, literal);
          const res = await t.gql(query, variables, caller);
          const codes = (res.body.errors ?? []).map((e) => e.extensions?.code);
          const outcome = String(codes[0] ?? 'ok');
          if (process.env.FUZZ_DEBUG && (query + JSON.stringify(variables)).includes('\\u0000')) {
            process.stderr.write(
              `NUL ${name} ${outcome} ${JSON.stringify(res.body.errors?.[0]?.message)?.slice(0, 150)}\n`,
            );
          }
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const what = `${field.name} -> ${res.status} ${JSON.stringify(res.body.errors)}`;
          expect({ what, status: res.status < 500 }).toEqual({ what, status: true });
          expect({ what, codes }).toEqual({
            what,
            codes: expect.not.arrayContaining(['INTERNAL_SERVER_ERROR']),
          });
          expect(JSON.stringify(res.body.errors ?? [])).not.toContain(MARKER);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      if (process.env.FUZZ_VERBOSE) process.stderr.write(`${JSON.stringify([...outcomes])}\n`);
      expect(logs.text).not.toContain(MARKER);
      expect(logs.text).not.toMatch(/Unexpected error/);
      // Most root fields were reached (every one, given enough runs).
      expect(seen.size).toBeGreaterThan(fields.length * 0.8);
    },
    Math.max(60_000, RUNS * 150),
  );
});

type Args = Record<string, unknown>;
/** A generated argument left out entirely (not even null). */
const OMIT = Symbol('omit');

/**
 * Arguments for a field. `hostility` is the share of values that are hostile: high, every input
 * is refused at its first field; low, most of an input is ordinary and one value in it is not,
 * so the request gets past coercion and validation into the services and SQL.
 */
function argsFor(
  args: readonly GraphQLArgument[],
  ids: string[],
  hostility: number,
): fc.Arbitrary<Args> {
  const entries = args.map((arg) =>
    valueFor(arg.type, ids, 0, hostility).map((v) => [arg.name, v] as const),
  );
  return fc
    .tuple(...entries)
    .map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== OMIT)));
}

const weigh = (hostility: number) => ({
  good: Math.max(1, Math.round(100 * (1 - hostility))),
  bad: Math.max(1, Math.round(100 * hostility)),
});

/** Mostly values of the right shape, some hostile; sometimes nulls, omissions and wrong types. */
function valueFor(
  type: GraphQLInputType,
  ids: string[],
  depth: number,
  hostility: number,
): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const { good, bad } = weigh(hostility);
  return fc.oneof(
    { weight: good * 4, arbitrary: shaped(inner, ids, depth, hostility) },
    { weight: bad, arbitrary: fc.constant(null) },
    { weight: isNonNullType(type) ? 0 : good, arbitrary: fc.constant(OMIT) },
    { weight: bad, arbitrary: fc.constantFrom(...WRONG_TYPES) },
  );
}

function shaped(
  type: GraphQLInputType,
  ids: string[],
  depth: number,
  hostility: number,
): fc.Arbitrary<unknown> {
  const { good, bad } = weigh(hostility);
  const either = (benign: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: good, arbitrary: benign }, { weight: bad, arbitrary: hostile });
  if (type instanceof GraphQLList) {
    return fc.array(valueFor(type.ofType, ids, depth + 1, hostility), {
      minLength: 1,
      maxLength: depth > 1 ? 1 : 3,
    });
  }
  if (type instanceof GraphQLNonNull) return shaped(type.ofType, ids, depth, hostility);
  if (type instanceof GraphQLEnumType) {
    return either(
      fc.constantFrom(...type.getValues().map((v) => v.name)),
      fc.constantFrom(MARKER, 'ZZZ', ''),
    );
  }
  if (type instanceof GraphQLInputObjectType) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc
      .tuple(
        ...fields.map((f) =>
          valueFor(f.type, ids, depth + 1, hostility).map((v) => [f.name, v] as const),
        ),
        // Now and then a field the type does not have.
        fc.oneof(
          { weight: bad, arbitrary: fc.constant([MARKER, MARKER] as const) },
          { weight: good * 3, arbitrary: fc.constant(null) },
        ),
      )
      .map((pairs) =>
        Object.fromEntries(
          pairs.filter((p): p is readonly [string, unknown] => p !== null && p[1] !== OMIT),
        ),
      );
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'Int':
      return either(
        fc.integer({ min: 1, max: 5 }),
        fc.oneof(
          fc.constantFrom(...HOSTILE_NUMBERS),
          fc.constantFrom(...HOSTILE_FLOATS),
          fc.integer(),
        ),
      );
    case 'Float':
      return either(
        fc.integer({ min: 1, max: 10 }),
        fc.oneof(
          fc.constantFrom(...HOSTILE_NUMBERS, ...HOSTILE_FLOATS),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
      );
    case 'Boolean':
      return either(fc.boolean(), fc.constantFrom('true', 0));
    case 'ID':
      return either(
        fc.oneof(fc.constantFrom(...ids), fc.uuid()),
        fc.oneof(hostileString(), fc.constantFrom(1, 2 ** 62, -1)),
      );
    default:
      return either(
        fc.constantFrom(...BENIGN_STRINGS),
        fc.oneof(
          { weight: 5, arbitrary: hostileString() },
          { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
          { weight: 1, arbitrary: fc.constantFrom(...ids) },
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        ),
      );
  }
}

/** Any hostile value: a string of any kind, a number out of range, a null, a wrong type. */
function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: hostileString() },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS, ...HOSTILE_FLOATS) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES) },
  );
}

/** The arguments with one value (the at-th leaf, wrapping around) replaced. */
function replaceLeaf(args: Args, at: number, value: unknown): Args {
  const leaves: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(node, i, item));
    else if (node && typeof node === 'object') {
      Object.entries(node).forEach(([k, item]) => visit(node as Record<string, unknown>, k, item));
    }
  };
  const visit = (
    parent: Record<string, unknown> | unknown[],
    key: string | number,
    item: unknown,
  ) => {
    leaves.push([parent, key]);
    walk(item);
  };
  const copy = structuredClone(args);
  walk(copy);
  // Strings first: they are what reaches SQL, file paths and logs.
  const strings = leaves.filter(
    ([parent, key]) => typeof (parent as Record<string | number, unknown>)[key] === 'string',
  );
  const pool = typeof value === 'string' && strings.length > 0 ? strings : leaves;
  if (pool.length === 0) return copy;
  const [parent, key] = pool[at % pool.length];
  (parent as Record<string | number, unknown>)[key] = value;
  return copy;
}

/** The operation for one root field: its arguments as variables, or inlined as literals. */
function operation(
  root: string,
  field: GraphQLField<unknown, unknown>,
  args: Args,
  literal: boolean,
): { query: string; variables: Args } {
  const keyword = root === 'Query' ? 'query' : 'mutation';
  const selection = selectionOf(getNamedType(field.type));
  const used = field.args.filter((a) => a.name in args);
  if (literal) {
    const list = used.map((a) => `${a.name}: ${literalOf(args[a.name])}`).join(', ');
    return {
      query: `${keyword} { ${field.name}${list ? `(${list})` : ''} ${selection} }`,
      variables: {},
    };
  }
  const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const list = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${keyword}${defs ? ` (${defs})` : ''} { ${field.name}${list ? `(${list})` : ''} ${selection} }`,
    variables: Object.fromEntries(used.map((a) => [a.name, args[a.name]])),
  };
}

/** The leaf fields (without required arguments) of what a field returns, one level down. */
function selectionOf(type: GraphQLNamedType): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const leaves = Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      return isObjectType(named) ? `${f.name} { __typename }` : null;
    })
    .filter(Boolean);
  return `{ __typename ${leaves.join(' ')} }`;
}

/** A GraphQL literal for a generated value: enum-looking strings stay strings half the time. */
function literalOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(literalOf).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value as Args)
      .filter(([k]) => /^[_A-Za-z]\w*$/.test(k))
      .map(([k, v]) => `${k}: ${literalOf(v)}`);
    return `{${fields.join(', ')}}`;
  }
  if (typeof value === 'string' && /^[A-Z][A-Z_]+$/.test(value)) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value);
}
