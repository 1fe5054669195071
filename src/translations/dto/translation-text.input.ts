import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

// The limits of the exercise's own text (CreateExerciseInput).
const NAME = 120;
const TEXT = 2000;
const LIST = 30;
/** Blank text would only hide the English fallback behind nothing. */
const NOT_BLANK = /\S/;

const Text = (max: number, what: string) =>
  applyDecorators(
    Field(() => String, {
      nullable: true,
      description: `${what}, up to ${max} characters, not blank; null clears it (the English shows instead)`,
    }),
    IsOptional(),
    IsString(),
    Matches(NOT_BLANK, { message: '$property must not be blank; send null to clear it' }),
    MaxLength(max),
  );

const TextList = (what: string) =>
  applyDecorators(
    Field(() => [String], {
      nullable: true,
      description: `${what}, 1-${LIST} of up to ${TEXT} characters each; null clears them (the English shows instead)`,
    }),
    IsOptional(),
    IsArray(),
    ArrayNotEmpty({ message: '$property must not be empty; send null to clear it' }),
    ArrayMaxSize(LIST),
    IsString({ each: true }),
    Matches(NOT_BLANK, { each: true, message: 'each of $property must not be blank' }),
    MaxLength(TEXT, { each: true }),
  );

/** The translatable text, validated like the exercise's own; shared with the seed files. */
@InputType({ isAbstract: true })
export abstract class TranslationTextInput {
  @Text(NAME, 'The name')
  name?: string | null;

  @Text(TEXT, 'The one-line summary')
  summary?: string | null;

  @TextList('The instruction steps, in order')
  steps?: string[] | null;

  @TextList('The coaching cues')
  cues?: string[] | null;

  @TextList('The precautions')
  precautions?: string[] | null;
}
