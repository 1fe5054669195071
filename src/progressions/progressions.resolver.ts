import {
  Args,
  type Complexity,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { CurrentViewer, Role, type Viewer } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { LadderStep, ProgressionPath } from './progression.models.js';
import { Progression } from './progression.entity.js';
import { LinkExercisesInput, UpdateProgressionInput } from './progression.inputs.js';
import { ProgressionsService } from './progressions.service.js';

/** An exercise has a handful of edges; cost them as ten. */
const fewEdges: Complexity = ({ childComplexity }) => childComplexity * 10;

@Resolver(() => Progression)
export class ProgressionsResolver {
  constructor(
    private readonly graph: ProgressionsService,
    private readonly library: ExercisesService,
  ) {}

  @ResolveField(() => Exercise, { description: 'The easier end of a PROGRESSION' })
  from(@Parent() edge: Progression, @Ctx() ctx: RequestContext): Promise<Exercise | null> {
    return this.library.loader(ctx).load(edge.fromId);
  }

  @ResolveField(() => Exercise, { description: 'The harder end of a PROGRESSION' })
  to(@Parent() edge: Progression, @Ctx() ctx: RequestContext): Promise<Exercise | null> {
    return this.library.loader(ctx).load(edge.toId);
  }

  @Query(() => ProgressionPath, {
    nullable: true,
    description: 'The shortest chain of progressions between two exercises; null when none',
  })
  progressionPath(
    @Args('from', { type: () => ID }) from: string,
    @Args('to', { type: () => ID }) to: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ProgressionPath | null> {
    return this.graph.path(from, to, viewer);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Progression, {
    description: 'Links two exercises; PROGRESSIONs may not form a cycle',
  })
  linkExercises(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LinkExercisesInput,
  ): Promise<Progression> {
    return this.graph.link(viewer, input);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Progression)
  updateProgression(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProgressionInput,
  ): Promise<Progression> {
    return this.graph.update(viewer, id, input);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => ID, { description: 'Removes a link; returns its id' })
  unlinkExercises(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.graph.unlink(viewer, id);
  }
}

/** The graph as seen from an exercise; each list is batched across the whole page. */
@Resolver(() => Exercise)
export class ExerciseProgressionsResolver {
  constructor(private readonly graph: ProgressionsService) {}

  @ResolveField(() => [Progression], {
    description: 'Harder next steps, in order (read `to`)',
    complexity: fewEdges,
  })
  progressions(
    @Parent() exercise: Exercise,
    @Context() context: RequestContext,
  ): Promise<Progression[]> {
    return this.graph.related(context, exercise.id, 'progressions', context.viewer);
  }

  @ResolveField(() => [Progression], {
    description: 'Easier previous steps (read `from`)',
    complexity: fewEdges,
  })
  regressions(
    @Parent() exercise: Exercise,
    @Context() context: RequestContext,
  ): Promise<Progression[]> {
    return this.graph.related(context, exercise.id, 'regressions', context.viewer);
  }

  @ResolveField(() => [Progression], {
    description: 'Sideways variations; the other exercise is whichever end is not this one',
    complexity: fewEdges,
  })
  variations(
    @Parent() exercise: Exercise,
    @Context() context: RequestContext,
  ): Promise<Progression[]> {
    return this.graph.related(context, exercise.id, 'variations', context.viewer);
  }

  @ResolveField(() => [LadderStep], {
    description: 'Every exercise up to `depth` (1-20) steps easier and harder, easiest first',
    complexity: ({ args, childComplexity }) => childComplexity * 2 * Number(args.depth ?? 10),
  })
  ladder(
    @Parent() exercise: Exercise,
    @Args('depth', { type: () => Int, defaultValue: 10 }) depth: number,
    @CurrentViewer() viewer: Viewer,
  ): Promise<LadderStep[]> {
    return this.graph.ladder(exercise.id, depth, viewer);
  }
}
