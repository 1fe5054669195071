import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  IsHardToGuess,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../common/access/password-policy.js';
import { Role } from '../common/access/viewer.js';
import { Account } from './account.entity.js';
import { ApiKey } from './api-key.entity.js';
import { IsOmittable } from '../common/errors/omittable.js';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;
}

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

@InputType()
export class UpdateAccountInput {
  @Field(() => Role, { nullable: true })
  @IsOmittable()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'false stops the account from signing in' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Which app holds it, e.g. "patient app"' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;
}

@InputType()
export class RefreshSessionInput {
  @Field({ description: 'The refresh token of the last login or refresh; it is used up' })
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class SignOutInput {
  @Field({
    nullable: true,
    description: 'Also ends the session of this refresh token (e.g. when the token has expired)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;

  @Field({
    nullable: true,
    description: 'true ends every session of the signed-in account, on every device',
  })
  @IsOptional()
  @IsBoolean()
  everywhere?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field({ description: 'At least 12 characters, not a common password or a pattern' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: 'newPassword must be at least 12 characters' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @IsHardToGuess()
  newPassword: string;
}

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

@ObjectType()
export class SignedOut {
  @Field(() => Int, { description: 'How many sessions ended (0 when none was live)' })
  sessionsEnded: number;
}

@ObjectType()
export class NewApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Send as X-Api-Key. Shown once: it cannot be read again.' })
  secret: string;
}
