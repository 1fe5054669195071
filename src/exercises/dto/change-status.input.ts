import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { VersionRef } from '../../common/graphql/dto/version-ref.input.js';
import { ExerciseStatus } from '../vocabulary.js';

@InputType({ description: 'Moves an exercise through DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED' })
export class ChangeStatusInput extends VersionRef {
  @Field(() => ExerciseStatus, {
    description:
      'The status to move to: DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED, or back from IN_REVIEW or ARCHIVED to DRAFT, or from DRAFT to ARCHIVED',
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
