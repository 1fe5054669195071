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
import { IsOmittable } from '../../common/errors/omittable.js';
import { ProgressionDimension, ProgressionKind } from '../vocabulary.js';

/** Fields left out stay as they are. */
@InputType({ description: 'Changes to a link: a field left out keeps its value; null is refused' })
export class UpdateProgressionInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The link to change. Required (nullable only while the deprecated id argument is accepted)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string | null;

  @Field(() => ProgressionKind, {
    nullable: true,
    description: 'PROGRESSION or VARIATION; left out: unchanged',
  })
  @IsOmittable()
  @IsEnum(ProgressionKind)
  kind?: ProgressionKind;

  @Field(() => [ProgressionDimension], {
    nullable: true,
    description: 'What changes from `from` to `to`, at least one, each once; left out: unchanged',
  })
  @IsOmittable()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(ProgressionDimension, { each: true })
  changes?: ProgressionDimension[];

  @Field(() => String, {
    nullable: true,
    description: 'When to move on, up to 500 characters (empty: none); left out: unchanged',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(500)
  criterion?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Order among the links leaving the same exercise, 0-1000; left out: unchanged',
  })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(1000)
  order?: number;
}
