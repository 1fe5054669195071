import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { JSONScalar } from '../common/graphql/json.scalar.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';

/** An exercise as the editor read it: a change against another version is a CONFLICT. */
@InputType({ isAbstract: true })
abstract class ExerciseVersionRef {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'Moves an exercise through DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED' })
export class ChangeStatusInput extends ExerciseVersionRef {
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
export class RestoreRevisionInput extends ExerciseVersionRef {
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
