import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Side } from '../program-item.js';

/** A prescription as stored on a template item and frozen into a handout. */
@ObjectType()
export class ItemPrescription {
  @Field(() => Int)
  sets: number;

  @Field(() => Int, { nullable: true })
  reps: number | null;

  @Field(() => Int, { nullable: true })
  holdSeconds: number | null;

  @Field(() => String, { nullable: true })
  tempo: string | null;

  @Field(() => String, { nullable: true })
  load: string | null;

  @Field(() => Int)
  sessionsPerWeek: number;

  @Field(() => Side)
  side: Side;

  @Field(() => Int, { nullable: true })
  restSeconds: number | null;

  @Field()
  notes: string;
}
