import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The picture or video to remove from its exercise' })
export class DeleteExerciseMediaInput {
  @Field(() => ID, { description: 'Media.id' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}
