import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
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
} from 'class-validator';
import { Locale } from '../../translations/locale.js';

/** Patient-facing text: the messages name the field, never echo the value. */
export const PatientName = (nullable: boolean) =>
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

/** What may differ between a handout and its next version (or be chosen at issue). */
@InputType({ isAbstract: true })
export abstract class HandoutOptions {
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
