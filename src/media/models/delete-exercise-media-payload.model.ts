import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Exercise } from '../../exercises/exercise.entity.js';

@ObjectType({ description: 'What deleteExerciseMedia removed, and the exercise it leaves' })
export class DeleteExerciseMediaPayload {
  @Field(() => ID, { description: 'The picture or video that is gone' })
  deletedMediaId: string;

  @Field(() => Exercise, { description: 'Its exercise as it is now, its media renumbered' })
  exercise: Exercise;
}
