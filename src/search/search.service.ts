import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../common/context/request-context.js';
import type { ExerciseFilter } from '../exercises/dto/exercise-filter.input.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import {
  BodyPosition,
  BodyRegion,
  Equipment,
  LoadKind,
  Plane,
  RunningFocus,
  Stance,
  TempoIntent,
} from '../exercises/vocabulary.js';
import type { SearchArgs } from './dto/search.args.js';
import type { Count, ExerciseFacets } from './models/exercise-facets.model.js';
import type { SearchConnection } from './models/search-connection.model.js';

/** Each facet's column in the facet query and every value it can take, for zero counts. */
const FACETS: Record<Exclude<keyof ExerciseFacets, 'total'>, [string, (string | number)[]]> = {
  planes: ['planes', Object.values(Plane)],
  stance: ['stance', Object.values(Stance)],
  position: ['position', Object.values(BodyPosition)],
  tempoIntent: ['tempo_intent', Object.values(TempoIntent)],
  loadKind: ['load_kind', Object.values(LoadKind)],
  equipment: ['equipment', Object.values(Equipment)],
  region: ['regions', Object.values(BodyRegion)],
  focus: ['focus', Object.values(RunningFocus)],
  difficulty: ['difficulty', [1, 2, 3, 4, 5]],
};

/** Search and facets over published content, for the apps. */
@Injectable()
export class SearchService {
  constructor(private readonly exercises: ExercisesService) {}

  search(
    ctx: RequestContext,
    args: SearchArgs,
    info?: GraphQLResolveInfo,
  ): Promise<SearchConnection> {
    return this.exercises.search(ctx, args.query.trim(), args.filter ?? {}, args, info);
  }

  async facets(
    ctx: RequestContext,
    filter: ExerciseFilter,
    query: string | null | undefined,
  ): Promise<ExerciseFacets> {
    const rows = await this.exercises.facets(ctx, filter, query?.trim() || undefined);
    const counts = new Map(rows.map((r) => [`${r.facet}:${r.value}`, r.count]));
    const facets = { total: counts.get('total:') ?? 0 } as ExerciseFacets;
    for (const [field, [column, values]] of Object.entries(FACETS)) {
      facets[field as keyof typeof FACETS] = values.map((value): Count => ({
        value,
        count: counts.get(`${column}:${value}`) ?? 0,
      }));
    }
    return facets;
  }
}
