import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Exercise } from '../../exercises/exercise.entity.js';

@ObjectType('ExerciseSearchEdge')
export class SearchEdge {
  @Field()
  cursor: string;

  @Field(() => Float, { description: 'Relevance: higher is better' })
  score: number;

  @Field(() => Exercise)
  node: Exercise;
}
