import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { IsTranslatedLocale, Locale } from '../locale.js';
import { TranslationTextInput } from './translation-text.input.js';

@InputType({
  description:
    'Adds or changes the translation of an exercise into one locale. Fields left out stay as they are; null clears one',
})
export class SetExerciseTranslationInput extends TranslationTextInput {
  @Field(() => ID, { description: 'The exercise to translate' })
  @IsUUID('all', { message: 'exerciseId must be a UUID' })
  exerciseId: string;

  @Field(() => Locale, { description: 'ES, VI or ZH' })
  @IsTranslatedLocale()
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
