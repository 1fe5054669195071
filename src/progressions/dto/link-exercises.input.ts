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

@InputType({
  description:
    'A new link between two exercises. A PROGRESSION never leads to a lower difficulty and never closes a cycle (the refusal spells the cycle out)',
})
export class LinkExercisesInput {
  @Field(() => ID, {
    description: 'The easier exercise of a PROGRESSION (either end of a VARIATION)',
  })
  @IsUUID('all', { message: 'fromId must be a UUID' })
  fromId: string;

  @Field(() => ID, {
    description: 'The harder exercise of a PROGRESSION (the other end of a VARIATION)',
  })
  @IsUUID('all', { message: 'toId must be a UUID' })
  toId: string;

  @Field(() => ProgressionKind, {
    description: 'PROGRESSION (`to` is harder) or VARIATION (sideways)',
  })
  @IsEnum(ProgressionKind)
  kind: ProgressionKind;

  @Field(() => [ProgressionDimension], {
    description: 'What changes from `from` to `to`: at least one, each once',
  })
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(ProgressionDimension, { each: true })
  changes: ProgressionDimension[];

  @Field(() => String, {
    nullable: true,
    description: 'When to move on, up to 500 characters; left out: none',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  criterion?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Order among the links leaving the same exercise, 0-1000, 0 first; left out: 0',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  order?: number | null;
}
