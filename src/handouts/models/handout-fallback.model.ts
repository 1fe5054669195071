import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '../../translations/locale.js';
import { TranslatableFieldEnum } from '../../translations/models/exercise-text.model.js';
import type { TranslatableField } from '../../translations/localize.js';

/** An exercise of a handout printed partly in another language than the handout's. */
@ObjectType({
  description:
    "An exercise whose translation into the handout's language lacks some fields: they are printed in `language` instead",
})
export class HandoutFallback {
  @Field(() => ID, { description: 'The exercise' })
  exerciseId: string;

  @Field({ description: 'The name as printed (in `language` when the name itself fell back)' })
  exerciseName: string;

  @Field(() => [TranslatableFieldEnum], { description: 'The fields printed in `language`' })
  fields: TranslatableField[];

  @Field(() => Locale, { description: 'The language those fields are printed in (EN)' })
  language: Locale;
}
