import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType({ description: 'An email and password' })
export class LoginInput {
  @Field({ description: 'The account’s email, in any case' })
  @IsString()
  @MaxLength(254)
  email: string;

  @Field({ description: 'The account’s password; never logged' })
  @IsString()
  @MaxLength(200)
  password: string;
}
