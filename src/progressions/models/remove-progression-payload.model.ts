import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Exercise } from '../../exercises/exercise.entity.js';

@ObjectType({ description: 'What removeProgression removed, and the two exercises it linked' })
export class RemoveProgressionPayload {
  @Field(() => ID, { description: 'The link that is gone' })
  removedProgressionId: string;

  @Field(() => Exercise, { description: 'Its easier end, as it is now' })
  from: Exercise;

  @Field(() => Exercise, { description: 'Its harder end, as it is now' })
  to: Exercise;
}
