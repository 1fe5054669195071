import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../common/errors/omittable.js';

/** Longest alt text, credit and licence; the same limits apply to the upload's form fields. */
export const TEXT_LIMITS = { altText: 1000, credit: 300, licence: 300 } as const;

@InputType()
export class AddExerciseVideoInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'exerciseId must be a UUID' })
  exerciseId: string;

  @Field({ description: 'An https:// link to the video' })
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_valid_protocol: true },
    { message: 'url must be an https:// link' },
  )
  @MaxLength(2000)
  url: string;

  @Field(() => ID, { nullable: true, description: 'An image of the same exercise' })
  @IsOptional()
  @IsUUID('all', { message: 'posterMediaId must be a UUID' })
  posterMediaId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.altText)
  altText?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.credit)
  credit?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.licence)
  licence?: string | null;
}

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
