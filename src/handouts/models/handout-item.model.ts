import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ItemPrescription } from '../../programs/models/item-prescription.model.js';
import { ExerciseText } from '../../translations/models/exercise-text.model.js';
import { HandoutPicture } from './handout-picture.model.js';

/** One exercise of a handout exactly as the patient was given it (see HandoutItemSnapshot). */
@ObjectType()
export class HandoutItem extends ExerciseText {
  @Field(() => Int)
  position: number;

  @Field(() => ID)
  exerciseId: string;

  @Field()
  exerciseSlug: string;

  @Field(() => Int, { description: "The exercise's version when this was issued" })
  exerciseVersion: number;

  @Field(() => HandoutPicture, { nullable: true })
  picture: HandoutPicture | null;

  @Field(() => ItemPrescription)
  prescription: ItemPrescription;
}
