import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { IsDose } from '../exercise.rules.js';

/** An exercise's default dose: what a handout starts from when the exercise is prescribed. */
@InputType({
  description:
    'A default prescription: sets and exactly one of reps, holdSeconds, distanceMetres and durationSeconds',
})
export class PrescriptionInput {
  @Field(() => Int, { description: 'Sets per session, 1-10' })
  @IsInt()
  @Min(1)
  @Max(10)
  sets: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Repetitions per set, 1-100. Exactly one of reps, holdSeconds, distanceMetres and durationSeconds',
  })
  @IsDose()
  reps?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds a position is held still per set, 1-600 (a plank, a wall sit)',
  })
  @IsDose()
  holdSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Metres covered per set, 1-1000 (A-skips over 20 m, a carry)',
  })
  @IsDose()
  distanceMetres?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds of continuous work per set, 1-1800 (30 s of lateral shuffles)',
  })
  @IsDose()
  durationSeconds?: number | null;

  @Field({
    defaultValue: false,
    description: 'Done one side at a time: the dose is each side\'s ("3 × 12 each side")',
  })
  @IsBoolean()
  perSide: boolean = false;

  @Field(() => Int, { defaultValue: 60, description: 'Rest between sets, 0-600 seconds' })
  @IsInt()
  @Min(0)
  @Max(600)
  restSeconds: number = 60;

  @Field(() => Int, { defaultValue: 3, description: 'Sessions a week, 1-14' })
  @IsInt()
  @Min(1)
  @Max(14)
  sessionsPerWeek: number = 3;
}
