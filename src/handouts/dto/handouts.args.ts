import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/page.args.js';

@ArgsType()
export class HandoutsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the patient name, any case (to print a handout again)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  patientName?: string | null;

  @Field(() => ID, { nullable: true, description: 'Every version of one handout' })
  @IsOptional()
  @IsUUID('all', { message: 'seriesId must be a UUID' })
  seriesId?: string | null;
}
