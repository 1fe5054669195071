import { Field, ObjectType } from '@nestjs/graphql';
import { ApiKey } from '../api-key.entity.js';

@ObjectType()
export class NewApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Send as X-Api-Key. Shown once: it cannot be read again.' })
  secret: string;
}
