import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Exercise } from '../../exercises/exercise.entity.js';

@ObjectType('ExerciseSearchEdge', { description: 'One search result' })
export class SearchEdge {
  @Field({ description: 'Pass it as `after` to get the results that follow this one' })
  cursor: string;

  @Field(() => Float, { description: 'Relevance: higher is better' })
  score: number;

  @Field(() => Exercise, { description: 'The exercise found' })
  node: Exercise;
}
