import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import {
  IsHardToGuess,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../../common/access/password-policy.js';
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
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: 'password must be at least 12 characters' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsHardToGuess('email', 'displayName')
  password: string;
}
