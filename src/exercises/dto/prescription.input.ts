import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsReps } from '../exercise.rules.js';

@InputType()
export class PrescriptionInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10)
  sets: number;

  @Field(() => Int, { nullable: true, description: 'Either reps or holdSeconds' })
  @IsReps()
  reps?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  holdSeconds?: number | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  perSide: boolean = false;

  @Field(() => Int, { defaultValue: 60 })
  @IsInt()
  @Min(0)
  @Max(600)
  restSeconds: number = 60;

  @Field(() => Int, { defaultValue: 3 })
  @IsInt()
  @Min(1)
  @Max(14)
  sessionsPerWeek: number = 3;
}
