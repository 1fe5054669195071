import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../../common/errors/omittable.js';
import { IsTranslatedLocale, Locale, TRANSLATED_LOCALES } from '../../translations/locale.js';

/** The longest guidance, in any language: a few short paragraphs, not a leaflet. */
export const GUIDANCE_MAX = 2000;

@InputType({ description: "The template's patient guidance in one language other than English" })
export class GuidanceTranslationInput {
  @Field(() => Locale, { description: 'ES, VI or ZH: the English is the guidance field itself' })
  @IsEnum(Locale)
  @IsTranslatedLocale()
  locale: Locale;

  @Field({ description: 'The guidance in that language, for patients; lines are paragraphs' })
  @IsString()
  @Matches(/\S/, { message: 'text must not be blank: leave the language out instead' })
  @MaxLength(GUIDANCE_MAX)
  text: string;
}

/** The English guidance: on create optional, on update left out to keep it ("" clears it). */
export const Guidance = (options: { update: boolean }) =>
  applyDecorators(
    Field(() => String, {
      nullable: true,
      description: options.update
        ? 'Advice for the patient, in English, printed on its handouts; "" removes it (with its translations), left out keeps it'
        : 'Advice for the patient, in English, printed on its handouts under its own heading: how much pain is fine, when to stop',
    }),
    options.update ? IsOmittable() : IsOptional(),
    IsString(),
    MaxLength(GUIDANCE_MAX),
  );

/** The whole set of translations: sent, it replaces the stored one; left out, it stays. */
export const GuidanceTranslations = (options: { update: boolean }) =>
  applyDecorators(
    Field(() => [GuidanceTranslationInput], {
      nullable: true,
      description: options.update
        ? 'Every translation of the guidance, replacing the stored ones ([] removes them); left out, they stay (and read as outdated once the English changes)'
        : 'The guidance in other languages, one per locale; a handout in a language without one prints the English',
    }),
    options.update ? IsOmittable() : IsOptional(),
    IsArray(),
    ArrayMaxSize(TRANSLATED_LOCALES.length),
    ArrayUnique((t: GuidanceTranslationInput) => t?.locale, {
      message: 'guidanceTranslations must name each locale once',
    }),
    ValidateNested({ each: true }),
    Type(() => GuidanceTranslationInput),
  );
