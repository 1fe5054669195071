import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { EXPECTED_VERSION } from '../../common/graphql/dto/version-ref.input.js';
import { IsTranslatedLocale, Locale } from '../locale.js';

@InputType({ description: 'Deletes the translation of an exercise into one locale' })
export class RemoveExerciseTranslationInput {
  @Field(() => ID, { description: 'The exercise translated' })
  @IsUUID('all', { message: 'exerciseId must be a UUID' })
  exerciseId: string;

  @Field(() => Locale, { description: 'ES, VI or ZH' })
  @IsTranslatedLocale()
  locale: Locale;

  @Field(() => Int, { description: `${EXPECTED_VERSION} (the translation's version)` })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
