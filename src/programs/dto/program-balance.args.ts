import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { MAX_PROGRAM_ITEMS } from '../../exercises/exercises.service.js';
import { ProgramItemInput } from '../dto/program-item.input.js';

@ArgsType()
export class ProgramBalanceArgs {
  @Field(() => [ProgramItemInput], {
    description: `The program in order, at most ${MAX_PROGRAM_ITEMS} items; an exercise may appear more than once`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_PROGRAM_ITEMS, {
    message: `items holds at most ${MAX_PROGRAM_ITEMS} exercises`,
  })
  @ValidateNested({ each: true })
  @Type(() => ProgramItemInput)
  items: ProgramItemInput[];
}
