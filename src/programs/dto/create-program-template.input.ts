import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  Guidance,
  GuidanceTranslationInput,
  GuidanceTranslations,
} from './guidance-translation.input.js';
import { ProgramItemInput, ProgramItems } from '../dto/program-item.input.js';

@InputType()
export class CreateProgramTemplateInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Lower-case words joined by hyphens; made from the name when left out',
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters and digits joined by single hyphens',
  })
  @MaxLength(80)
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Guidance({ update: false })
  guidance?: string | null;

  @GuidanceTranslations({ update: false })
  guidanceTranslations?: GuidanceTranslationInput[] | null;

  @ProgramItems({ required: true, description: 'In order' })
  items: ProgramItemInput[];
}
