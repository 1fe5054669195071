import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  type Complexity,
  Info,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '../common/pagination/connection.js';
import { ExerciseRefArgs } from './exercise.args.js';
import { Exercise } from './exercise.entity.js';
import { ExerciseListArgs } from './dto/exercise-list.args.js';
import { Roles } from '../common/access/roles.guard.js';
import { CurrentViewer, Role, type Viewer } from '../common/access/viewer.js';
import { missingTags, TagFacet } from './tagging.js';
import { ExercisesService } from './exercises.service.js';
import { TempoModel } from './tempo.model.js';
import { parseTempo } from './tempo.js';

const ExerciseConnection = ConnectionType(Exercise);
/** A page costs its selection once per item asked for. */
const perItem: Complexity = ({ args, childComplexity }) =>
  childComplexity * Number(args.first ?? 20);
type ExerciseConnection = InstanceType<typeof ExerciseConnection>;

@Resolver(() => Exercise)
export class ExercisesResolver {
  constructor(private readonly library: ExercisesService) {}

  @Query(() => Exercise, {
    description: 'One exercise by id or slug (drafts only for clinicians and admins)',
  })
  exercise(@Args() ref: ExerciseRefArgs, @CurrentViewer() viewer: Viewer): Promise<Exercise> {
    return this.library.find(ref, viewer);
  }

  @Query(() => ExerciseConnection, {
    description: 'The catalogue, by name, filtered by facets',
    complexity: perItem,
  })
  exercises(
    @Args() args: ExerciseListArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExerciseConnection> {
    return this.library.list(args.filter ?? {}, args, viewer, info);
  }

  @Roles(Role.CLINICIAN, Role.ADMIN)
  @Query(() => ExerciseConnection, {
    description: 'Drafts still lacking planes, stance, position or tempo: the tagging queue',
    complexity: perItem,
  })
  exercisesNeedingTags(
    @Args() page: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ExerciseConnection> {
    return this.library.list({ needsTagging: true }, page, viewer);
  }

  @ResolveField(() => [TagFacet], { description: 'What still needs tagging (empty when complete)' })
  needsTagging(@Parent() exercise: Exercise): TagFacet[] {
    return missingTags(exercise);
  }

  @ResolveField(() => TempoModel)
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
