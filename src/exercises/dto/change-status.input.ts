import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { VersionRef } from '../../common/graphql/dto/version-ref.input.js';
import { ExerciseStatus } from '../vocabulary.js';

@InputType({ description: 'Moves an exercise through DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED' })
export class ChangeStatusInput extends VersionRef {
  @Field(() => ExerciseStatus)
  @IsEnum(ExerciseStatus)
  status: ExerciseStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}
