import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination/page.args.js';
import { ExerciseFilter } from '../../exercises/dto/exercise-filter.input.js';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words to look for, each as a prefix; misspelt words are corrected' })
  @IsString()
  @Matches(/\S/, { message: 'query must not be blank' })
  @MaxLength(200)
  query: string;

  @Field(() => ExerciseFilter, { nullable: true, description: 'Status defaults to PUBLISHED' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseFilter)
  filter?: ExerciseFilter | null;
}
