import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsNewPassword } from '../../common/access/password-policy.js';
import { Role } from '../../common/access/viewer.js';

@InputType()
export class CreateAccountInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field({
    description:
      'At least 12 characters, not a common password, a pattern or built from the email or name',
  })
  @IsNewPassword('email', 'displayName')
  password: string;
}
