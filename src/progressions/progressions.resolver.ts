import {
  Args,
  type Complexity,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Roles } from '../common/access/roles.guard.js';
import { Role } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { endReadWith } from '../exercises/exercise-detail.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { validMovedArgs, MovedArgument } from '../common/graphql/moved-args.js';
import { LinkExercisesInput } from './dto/link-exercises.input.js';
import { RemoveProgressionInput } from './dto/remove-progression.input.js';
import { UpdateProgressionInput } from './dto/update-progression.input.js';
import { LadderStep } from './models/ladder-step.model.js';
import { ProgressionPath } from './models/progression-path.model.js';
import { RemoveProgressionPayload } from './models/remove-progression-payload.model.js';
import { Progression } from './progression.entity.js';
import { ProgressionsService } from './progressions.service.js';

/** An exercise has a handful of edges; cost them as ten. */
const fewEdges: Complexity = ({ childComplexity }) => childComplexity * 10;

@Resolver(() => Progression)
export class ProgressionsResolver {
  constructor(
    private readonly graph: ProgressionsService,
    private readonly exercises: ExercisesService,
  ) {}

  @ResolveField(() => Exercise, { description: 'The easier end of a PROGRESSION' })
  from(@Parent() edge: Progression, @Ctx() ctx: RequestContext): Promise<Exercise | null> {
    return this.end(ctx, edge, 'from');
  }

  @ResolveField(() => Exercise, { description: 'The harder end of a PROGRESSION' })
  to(@Parent() edge: Progression, @Ctx() ctx: RequestContext): Promise<Exercise | null> {
    return this.end(ctx, edge, 'to');
  }

  /** The end read with the edge (an exercise's detail), else through this request's loader. */
  private end(
    ctx: RequestContext,
    edge: Progression,
    end: 'from' | 'to',
  ): Promise<Exercise | null> {
    const read = endReadWith(edge, end);
    if (read) return Promise.resolve(read);
    return this.exercises.loader(ctx).load(end === 'from' ? edge.fromId : edge.toId);
  }

  @Query(() => ProgressionPath, {
    nullable: true,
    description: 'The shortest chain of progressions between two exercises; null when none',
  })
  progressionPath(
    @Args('from', { type: () => ID, description: 'The exercise to start from' }) from: string,
    @Args('to', { type: () => ID, description: 'The exercise to reach' }) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgressionPath | null> {
    return this.graph.path(ctx, from, to);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Progression, {
    description: 'Links two exercises; PROGRESSIONs may not form a cycle',
  })
  linkExercises(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The two exercises and the link' }) input: LinkExercisesInput,
  ): Promise<Progression> {
    return this.graph.link(ctx, input);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => Progression, {
    description: 'Changes the fields sent; making it a PROGRESSION may not form a cycle',
  })
  async updateProgression(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Which link, and the changes' }) input: UpdateProgressionInput,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
  ): Promise<Progression> {
    const { id: progressionId, ...changes } = await validMovedArgs(UpdateProgressionInput, input, [
      { field: 'id', arg: 'id', value: id },
    ]);
    return this.graph.update(ctx, progressionId!, changes);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => RemoveProgressionPayload, {
    description: 'Removes a link between two exercises; returns both',
  })
  removeProgression(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The link to remove' }) input: RemoveProgressionInput,
  ): Promise<RemoveProgressionPayload> {
    return this.graph.remove(ctx, input.id);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Mutation(() => ID, {
    description: 'Removes a link; returns its id',
    deprecationReason: 'Use removeProgression(input: { id }), which also returns both exercises',
  })
  async unlinkExercises(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The link to remove' }) id: string,
  ): Promise<string> {
    return (await this.graph.unlink(ctx, id)).id;
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
  progressions(@Parent() exercise: Exercise, @Ctx() ctx: RequestContext): Promise<Progression[]> {
    return this.graph.related(ctx, exercise, 'progressions');
  }

  @ResolveField(() => [Progression], {
    description: 'Easier previous steps (read `from`)',
    complexity: fewEdges,
  })
  regressions(@Parent() exercise: Exercise, @Ctx() ctx: RequestContext): Promise<Progression[]> {
    return this.graph.related(ctx, exercise, 'regressions');
  }

  @ResolveField(() => [Progression], {
    description: 'Sideways variations; the other exercise is whichever end is not this one',
    complexity: fewEdges,
  })
  variations(@Parent() exercise: Exercise, @Ctx() ctx: RequestContext): Promise<Progression[]> {
    return this.graph.related(ctx, exercise, 'variations');
  }

  @ResolveField(() => [LadderStep], {
    description: 'Every exercise up to `depth` (1-20) steps easier and harder, easiest first',
    complexity: ({ args, childComplexity }) => childComplexity * 2 * Number(args.depth ?? 10),
  })
  ladder(
    @Parent() exercise: Exercise,
    @Args('depth', {
      type: () => Int,
      defaultValue: 10,
      description: 'How many rungs each way, 1-20',
    })
    depth: number,
    @Ctx() ctx: RequestContext,
  ): Promise<LadderStep[]> {
    return this.graph.ladder(ctx, exercise.id, depth);
  }
}
