import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ItemPrescription } from '../../programs/models/item-prescription.model.js';
import { ExerciseText } from '../../translations/models/exercise-text.model.js';
import { HandoutPicture } from './handout-picture.model.js';

/** One exercise of a handout exactly as the patient was given it (see HandoutItemSnapshot). */
@ObjectType({
  description:
    'One exercise of a handout exactly as the patient was given it: its text in the handout’s language (field by field, English where no translation exists), picture and prescription',
})
export class HandoutItem extends ExerciseText {
  @Field(() => Int, { description: 'Place in the handout, 0 first' })
  position: number;

  @Field(() => ID, { description: 'The exercise it was made from' })
  exerciseId: string;

  @Field({ description: 'The exercise’s slug when issued' })
  exerciseSlug: string;

  @Field(() => Int, { description: "The exercise's version when this was issued" })
  exerciseVersion: number;

  @Field(() => HandoutPicture, {
    nullable: true,
    description:
      'The picture printed: the exercise’s first one with a verified licence when issued; null when none',
  })
  picture: HandoutPicture | null;

  @Field(() => ItemPrescription, { description: 'How much and how often, as prescribed' })
  prescription: ItemPrescription;
}
