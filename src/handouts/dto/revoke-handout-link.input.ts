import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The share link to stop' })
export class RevokeHandoutLinkInput {
  @Field(() => ID, { description: 'The link’s id (HandoutLink.id), not its token' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}
