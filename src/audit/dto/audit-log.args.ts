import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AuditArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many entries, 1-200' })
  @IsInt()
  @Min(1)
  @Max(200)
  first = 50;

  @Field(() => ID, { nullable: true, description: 'The id of the last entry already seen' })
  @IsOptional()
  @IsString()
  // An entry id is a positive bigint: at most 18 digits stays below its maximum (9.2e18), so a
  // longer number is refused here rather than overflowing in SQL.
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'before must be the id of an audit entry' })
  before?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only entries of this action (LOGIN, EXERCISE_UPDATED...)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries about this record' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string | null;
}
