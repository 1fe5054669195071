import { Field, InputType, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
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

  @Field({ description: 'At least 12 characters' })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
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

@ObjectType()
export class Session {
  @Field({ description: 'Send as Authorization: Bearer <token>' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}

@ObjectType()
export class NewApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Send as X-Api-Key. Shown once: it cannot be read again.' })
  secret: string;
}
