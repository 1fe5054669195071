import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  Guidance,
  GuidanceTranslationInput,
  GuidanceTranslations,
} from './guidance-translation.input.js';
import { ProgramItemInput, ProgramItems } from '../dto/program-item.input.js';

@InputType({ description: 'A new template: a name and its items, owned by you' })
export class CreateProgramTemplateInput {
  @Field({ description: 'Its name, 1-120 characters' })
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

  @Field(() => String, {
    nullable: true,
    description: 'What it is for, up to 2000 characters; left out: empty',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Guidance({ update: false })
  guidance?: string | null;

  @GuidanceTranslations({ update: false })
  guidanceTranslations?: GuidanceTranslationInput[] | null;

  @ProgramItems({ required: true })
  items: ProgramItemInput[];
}
