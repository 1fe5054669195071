import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit } from 'graphql';
import { perDocument } from '../graphql/per-document.js';
import { badUserInput, type FieldProblem } from './errors.js';

/**
 * The longest string any argument may carry, whatever its field: above every field's own limit
 * (texts are 2,000 at most), so a field's MaxLength normally speaks first; this catches the
 * arguments that have none (ids, slugs, paths, cursors) before they reach SQL or the file system.
 */
export const MAX_STRING_LENGTH = 5_000;
/** More problems than this are not worth listing. */
const MAX_PROBLEMS = 20;

/** Half of a UTF-16 surrogate pair without its other half: no Unicode character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be accepted anywhere, or null. PostgreSQL refuses NUL in text, and a lone
 * surrogate in jsonb (the driver silently turns it into U+FFFD in text).
 */
export function stringProblem(value: string, field: string): FieldProblem | null {
  if (value.includes('\0')) {
    return { field, message: `${field} must not contain a NUL character (\\u0000)` };
  }
  if (LONE_SURROGATE.test(value)) {
    return { field, message: `${field} must be valid Unicode text (it holds a lone surrogate)` };
  }
  if (value.length > MAX_STRING_LENGTH) {
    return { field, message: `${field} must be at most ${MAX_STRING_LENGTH} characters` };
  }
  return null;
}

/** Every string inside a JSON value (variables), walked without recursion (it may be deep). */
export function jsonStringProblems(root: unknown, rootPath: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value, path);
      if (problem) problems.push(problem);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = stringProblem(key, path);
        if (keyProblem) problems.push(keyProblem);
        else stack.push([item, path ? `${path}.${key}` : key]);
      }
    }
  }
  return problems;
}

/** Every string literal of a document, named by its argument path (`input.name`). */
export function literalStringProblems(document: DocumentNode): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const path: string[] = [];
  const named = (name: string) => ({
    enter: () => void path.push(name),
    leave: () => void path.pop(),
  });
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: {
      enter: (node) => void path.push(node.name.value),
      leave: () => void path.pop(),
    },
    VariableDefinition: named('$default'),
    StringValue(node) {
      const problem = stringProblem(node.value, path.join('.') || 'query');
      if (problem && problems.length < MAX_PROBLEMS) problems.push(problem);
    },
  });
  return problems;
}

/**
 * Refuses, before anything runs, a request whose variables or literals hold a string no field
 * accepts: a NUL character (PostgreSQL refuses it in text, which became a 500) or one over
 * MAX_STRING_LENGTH. One place for every argument: scalar ones like `id: ID!` never reach the
 * validation pipe's class checks.
 */
export function inputStringsPlugin(): ApolloServerPlugin {
  // A document's literals are the same on every request that sends it.
  const literalProblems = perDocument(literalStringProblems);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const problems = [
            ...literalProblems(document),
            ...jsonStringProblems(request.variables ?? {}, ''),
          ];
          if (problems.length === 0) return;
          const error = badUserInput(problems.slice(0, MAX_PROBLEMS));
          throw new GraphQLError(error.message, {
            extensions: { ...error.extensions, http: { status: 400 } },
          });
        },
      };
    },
  };
}
