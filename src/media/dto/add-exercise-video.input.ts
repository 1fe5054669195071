import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '../media.entity.js';

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
