import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VersionRef } from '../common/graphql/version-ref.js';
import { PageArgs } from '../common/pagination/connection.js';
import { ProgramItemInput } from './program-item.js';
import { MAX_PROGRAM_ITEMS } from './program-exercises.js';

/** The ordered items of a program: one to MAX_PROGRAM_ITEMS, each validated. */
const Items = (required: boolean) =>
  applyDecorators(
    Field(() => [ProgramItemInput], { nullable: !required, description: 'In order' }),
    ...(required ? [] : [IsOptional()]),
    IsArray(),
    ArrayNotEmpty({ message: 'items needs at least one exercise' }),
    ArrayMaxSize(MAX_PROGRAM_ITEMS),
    ValidateNested({ each: true }),
    Type(() => ProgramItemInput),
  );

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

  @Items(true)
  items: ProgramItemInput[];
}

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

  @Items(false)
  items?: ProgramItemInput[] | null;
}

@ArgsType()
export class ProgramTemplatesArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only the templates you own' })
  @IsBoolean()
  mine: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}
