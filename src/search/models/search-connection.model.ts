import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/pagination/page-info.model.js';
import { Exercise } from '../../exercises/exercise.entity.js';
import { SearchEdge } from './search-edge.model.js';

@ObjectType('ExerciseSearchConnection', { description: 'Search results, best first' })
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];

  @Field(() => [Exercise])
  nodes: Exercise[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Matches across all pages (costs one more query)' })
  totalCount: Promise<number>;
}
