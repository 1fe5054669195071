import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { IsTranslatedLocale, Locale } from '../locale.js';

@ArgsType()
export class RemoveExerciseTranslationArgs {
  @Field(() => ID, { description: 'The exercise' })
  @IsUUID('all', { message: 'exerciseId must be a UUID' })
  exerciseId: string;

  @Field(() => Locale, { description: 'The translation’s language: ES, VI or ZH' })
  @IsTranslatedLocale()
  locale: Locale;

  @Field(() => Int, { description: 'The version you read: a stale one is a CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
