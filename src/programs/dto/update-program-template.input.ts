import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { DeprecatedVersion, VersionRef } from '../../common/graphql/dto/version-ref.input.js';
import {
  Guidance,
  GuidanceTranslationInput,
  GuidanceTranslations,
} from './guidance-translation.input.js';
import { ProgramItemInput, ProgramItems } from '../dto/program-item.input.js';

@InputType({ description: 'Changes to a template: a field left out (or null) keeps its value' })
export class UpdateProgramTemplateInput extends VersionRef {
  @DeprecatedVersion()
  version?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new name, 1-120 characters; left out or null: unchanged',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A new description, up to 2000 characters (empty clears it); left out or null: unchanged',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Guidance({ update: true })
  guidance?: string | null;

  @GuidanceTranslations({ update: true })
  guidanceTranslations?: GuidanceTranslationInput[] | null;

  @ProgramItems({
    required: false,
    leftOut: 'sent, they replace all the items; left out or null: unchanged',
  })
  items?: ProgramItemInput[] | null;
}
