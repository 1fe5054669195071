import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { EXPECTED_VERSION } from '../../common/graphql/dto/version-ref.input.js';
import { ExerciseFields } from './create-exercise.input.js';

/**
 * Only the fields sent change; the rest keep their current value. `id` and `expectedVersion` are
 * required, nullable only while updateExercise's deprecated `id` and `version` arguments stay.
 */
@InputType()
export class UpdateExerciseInput extends PartialType(ExerciseFields, {
  decorator: InputType,
  skipNullProperties: false,
}) {
  @Field(() => ID, {
    nullable: true,
    description:
      'The exercise to change. Required (nullable only while the deprecated id argument is accepted)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `${EXPECTED_VERSION}. Required (nullable only while the deprecated version argument is accepted)`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, for the history' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}
