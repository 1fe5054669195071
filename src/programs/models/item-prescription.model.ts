import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Side } from '../program-item.js';

/**
 * A prescription as stored on a template item and frozen into a handout. A set is counted in
 * exactly one of reps, holdSeconds, distanceMetres and durationSeconds; the last two are
 * optional in the type because handouts issued before they existed lack them.
 */
@ObjectType()
export class ItemPrescription {
  @Field(() => Int)
  sets: number;

  @Field(() => Int, { nullable: true })
  reps: number | null;

  @Field(() => Int, { nullable: true })
  holdSeconds: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Metres covered per set ("3 × 20 m"); null when counted otherwise',
  })
  distanceMetres?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds of continuous work per set ("3 × 30 s"); null when counted otherwise',
  })
  durationSeconds?: number | null;

  /**
   * Optional in the type: handouts issued before it was recorded have none in their snapshot (the
   * resolver answers their item's perSide instead).
   */
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Done one side at a time, the dose being each side's. On a template item, null means the exercise's own default; on a handout, as printed",
  })
  perSide?: boolean | null;

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
