import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ExerciseFilter } from '../../exercises/dto/exercise-filter.input.js';

@ArgsType()
export class FacetArgs {
  @Field(() => ExerciseFilter, { nullable: true, description: 'Status defaults to PUBLISHED' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseFilter)
  filter?: ExerciseFilter | null;

  @Field(() => String, { nullable: true, description: 'Count within the results of this search' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string | null;
}
