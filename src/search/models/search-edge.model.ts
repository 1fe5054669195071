import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Exercise } from '../../exercises/exercise.entity.js';

@ObjectType('ExerciseSearchEdge', { description: 'One search result' })
export class SearchEdge {
  @Field({ description: 'Pass it as `after` to get the results that follow this one' })
  cursor: string;

  @Field(() => Float, {
    description:
      'Relevance, higher is better: 10 exact name, 9 name starting with the query, 8 every word starting a name word, 7 an alias word, 6 other text; 5 to 1 the same for misspelt words corrected',
  })
  score: number;

  @Field(() => Exercise, { description: 'The exercise found' })
  node: Exercise;
}
