import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ExpectedVersionRef } from '../../common/graphql/dto/version-ref.input.js';

@InputType({ description: 'Retires one exercise, from the version you read' })
export class ArchiveExerciseInput extends ExpectedVersionRef {
  @Field(() => String, { nullable: true, description: 'Why, for the history' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}
