import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../../common/errors/omittable.js';
import { LICENCE_URL, TEXT_LIMITS } from '../media.entity.js';

@InputType({
  description:
    'Changes to a picture or video: a field left out keeps its value; null clears a text; position cannot be null',
})
/** null clears a text (to none); a position has no "none": null is refused. */
export class UpdateExerciseMediaInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The picture or video to change. Required (nullable only while the deprecated id argument is accepted)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What it shows, for screen readers and printouts, up to 1000 characters',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.altText)
  altText?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who made it',
    deprecationReason: 'Use author',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.credit)
  credit?: string;

  @Field(() => String, { nullable: true, description: 'Who made it (wins over credit)' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.credit)
  author?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The licence's name. Changing it keeps a verified item verified; it never verifies an unverified one (verifyMediaLicence does), and clearing it unverifies",
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.licence)
  licence?: string;

  @Field(() => String, { nullable: true, description: 'Where it came from: a URL or a name' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.source)
  source?: string;

  @Field(() => String, { nullable: true, description: "The licence's text online (http/https)" })
  @IsOptional()
  @IsUrl(LICENCE_URL, { message: 'licenceUrl must be an http:// or https:// link' })
  @MaxLength(TEXT_LIMITS.licenceUrl)
  licenceUrl?: string;

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
