import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../common/pagination/connection.js';
import { MAX_PROGRAM_ITEMS } from '../programs/program-exercises.js';
import { ProgramItemInput } from '../programs/program-item.js';
import { Locale } from '../translations/locale.js';

/** Patient-facing text: the messages name the field, never echo the value. */
const PatientName = (nullable: boolean) =>
  applyDecorators(
    Field(() => String, {
      nullable,
      description: 'As the patient likes to be addressed; health data, never logged',
    }),
    ...(nullable ? [IsOptional()] : []),
    IsString({ message: 'patientName must be text' }),
    IsNotEmpty({ message: 'patientName must not be empty' }),
    MaxLength(120, { message: 'patientName must be at most 120 characters' }),
  );

const Items = () =>
  applyDecorators(
    Field(() => [ProgramItemInput], { nullable: true }),
    IsOptional(),
    IsArray(),
    ArrayNotEmpty({ message: 'items needs at least one exercise' }),
    ArrayMaxSize(MAX_PROGRAM_ITEMS),
    ValidateNested({ each: true }),
    Type(() => ProgramItemInput),
  );

/** What may differ between a handout and its next version (or be chosen at issue). */
@InputType({ isAbstract: true })
class HandoutOptions {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'issuedOn must be a date such as 2026-11-25' })
  issuedOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The clinician named on it; yourself when you are one (required for STAFF)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'clinicianId must be a UUID' })
  clinicianId?: string | null;

  @Field(() => Locale, { nullable: true, description: 'EN when left out' })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  largePrint?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'The heading; the template\'s name, or "Home exercise program" in its language',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  title?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days its share link works (1-365; the configured default when left out)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  linkExpiresInDays?: number | null;
}

@InputType()
export class IssueHandoutInput extends HandoutOptions {
  @PatientName(false)
  patientName: string;

  @Field(() => ID, { nullable: true, description: 'Start from this template' })
  @IsOptional()
  @IsUUID('all', { message: 'templateId must be a UUID' })
  templateId?: string | null;

  /** From scratch, or instead of the template's items. */
  @Items()
  items?: ProgramItemInput[] | null;
}

@InputType()
export class ReissueHandoutInput extends HandoutOptions {
  @Field(() => ID, { description: 'The latest version of the handout' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @PatientName(true)
  patientName?: string | null;

  /** The previous version's prescriptions when left out, with the library's current text. */
  @Items()
  items?: ProgramItemInput[] | null;
}

@InputType()
export class CreateHandoutLinkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'handoutId must be a UUID' })
  handoutId: string;

  @Field(() => Int, { nullable: true, description: 'Days it works, 1-365' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number | null;
}

@ArgsType()
export class HandoutsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the patient name, any case (to print a handout again)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  patientName?: string | null;

  @Field(() => ID, { nullable: true, description: 'Every version of one handout' })
  @IsOptional()
  @IsUUID('all', { message: 'seriesId must be a UUID' })
  seriesId?: string | null;
}
