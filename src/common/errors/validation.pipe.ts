import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { badUserInput, type FieldProblem } from './errors.js';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];
/** @nestjs/graphql's GqlParamtype.ARGS (not exported): the pipe must not validate @Parent(). */
const GRAPHQL_ARGS = 3;
const INPUT_PARAMS: unknown[] = [GRAPHQL_ARGS, 'body', 'query', 'param'];

/**
 * Validates every GraphQL argument that is a class (inputs and args) with class-validator and
 * reports all problems at once as BAD_USER_INPUT, each with its full path (`input.tempo`).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (
      !INPUT_PARAMS.includes(metadata.type) ||
      !metatype ||
      PRIMITIVES.includes(metatype) ||
      value === null ||
      value === undefined
    ) {
      return value;
    }
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw badUserInput(toProblems(errors, metadata.data ?? ''));
    return instance;
  }
}

export function toProblems(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(toProblems(error.children ?? [], field));
  });
}
