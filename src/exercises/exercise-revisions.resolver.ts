import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { CURATORS } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { pageCost } from '../common/graphql/limits.js';
import type { Connection } from '../common/pagination/connection.js';
import { PageArgs } from '../common/pagination/page.args.js';
import { Exercise } from './exercise.entity.js';
import { ExerciseCurationService } from './exercise-curation.service.js';
import { ExerciseRevisionConnection } from './models/exercise-revision-connection.model.js';
import type { Revision } from './revision.entity.js';

/** An exercise's history, on the exercise itself (the write side adds it to the public type). */
@Resolver(() => Exercise)
export class ExerciseRevisionsResolver {
  constructor(private readonly curation: ExerciseCurationService) {}

  // @Roles documents the rule; the service enforces it (guards do not run on field resolvers).
  @Roles(...CURATORS)
  // Nullable so that a refused page (a bad cursor, too large, not a curator) errors on this
  // field alone and the exercise's other fields survive.
  @ResolveField(() => ExerciseRevisionConnection, {
    nullable: true,
    description:
      'Every change to the exercise, newest first (clinicians and admins); pages forward (first, after) and back (last, before); null with an error when the arguments are refused',
    ...pageCost(),
  })
  revisions(
    @Parent() exercise: Exercise,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<Connection<Revision>> {
    return this.curation.revisionPage(ctx, exercise.id, page);
  }
}
