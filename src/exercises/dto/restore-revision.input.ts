import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { VersionRef } from '../../common/graphql/dto/version-ref.input.js';

@InputType()
export class RestoreRevisionInput extends VersionRef {
  @Field(() => Int, { description: 'The revision whose content comes back' })
  @IsInt()
  @Min(1)
  revision: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}
