import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { DEFAULT_LOCALE, Locale } from './locale.js';

// The limits of the exercise's own text (exercise.inputs.ts).
const NAME = 120;
const TEXT = 2000;
const LIST = 30;
/** Blank text would only hide the English fallback behind nothing. */
const NOT_BLANK = /\S/;

/** The locales a translation can be in: every one but the default, which is the exercise. */
export const TRANSLATED_LOCALES: Locale[] = Object.values(Locale).filter(
  (l) => l !== DEFAULT_LOCALE,
);

const LOCALE_RULE = IsIn(TRANSLATED_LOCALES, {
  message: 'locale must not be EN: English is edited on the exercise itself (updateExercise)',
});

const Text = (max: number) =>
  applyDecorators(
    Field(() => String, {
      nullable: true,
      description: 'null clears it: the English shows instead',
    }),
    IsOptional(),
    IsString(),
    Matches(NOT_BLANK, { message: '$property must not be blank; send null to clear it' }),
    MaxLength(max),
  );

const TextList = () =>
  applyDecorators(
    Field(() => [String], {
      nullable: true,
      description: 'null clears it: the English shows instead',
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
  @Text(NAME)
  name?: string | null;

  @Text(TEXT)
  summary?: string | null;

  @TextList()
  steps?: string[] | null;

  @TextList()
  cues?: string[] | null;

  @TextList()
  precautions?: string[] | null;
}

@InputType({
  description:
    'Adds or changes the translation of an exercise into one locale. Fields left out stay as they are; null clears one',
})
export class SetExerciseTranslationInput extends TranslationTextInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'exerciseId must be a UUID' })
  exerciseId: string;

  @Field(() => Locale, { description: 'ES, VI or ZH' })
  @LOCALE_RULE
  locale: Locale;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version you read. Leave it out only to add a translation that does not exist yet: a stale or missing one is a CONFLICT',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}

@ArgsType()
export class RemoveExerciseTranslationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'exerciseId must be a UUID' })
  exerciseId: string;

  @Field(() => Locale)
  @LOCALE_RULE
  locale: Locale;

  @Field(() => Int, { description: 'The version you read: a stale one is a CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/** Exercise.localized's argument: any locale, EN being the exercise's own text. */
@ArgsType()
export class LocalizedArgs {
  @Field(() => Locale)
  @IsEnum(Locale)
  locale: Locale;
}
