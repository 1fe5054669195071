import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/pagination/page-info.model.js';
import { Exercise } from '../../exercises/exercise.entity.js';
import { SearchEdge } from './search-edge.model.js';

@ObjectType('ExerciseSearchConnection', { description: 'Search results, best first' })
export class SearchConnection {
  @Field(() => [SearchEdge], {
    description: 'The results of the page with their cursors, best first',
  })
  edges: SearchEdge[];

  @Field(() => [Exercise], { description: 'The nodes of edges, for clients that need no cursors' })
  nodes: Exercise[];

  @Field(() => PageInfo, { description: 'Whether more results follow, and how to get them' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Matches across all pages (costs one more query)' })
  totalCount: Promise<number>;
}
