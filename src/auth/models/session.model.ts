import { Field, ObjectType } from '@nestjs/graphql';
import { Account } from '../account.entity.js';

@ObjectType({ description: 'A sign-in: a short-lived access token and a refresh token' })
export class Session {
  @Field({ description: 'Send as Authorization: Bearer <token>; lasts JWT_TTL_SECONDS' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field({
    description:
      'Exchange it with refreshSession for a new pair before refreshExpiresAt; each works once. Keep it secret: it is not sent with requests.',
  })
  refreshToken: string;

  @Field()
  refreshExpiresAt: Date;

  @Field(() => Account)
  account: Account;
}
