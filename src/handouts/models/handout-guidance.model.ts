import { Field, ObjectType } from '@nestjs/graphql';
import { Locale } from '../../translations/locale.js';

@ObjectType({
  description:
    "The template's patient guidance as printed on a handout, under its own heading before the exercises",
})
export class HandoutGuidance {
  @Field({ description: 'As printed; lines are paragraphs' })
  text: string;

  @Field(() => Locale, {
    description:
      "The language it is printed in: the handout's, or EN when the template has no translation into it (for the team to check; the patient sees no marker)",
  })
  language: Locale;

  @Field({
    description:
      'Printed from a translation written before the English guidance last changed: have it updated and reissue',
  })
  outdated: boolean;
}
