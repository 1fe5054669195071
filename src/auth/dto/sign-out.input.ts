import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'Which sessions to end, besides the one of the Bearer token sent' })
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
