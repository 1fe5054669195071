import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination/page.args.js';
import { ExerciseFilter } from './exercise-filter.input.js';

@ArgsType()
export class ExerciseListArgs extends PageArgs {
  @Field(() => ExerciseFilter, {
    nullable: true,
    description:
      'Which exercises; left out: every one but ARCHIVED (drafts only for clinicians and admins)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseFilter)
  filter?: ExerciseFilter | null;
}
