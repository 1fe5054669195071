import type { GraphQLResolveInfo } from 'graphql';
import { Args, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { pageCost } from '../common/graphql/limits.js';
import { ConnectionType } from '../common/pagination/connection.js';
import { PageArgs } from '../common/pagination/page.args.js';
import { ExerciseRefArgs } from './dto/exercise-ref.args.js';
import { Exercise } from './exercise.entity.js';
import { ExerciseListArgs } from './dto/exercise-list.args.js';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { missingTags, TagFacet } from './tagging.js';
import { ExercisesService } from './exercises.service.js';
import { TempoModel } from './models/tempo.model.js';
import { parseTempo } from './tempo.js';

const ExerciseConnection = ConnectionType(Exercise);
type ExerciseConnection = InstanceType<typeof ExerciseConnection>;

@Resolver(() => Exercise)
export class ExercisesResolver {
  constructor(private readonly catalogue: ExercisesService) {}

  @Query(() => Exercise, {
    nullable: true,
    description:
      'One exercise by id or slug; null when there is none (drafts only for clinicians and admins)',
  })
  exercise(
    @Ctx() ctx: RequestContext,
    @Args() ref: ExerciseRefArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Exercise | null> {
    return this.catalogue.lookup(ctx, ref, info);
  }

  @Query(() => ExerciseConnection, {
    description:
      'The catalogue, by name, filtered by facets; pages forward (first, after) and back (last, before)',
    ...pageCost(),
  })
  exercises(
    @Ctx() ctx: RequestContext,
    @Args() args: ExerciseListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExerciseConnection> {
    return this.catalogue.list(ctx, args.filter ?? {}, args, info);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Query(() => ExerciseConnection, {
    description: 'Drafts still lacking planes, stance, position or tempo: the tagging queue',
    ...pageCost(),
  })
  exercisesNeedingTags(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<ExerciseConnection> {
    return this.catalogue.list(ctx, { needsTagging: true }, page);
  }

  @ResolveField(() => [TagFacet], { description: 'What still needs tagging (empty when complete)' })
  needsTagging(@Parent() exercise: Exercise): TagFacet[] {
    return missingTags(exercise);
  }

  @ResolveField(() => TempoModel, {
    description: 'The tempo: its notation, each phase, time under tension and intent',
  })
  tempo(@Parent() exercise: Exercise): TempoModel {
    const parsed = exercise.tempoNotation ? parseTempo(exercise.tempoNotation) : null;
    return {
      intent: exercise.tempoIntent,
      notation: parsed?.notation ?? null,
      eccentric: parsed?.eccentric ?? null,
      bottomPause: parsed?.bottomPause ?? null,
      concentric: parsed?.concentric ?? null,
      topPause: parsed?.topPause ?? null,
      timeUnderTensionSeconds: parsed?.timeUnderTensionSeconds ?? null,
    };
  }
}
