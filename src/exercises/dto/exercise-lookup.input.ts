import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';

@InputType({ isOneOf: true, description: 'One exercise: exactly one of its id or its slug' })
export class ExerciseLookup {
  @Field(() => ID, { nullable: true, description: 'The exercise’s id' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'The exercise’s slug (`glute-bridge`)' })
  @IsOptional()
  @IsString()
  slug?: string;
}
