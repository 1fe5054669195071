import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';

@InputType({
  isOneOf: true,
  description: 'One program template: exactly one of its id or its slug',
})
export class ProgramTemplateLookup {
  @Field(() => ID, { nullable: true, description: 'The template’s id' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'The template’s slug (`runners-knee`)' })
  @IsOptional()
  @IsString()
  slug?: string;
}
