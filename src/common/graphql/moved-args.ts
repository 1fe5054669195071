import { Args } from '@nestjs/graphql';
import { type GraphQLScalarType } from 'graphql';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { badUserInput, type FieldProblem } from '../errors/errors.js';
import { toProblems } from '../errors/validation.pipe.js';

/** A value a mutation now takes in `input` that its old argument, deprecated, may still carry. */
export interface MovedArg {
  /** Its field in `input`: `id`, `expectedVersion`. */
  field: string;
  /** The deprecated argument: `id`, `version`. */
  arg: string;
  /** What that argument carried; null or undefined: not sent. */
  value: unknown;
  /** A value that may be left out of both (a message). */
  optional?: boolean;
}

/** The description of an `input` that is nullable only for the release its old arguments stay. */
export const INPUT_WITH_MOVED_ARGS =
  'Required: nullable only while the deprecated arguments beside it are accepted';

const sent = (value: unknown) => value !== null && value !== undefined;

/**
 * Every mutation takes one `input`; for one release its old arguments stay beside it,
 * deprecated (so `input` is nullable where it is new). Each value comes from `input` or from its
 * old argument, never both, and a required one from one of them: a mix is refused naming the
 * input field rather than guessed. Returns `input` with the old arguments' values moved in.
 */
export function withMovedArgs<T extends object>(
  input: T | Partial<T> | null | undefined,
  moved: MovedArg[],
): T {
  if (!input && !moved.some((m) => sent(m.value))) {
    throw badUserInput([{ field: 'input', message: 'input is required' }]);
  }
  const merged = { ...input } as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const { field, arg, value, optional } of moved) {
    const path = `input.${field}`;
    if (sent(value) && sent(merged[field])) {
      problems.push({
        field: path,
        message: `give ${path} only: the ${arg} argument is deprecated`,
      });
    } else if (sent(value)) {
      merged[field] = value;
    } else if (!optional && !sent(merged[field])) {
      problems.push({ field: path, message: `${path} is required` });
    }
  }
  if (problems.length > 0) throw badUserInput(problems);
  return merged as T;
}

/**
 * withMovedArgs, then the merged input validated as its class, problems named `input.<field>`.
 * The global pipe cannot do it: a nullable `input` (`X | null`) reaches it typed Object, so it
 * skipped validation, and the old arguments' values are only in `input` after the merge.
 */
export async function validMovedArgs<T extends object>(
  type: new () => T,
  input: T | Partial<T> | null | undefined,
  moved: MovedArg[],
): Promise<T> {
  const instance = plainToInstance(type, withMovedArgs(input, moved));
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw badUserInput(toProblems(errors, 'input'));
  return instance;
}

/**
 * An argument moved into `input`, kept one release: nullable, deprecated, naming its new place
 * (`input.id`), so every resolver declares it the same way.
 */
export const MovedArgument = (name: string, type: () => GraphQLScalarType, movedTo: string) =>
  Args(name, {
    type,
    nullable: true,
    description: `Deprecated: send ${movedTo} instead`,
    deprecationReason: `Use ${movedTo}`,
  });
