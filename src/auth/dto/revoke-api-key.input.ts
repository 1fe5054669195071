import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The API key to stop' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key’s id (ApiKey.id), never its secret' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}
