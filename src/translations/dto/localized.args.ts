import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Locale } from '../locale.js';

/** Exercise.localized's argument: any locale, EN being the exercise's own text. */
@ArgsType()
export class LocalizedArgs {
  @Field(() => Locale, { description: 'The language; EN is the exercise’s own text' })
  @IsEnum(Locale)
  locale: Locale;
}
