import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { LICENCE_URL, TEXT_LIMITS } from '../media.entity.js';

@InputType({ description: 'A video link to add at the end of an exercise’s media' })
export class AddExerciseVideoInput {
  @Field(() => ID, { description: 'The exercise' })
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

  @Field(() => String, {
    nullable: true,
    description:
      'What the video shows, up to 1000 characters; left out: none yet (needed to publish)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.altText)
  altText?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who made it',
    deprecationReason: 'Use author',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.credit)
  credit?: string | null;

  @Field(() => String, { nullable: true, description: 'Who made it (wins over credit)' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.credit)
  author?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The licence's name, e.g. CC BY 4.0. Sent, the link counts as verified (licenceVerified)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.licence)
  licence?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it came from: a URL or a name' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.source)
  source?: string | null;

  @Field(() => String, { nullable: true, description: "The licence's text online (http/https)" })
  @IsOptional()
  @IsUrl(LICENCE_URL, { message: 'licenceUrl must be an http:// or https:// link' })
  @MaxLength(TEXT_LIMITS.licenceUrl)
  licenceUrl?: string | null;
}
