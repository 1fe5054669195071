import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../../common/errors/omittable.js';
import { TEXT_LIMITS } from '../media.entity.js';

@InputType()
/** null clears a text (to none); a position has no "none": null is refused. */
export class UpdateExerciseMediaInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.altText)
  altText?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.credit)
  credit?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.licence)
  licence?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Moves the item to this place (0 first); the others keep their order',
  })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;
}
