import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { LICENCE_URL, TEXT_LIMITS } from '../media.entity.js';

/**
 * A clinician's confirmation that the clinic may use a picture or video under its licence,
 * correcting its provenance at the same time. Fields left out keep their value.
 */
@InputType({
  description: 'Confirms the licence of one media item; fields left out keep their value',
})
export class VerifyMediaLicenceInput {
  @Field(() => ID, { description: 'The media item' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: "The licence's name, e.g. CC BY 4.0; required when the item has none",
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.licence)
  licence?: string | null;

  @Field(() => String, { nullable: true, description: "The licence's text online (http/https)" })
  @IsOptional()
  @IsUrl(LICENCE_URL, { message: 'licenceUrl must be an http:// or https:// link' })
  @MaxLength(TEXT_LIMITS.licenceUrl)
  licenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Who made it' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.credit)
  author?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it came from: a URL or a name' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.source)
  source?: string | null;
}
