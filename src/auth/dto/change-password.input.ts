import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { IsNewPassword, PASSWORD_MAX_LENGTH } from '../../common/access/password-policy.js';

@InputType({ description: 'The signed-in account’s current password and the new one' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: 'At least 12 characters, not a common password or a pattern' })
  @IsNewPassword()
  newPassword: string;
}
