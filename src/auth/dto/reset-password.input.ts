import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { IsNewPassword } from '../../common/access/password-policy.js';

@InputType({ description: 'A one-time reset token, handed over by an admin, and the new password' })
export class ResetPasswordInput {
  @Field({ description: 'The token of issuePasswordReset; it works once, until it expires' })
  @IsString()
  @MaxLength(100)
  token: string;

  @Field({ description: 'At least 12 characters, not a common password or a pattern' })
  @IsNewPassword()
  newPassword: string;
}
