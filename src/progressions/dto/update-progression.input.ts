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
@InputType()
export class UpdateProgressionInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The link to change. Required (nullable only while the deprecated id argument is accepted)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string | null;

  @Field(() => ProgressionKind, { nullable: true })
  @IsOmittable()
  @IsEnum(ProgressionKind)
  kind?: ProgressionKind;

  @Field(() => [ProgressionDimension], { nullable: true })
  @IsOmittable()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(ProgressionDimension, { each: true })
  changes?: ProgressionDimension[];

  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsString()
  @MaxLength(500)
  criterion?: string;

  @Field(() => Int, { nullable: true })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(1000)
  order?: number;
}
