import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ProgressionDimension, ProgressionKind } from '../vocabulary.js';

@InputType()
export class LinkExercisesInput {
  @Field(() => ID, { description: 'The easier exercise of a PROGRESSION' })
  @IsUUID('all', { message: 'fromId must be a UUID' })
  fromId: string;

  @Field(() => ID, { description: 'The harder exercise of a PROGRESSION' })
  @IsUUID('all', { message: 'toId must be a UUID' })
  toId: string;

  @Field(() => ProgressionKind)
  @IsEnum(ProgressionKind)
  kind: ProgressionKind;

  @Field(() => [ProgressionDimension])
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(ProgressionDimension, { each: true })
  changes: ProgressionDimension[];

  @Field(() => String, { nullable: true, description: 'When to move on' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  criterion?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order among siblings, 0 first' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  order?: number | null;
}
