import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Side } from '../program-item.js';

/**
 * A prescription as stored on a template item and frozen into a handout. A set is counted in
 * exactly one of reps, holdSeconds, distanceMetres and durationSeconds; the last two are
 * optional in the type because handouts issued before they existed lack them.
 */
@ObjectType({
  description:
    'A prescription as a template holds it and a handout froze it: exactly one of reps, holdSeconds, distanceMetres and durationSeconds is set',
})
export class ItemPrescription {
  @Field(() => Int, { description: 'Sets per session' })
  sets: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Repetitions per set; null when the exercise is held',
  })
  reps: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds each hold lasts; null when it is counted in reps',
  })
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

  @Field(() => String, {
    nullable: true,
    description: 'E-P-C-P tempo (3-1-1-0); null: the exercise’s own',
  })
  tempo: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What to hold or wear and how heavy, in words ("8 kg dumbbell", "red band"); null: the exercise’s own intensity, if it has one',
  })
  load: string | null;

  @Field(() => Int, { description: 'Sessions a week' })
  sessionsPerWeek: number;

  @Field(() => Side, { description: 'Which side: LEFT, RIGHT or BOTH' })
  side: Side;

  @Field(() => Int, {
    nullable: true,
    description: 'Rest between sets, in seconds; null: not said',
  })
  restSeconds: number | null;

  @Field({
    description:
      'For the patient, e.g. "3 s up, 3 s down" or "use a rail for balance"; empty when none',
  })
  notes: string;
}
