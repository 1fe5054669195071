import { Field, ObjectType } from '@nestjs/graphql';
import { Locale } from '../../translations/locale.js';

@ObjectType({
  description: "A program template's patient guidance in one language other than English",
})
export class GuidanceTranslation {
  @Field(() => Locale, { description: 'ES, VI or ZH' })
  locale: Locale;

  @Field({ description: 'The guidance in that language; lines are paragraphs' })
  text: string;

  @Field({
    description:
      'The English guidance has changed since this was written: handouts still print it until a clinician updates it',
  })
  outdated: boolean;
}
