import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgsOf, type PageSize } from '../../common/pagination/page.args.js';

/** The audit log pages up to 200 entries at a time, 50 by default (as auditLog did). */
export const AUDIT_PAGE: PageSize = { max: 200, default: 50 };

@ArgsType()
export class AuditEntriesArgs extends PageArgsOf(AUDIT_PAGE) {
  @Field(() => String, {
    nullable: true,
    description: 'Only entries of this action, e.g. LOGIN or EXERCISE_PUBLISHED',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries about this record' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only entries by this account or API key (AuditEntry.actorId)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only entries at or after this time' })
  @IsOptional()
  @IsDate({ message: 'from must be a date and time' })
  from?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only entries before this time (not included); not before `from`',
  })
  @IsOptional()
  @IsDate({ message: 'to must be a date and time' })
  to?: Date | null;
}
