import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The link between two exercises to remove' })
export class RemoveProgressionInput {
  @Field(() => ID, { description: 'Progression.id' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}
