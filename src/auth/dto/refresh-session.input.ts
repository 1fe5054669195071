import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType({ description: 'The refresh token to exchange' })
export class RefreshSessionInput {
  @Field({ description: 'The refresh token of the last login or refresh; it is used up' })
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}
