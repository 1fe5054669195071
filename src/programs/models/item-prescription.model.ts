import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Side } from '../program-item.js';

/** A prescription as stored on a template item and frozen into a handout. */
@ObjectType({
  description:
    'A prescription as a template holds it and a handout froze it: exactly one of reps and holdSeconds is set',
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

  @Field({ description: 'For the patient, e.g. "stop if pain > 3/10"; empty when none' })
  notes: string;
}
