import { Args, Query, Resolver } from '@nestjs/graphql';
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
      'Ranked full-text search (name > aliases > summary > steps and cues), typo-tolerant on names, combinable with every facet filter. Cursors are positions in the ranking: paging back (last, before) costs what paging on does, since every match is scored either way',
    ...pageCost(),
  })
  searchExercises(@Ctx() ctx: RequestContext, @Args() args: SearchArgs): Promise<SearchConnection> {
    return this.search.search(ctx, args);
  }

  @Query(() => ExerciseFacets, { description: 'Counts per facet value for the current filter' })
  exerciseFacets(@Ctx() ctx: RequestContext, @Args() args: FacetArgs): Promise<ExerciseFacets> {
    return this.search.facets(ctx, args.filter ?? {}, args.query);
  }
}
