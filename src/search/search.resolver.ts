import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { pageCost } from '../common/graphql/limits.js';
import { FacetArgs } from './dto/facet.args.js';
import { SearchArgs } from './dto/search.args.js';
import { ExerciseFacets } from './models/exercise-facets.model.js';
import { SearchConnection } from './models/search-connection.model.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SearchConnection, {
    description:
      'Search as you type, best first: exact name, name starting with the query, every word starting a name word (prefixes: "lun" finds lunges), an alias word, other text; shorter names first within each, then name. Misspelt words are corrected when the words as typed find few exercises. Combinable with every facet filter. Cursors are positions in the ranking: a page far down costs more than the first',
    ...pageCost(),
  })
  searchExercises(
    @Ctx() ctx: RequestContext,
    @Args() args: SearchArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchConnection> {
    return this.search.search(ctx, args, info);
  }

  @Query(() => ExerciseFacets, { description: 'Counts per facet value for the current filter' })
  exerciseFacets(@Ctx() ctx: RequestContext, @Args() args: FacetArgs): Promise<ExerciseFacets> {
    return this.search.facets(ctx, args.filter ?? {}, args.query);
  }
}
