import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ItemPrescription } from '../programs/program-item.js';
import { ExerciseText } from '../translations/models/exercise-text.model.js';

/** A picture as frozen into a handout. */
@ObjectType()
export class HandoutPicture {
  @Field({ description: 'Served by this service; the bytes never change' })
  url: string;

  @Field()
  altText: string;

  @Field()
  credit: string;

  @Field()
  licence: string;

  @Field(() => Int, { nullable: true })
  width: number | null;

  @Field(() => Int, { nullable: true })
  height: number | null;
}

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
