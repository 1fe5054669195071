import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Whose password an admin lets be reset' })
export class IssuePasswordResetInput {
  @Field(() => ID, { description: 'The account whose password may be reset' })
  @IsUUID()
  accountId: string;
}
