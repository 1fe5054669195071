import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import {
  IsHardToGuess,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../../common/access/password-policy.js';

@InputType({ description: 'A one-time reset token, handed over by an admin, and the new password' })
export class ResetPasswordInput {
  @Field({ description: 'The token of issuePasswordReset; it works once, until it expires' })
  @IsString()
  @MaxLength(100)
  token: string;

  @Field({ description: 'At least 12 characters, not a common password or a pattern' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: 'newPassword must be at least 12 characters' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsHardToGuess()
  newPassword: string;
}
