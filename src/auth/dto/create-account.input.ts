import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsNewPassword } from '../../common/access/password-policy.js';
import { Role } from '../../common/access/viewer.js';

@InputType({ description: 'A new account, made by an admin' })
export class CreateAccountInput {
  @Field({ description: 'The sign-in email (any case; stored in lower case); must not be taken' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'The name shown to the team and printed on handouts, 1-120 characters' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  displayName: string;

  @Field(() => Role, { description: 'What the account may do' })
  @IsEnum(Role)
  role: Role;

  @Field({
    description:
      'At least 12 characters, not a common password, a pattern or built from the email or name',
  })
  @IsNewPassword('email', 'displayName')
  password: string;
}
