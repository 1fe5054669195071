import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { JSONScalar } from '../common/graphql/json.scalar.js';
import { VersionRef } from '../common/graphql/version-ref.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';

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

@InputType()
export class RestoreRevisionInput extends VersionRef {
  @Field(() => Int, { description: 'The revision whose content comes back' })
  @IsInt()
  @Min(1)
  revision: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}

@ObjectType()
export class FieldChange {
  @Field()
  field: string;

  @Field(() => JSONScalar, { nullable: true })
  before: unknown;

  @Field(() => JSONScalar, { nullable: true })
  after: unknown;
}
