import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { INPUT_WITH_MOVED_ARGS } from '../../common/graphql/moved-args.js';
import { IsTranslatedLocale, Locale } from '../locale.js';
import { RemoveExerciseTranslationInput } from './remove-exercise-translation.input.js';

/**
 * `input`, or for one release the old arguments (deprecated), still validated as they were.
 * `input` is nullable only while they are accepted.
 */
@ArgsType()
export class RemoveExerciseTranslationArgs {
  @Field(() => RemoveExerciseTranslationInput, {
    nullable: true,
    description: INPUT_WITH_MOVED_ARGS,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RemoveExerciseTranslationInput)
  input?: RemoveExerciseTranslationInput | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Deprecated: send input.exerciseId instead',
    deprecationReason: 'Use input.exerciseId',
  })
  @IsOptional()
  @IsUUID('all', { message: 'exerciseId must be a UUID' })
  exerciseId?: string | null;

  @Field(() => Locale, {
    nullable: true,
    description: 'Deprecated: send input.locale instead',
    deprecationReason: 'Use input.locale',
  })
  @IsOptional()
  @IsTranslatedLocale()
  locale?: Locale | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read: a stale one is a CONFLICT',
    deprecationReason: 'Use input.expectedVersion',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}
