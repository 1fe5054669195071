import { Field, ObjectType } from '@nestjs/graphql';
import { Account } from '../account.entity.js';

@ObjectType({ description: 'A sign-in: a short-lived access token and a refresh token' })
export class Session {
  @Field({ description: 'Send as Authorization: Bearer <token>; lasts JWT_TTL_SECONDS' })
  token: string;

  @Field({ description: 'When `token` stops working' })
  expiresAt: Date;

  @Field({
    description:
      'Exchange it with refreshSession for a new pair before refreshExpiresAt; each works once. Keep it secret: it is not sent with requests.',
  })
  refreshToken: string;

  @Field({
    description:
      'When `refreshToken` stops working (REFRESH_TTL_SECONDS after the sign-in or refresh that made it)',
  })
  refreshExpiresAt: Date;

  @Field(() => Account, { description: 'The signed-in account' })
  account: Account;
}
