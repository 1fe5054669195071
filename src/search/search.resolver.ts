import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../common/access/viewer.js';
import { ExerciseFacets, FacetArgs, SearchArgs, SearchConnection } from './search.models.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SearchConnection, {
    description:
      'Ranked full-text search (name > aliases > summary > steps and cues), typo-tolerant on names, combinable with every facet filter',
    complexity: ({ args, childComplexity }) => childComplexity * Number(args.first ?? 20),
  })
  searchExercises(
    @Args() args: SearchArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SearchConnection> {
    return this.search.search(args, viewer);
  }

  @Query(() => ExerciseFacets, { description: 'Counts per facet value for the current filter' })
  exerciseFacets(
    @Args() args: FacetArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ExerciseFacets> {
    return this.search.facets(args.filter ?? {}, args.query, viewer);
  }
}
