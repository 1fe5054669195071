import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { VersionRef } from '../../common/graphql/dto/version-ref.input.js';
import {
  Guidance,
  GuidanceTranslationInput,
  GuidanceTranslations,
} from './guidance-translation.input.js';
import { ProgramItemInput, ProgramItems } from '../dto/program-item.input.js';

@InputType()
export class UpdateProgramTemplateInput extends VersionRef {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Guidance({ update: true })
  guidance?: string | null;

  @GuidanceTranslations({ update: true })
  guidanceTranslations?: GuidanceTranslationInput[] | null;

  @ProgramItems({ required: false, description: 'In order' })
  items?: ProgramItemInput[] | null;
}
