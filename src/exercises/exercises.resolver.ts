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
import { ConnectionType } from '../common/pagination/connection.js';
import { ExerciseRefArgs } from './exercise.args.js';
import { Exercise } from './exercise.entity.js';
import { ExerciseListArgs } from './exercise.filter.js';
import { CreateExerciseInput, UpdateExerciseInput } from './exercise.inputs.js';
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

  @Query(() => Exercise, { description: 'One exercise by id or slug' })
  exercise(@Args() ref: ExerciseRefArgs): Promise<Exercise> {
    return this.library.find(ref);
  }

  @Query(() => ExerciseConnection, {
    description: 'The catalogue, by name, filtered by facets',
    complexity: perItem,
  })
  exercises(@Args() args: ExerciseListArgs): Promise<ExerciseConnection> {
    return this.library.list(args.filter ?? {}, args);
  }

  @Mutation(() => Exercise, { description: 'Adds an exercise as a DRAFT' })
  createExercise(@Args('input') input: CreateExerciseInput): Promise<Exercise> {
    return this.library.create(input);
  }

  @Mutation(() => Exercise, {
    description:
      'Changes the fields sent. `version` is the version you read: a stale one is a CONFLICT',
  })
  updateExercise(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateExerciseInput,
  ): Promise<Exercise> {
    return this.library.update(id, version, input);
  }

  @Mutation(() => Exercise, { description: 'Retires an exercise; it is kept, never deleted' })
  archiveExercise(@Args('id', { type: () => ID }) id: string): Promise<Exercise> {
    return this.library.archive(id);
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
