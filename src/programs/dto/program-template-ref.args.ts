import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { ProgramTemplateLookup } from './program-template-lookup.input.js';

/** A template is found by exactly one of its id or its slug: `by`, a @oneOf input. */
@ArgsType()
export class ProgramTemplateRefArgs {
  @Field(() => ProgramTemplateLookup, {
    nullable: true,
    description: 'Which template: `{ id }` or `{ slug }`',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramTemplateLookup)
  by?: ProgramTemplateLookup | null;

  @Field(() => ID, {
    nullable: true,
    deprecationReason: 'Use by: { id }',
    description: 'The template’s id',
  })
  @IsOptional()
  @IsString()
  id?: string;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use by: { slug }',
    description: 'The template’s slug',
  })
  @IsOptional()
  @IsString()
  slug?: string;
}
