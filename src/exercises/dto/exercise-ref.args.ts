import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { ExerciseLookup } from './exercise-lookup.input.js';

/** An exercise is found by exactly one of its id or its slug: `by`, a @oneOf input. */
@ArgsType()
export class ExerciseRefArgs {
  @Field(() => ExerciseLookup, {
    nullable: true,
    description: 'Which exercise: `{ id }` or `{ slug }`',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseLookup)
  by?: ExerciseLookup | null;

  @Field(() => ID, {
    nullable: true,
    deprecationReason: 'Use by: { id }',
    description: 'The exercise’s id',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use by: { slug }',
    description: 'The exercise’s slug',
  })
  @IsOptional()
  @IsString()
  slug?: string;
}
