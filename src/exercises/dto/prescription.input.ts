import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsReps } from '../exercise.rules.js';

@InputType({ description: 'A default prescription: sets and exactly one of reps and holdSeconds' })
export class PrescriptionInput {
  @Field(() => Int, { description: 'Sets per session, 1-10' })
  @IsInt()
  @Min(1)
  @Max(10)
  sets: number;

  @Field(() => Int, { nullable: true, description: 'Either reps or holdSeconds' })
  @IsReps()
  reps?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds each hold lasts, 1-600; exactly one of reps and holdSeconds',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  holdSeconds?: number | null;

  @Field({ defaultValue: false, description: 'Sets and reps are done on each side' })
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
