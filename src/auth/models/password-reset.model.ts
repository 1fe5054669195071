import { Field, ObjectType } from '@nestjs/graphql';
import { Account } from '../account.entity.js';

@ObjectType({
  description:
    'A one-time password reset for an account, to hand over in person: shown this once, only its hash is kept',
})
export class PasswordReset {
  @Field({ description: 'Send it with resetPassword; it works once, until expiresAt' })
  token: string;

  @Field({
    description:
      'The same token as an absolute link (PUBLIC_URL) to a page where the account owner sets the new password: <PUBLIC_URL>/reset-password#token=… (the token in the fragment, which browsers never send to a server). Works once, until expiresAt',
  })
  url: string;

  @Field({ description: 'When the token stops working (PASSWORD_RESET_TTL_SECONDS after issue)' })
  expiresAt: Date;

  @Field(() => Account, { description: 'The account whose password the token resets' })
  account: Account;
}
