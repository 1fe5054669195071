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
import { PaperSize } from '../handout.entity.js';

/** Patient-facing text: the messages name the field, never echo the value. */
export const PatientName = (nullable: boolean, leftOut = '') =>
  applyDecorators(
    Field(() => String, {
      nullable,
      description: `As the patient likes to be addressed, 1-120 characters; health data, never logged${leftOut}`,
    }),
    ...(nullable ? [IsOptional()] : []),
    IsString({ message: 'patientName must be text' }),
    IsNotEmpty({ message: 'patientName must not be empty' }),
    MaxLength(120, { message: 'patientName must be at most 120 characters' }),
  );

/**
 * What may differ between a handout and its next version (or be chosen at issue). The
 * descriptions say what leaving a field out means on issue; ReissueHandoutInput declares again
 * the fields whose value it keeps from the previous version instead.
 */
@InputType({ isAbstract: true })
export abstract class HandoutOptions {
  @Field(() => String, {
    nullable: true,
    description: 'The date printed on it, YYYY-MM-DD; left out: today (the server’s calendar day)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'issuedOn must be a date such as 2026-11-25' })
  issuedOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The clinician named on it (an active clinician or admin: the clinicians query lists them); left out: yourself, unless you are STAFF, who must name one',
  })
  @IsOptional()
  @IsUUID('all', { message: 'clinicianId must be a UUID' })
  clinicianId?: string | null;

  @Field(() => Locale, {
    nullable: true,
    description: 'The language it is printed in; left out: EN',
  })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;

  @Field(() => Boolean, { nullable: true, description: 'Print in large type; left out: false' })
  @IsOptional()
  @IsBoolean()
  largePrint?: boolean | null;

  @Field(() => PaperSize, {
    nullable: true,
    description: 'The paper to lay it out for; left out: HANDOUT_PAPER_SIZE (A4 unless configured)',
  })
  @IsOptional()
  @IsEnum(PaperSize, { message: 'paperSize must be A4 or LETTER' })
  paperSize?: PaperSize | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The heading, 1-120 characters; left out: the template\'s name on an English handout, else "Home exercise program" in its language',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  title?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days its new share link works, 1-365; left out: HANDOUT_LINK_DAYS (90 unless configured)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  linkExpiresInDays?: number | null;
}
