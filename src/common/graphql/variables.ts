import {
  coerceInputValue,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInputType,
  isNonNullType,
  type OperationDefinitionNode,
  typeFromAST,
  valueFromAST,
} from 'graphql';
import type { FieldProblem } from '../errors/errors.js';

/** How deep a variable's value may nest; the deepest input type is a handful of levels. */
export const MAX_VARIABLE_DEPTH = 16;
/** Problems reported for one request: enough to fix a form, not a flood to build. */
const MAX_PROBLEMS = 20;

class TooManyProblems extends Error {}

/**
 * The name of the first variable nested deeper than the limit, checked without recursion (a list
 * nested 20,000 deep overflows the stack of anything that recurses over it), or null.
 */
export function tooDeep(variables: Record<string, unknown>): string | null {
  for (const [name, value] of Object.entries(variables)) {
    const stack: [unknown, number][] = [[value, 1]];
    while (stack.length > 0) {
      const [item, depth] = stack.pop()!;
      if (item === null || typeof item !== 'object') continue;
      if (depth > MAX_VARIABLE_DEPTH) return name;
      for (const child of Object.values(item)) stack.push([child, depth + 1]);
    }
  }
  return null;
}

/**
 * The operation's variables coerced to their types, the way execution will coerce them, or the
 * problems found: each names the variable and the path inside it, never the value sent (which
 * may be a patient's name). graphql-js stops after 50 invalid values with an error that has no
 * code; here the list simply stops at MAX_PROBLEMS and says so.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): { values: Record<string, unknown> } | { problems: FieldProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  const report = (field: string, message: string) => {
    if (problems.length === MAX_PROBLEMS) {
      problems.push({
        field: 'variables',
        message: `more problems not listed (the first ${MAX_PROBLEMS})`,
      });
      throw new TooManyProblems();
    }
    problems.push({ field, message });
  };
  try {
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type);
      if (!type || !isInputType(type)) {
        report(name, 'has a type that is not an input type');
        continue;
      }
      if (!Object.hasOwn(inputs, name)) {
        if (definition.defaultValue) {
          values[name] = valueFromAST(definition.defaultValue, type);
        } else if (isNonNullType(type)) {
          report(name, `is required (${String(type)})`);
        }
        continue;
      }
      const value = inputs[name];
      if (value === null && isNonNullType(type)) {
        report(name, `must not be null (${String(type)})`);
        continue;
      }
      values[name] = coerceInputValue(value, type, (path, invalid, error) => {
        report(`${name}${pathText(path)}`, describe(error.message, type, invalid, schema));
      });
    }
  } catch (error) {
    if (!(error instanceof TooManyProblems)) throw error;
  }
  return problems.length > 0 ? { problems } : { values };
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
}

/**
 * graphql-js's message without the value it quotes: the kind of problem ("cannot represent",
 * "was not provided", "is not defined by type") is kept, the client's text is never repeated
 * (the schema lists an enum's values).
 */
function describe(
  message: string,
  type: GraphQLInputType,
  invalid: unknown,
  schema: GraphQLSchema,
): string {
  const enumMatch = /in "(\w+)" enum|^Enum "(\w+)"/.exec(message);
  const enumName = enumMatch?.[1] ?? enumMatch?.[2];
  const enumType = enumName ? schema.getType(enumName) : undefined;
  if (enumType && isEnumType(enumType)) {
    return `not a value of the enum "${enumName}"`;
  }
  const required = /^Field "(\w+)" of required type "([^"]+)" was not provided/.exec(message);
  if (required) return `${required[1]} is required (${required[2]})`;
  if (/is not defined by type/.test(message)) return 'has a field its input type does not define';
  if (/to be an object/.test(message)) return 'must be an object';
  if (/not to be null/.test(message)) return 'must not be null';
  const oneOf = /^Exactly one key must be specified for OneOf type "(\w+)"/.exec(message);
  if (oneOf) {
    const input = schema.getType(oneOf[1]);
    const keys = input && isInputObjectType(input) ? Object.keys(input.getFields()) : [];
    return `give exactly one of ${keys.join(' or ') || 'its fields'}`;
  }
  if (/^Field "\w+" must be non-null/.test(message)) return 'must not be null';
  const scalar = /^(\w+) cannot represent/.exec(message);
  if (scalar) return `is not a valid ${scalar[1]}`;
  return `is not a valid value for ${String(type)}`;
}
