import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
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
}
