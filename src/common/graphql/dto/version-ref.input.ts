import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/**
 * A record as the editor read it (an exercise, a template): a change sent against another
 * version is a CONFLICT, never a silent overwrite.
 */
@InputType({ isAbstract: true })
export abstract class VersionRef {
  @Field(() => ID, { description: 'The record to change' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @Field(() => Int, { description: 'The version you read' })
  @IsInt()
  @Min(1)
  version: number;
}
