import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { DeprecatedVersion, VersionRef } from '../../common/graphql/dto/version-ref.input.js';

@InputType({
  description: 'Brings back an earlier revision’s content as a new revision of the exercise',
})
export class RestoreRevisionInput extends VersionRef {
  @DeprecatedVersion()
  version?: number | null;

  @Field(() => Int, { description: 'The revision whose content comes back' })
  @IsInt()
  @Min(1)
  revision: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why, for the history (up to 500 characters); left out: "Restored version <revision>"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Also make the exercise a DRAFT, in the same revision: the way to bring back a version that lacks tags an IN_REVIEW or PUBLISHED exercise must keep. Left out: the status stays as it is',
  })
  @IsOptional()
  @IsBoolean()
  asDraft?: boolean | null;
}
