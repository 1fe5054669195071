import { Field, ObjectType } from '@nestjs/graphql';
import { ApiKey } from '../api-key.entity.js';

@ObjectType({ description: 'A key just made, with its secret: the only time the secret is shown' })
export class NewApiKey {
  @Field(() => ApiKey, { description: 'The key, as apiKeys lists it' })
  apiKey: ApiKey;

  @Field({ description: 'Send as X-Api-Key. Shown once: it cannot be read again.' })
  secret: string;
}
