import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { DeprecatedVersion, VersionRef } from '../../common/graphql/dto/version-ref.input.js';
import { ExerciseStatus } from '../vocabulary.js';
import { TRANSITIONS_IN_WORDS } from '../workflow.js';

@InputType({ description: 'Moves an exercise to another status, from the version you read' })
export class ChangeStatusInput extends VersionRef {
  @DeprecatedVersion()
  version?: number | null;

  @Field(() => ExerciseStatus, {
    description: `The status to move to: ${TRANSITIONS_IN_WORDS}`,
  })
  @IsEnum(ExerciseStatus)
  status: ExerciseStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why, for the history (up to 500 characters); left out: "Now <STATUS>"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}
