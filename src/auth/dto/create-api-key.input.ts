import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'A new read-only key for an app' })
export class CreateApiKeyInput {
  @Field({ description: 'Which app holds it, e.g. "patient app"' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;
}
