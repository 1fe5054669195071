import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Account } from '../auth/account.entity.js';
import { AuthService } from '../auth/auth.service.js';
import { Roles } from '../common/access/roles.guard.js';
import { CURATORS } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { versionRead } from '../common/graphql/dto/version-ref.input.js';
import {
  INPUT_WITH_MOVED_ARGS,
  validMovedArgs,
  MovedArgument,
} from '../common/graphql/moved-args.js';
import { ArchiveExerciseInput } from './dto/archive-exercise.input.js';
import { ChangeStatusInput } from './dto/change-status.input.js';
import { RestoreRevisionInput } from './dto/restore-revision.input.js';
import { ExerciseCurationService } from './exercise-curation.service.js';
import { Exercise } from './exercise.entity.js';
import { CreateExerciseInput } from './dto/create-exercise.input.js';
import { UpdateExerciseInput } from './dto/update-exercise.input.js';
import { FieldChange } from './models/field-change.model.js';
import { Revision } from './revision.entity.js';
import { ExerciseStatus } from './vocabulary.js';
import { TRANSITIONS_IN_WORDS } from './workflow.js';

/** Clinicians and admins curate the library; every change is a revision and an audit entry. */
@Resolver(() => Revision)
export class ExerciseCurationResolver {
  constructor(
    private readonly curation: ExerciseCurationService,
    private readonly auth: AuthService,
  ) {}

  @Roles(...CURATORS)
  @Mutation(() => Exercise, { description: 'Adds an exercise as a DRAFT (revision 1)' })
  async createExercise(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new exercise' }) input: CreateExerciseInput,
    @Args('message', {
      type: () => String,
      nullable: true,
      description: 'Why, for the history',
      deprecationReason: 'Use input.message',
    })
    message?: string | null,
  ): Promise<Exercise> {
    const { message: why, ...fields } = await validMovedArgs(CreateExerciseInput, input, [
      { field: 'message', arg: 'message', value: message, optional: true },
    ]);
    return this.curation.create(ctx, fields, why);
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, {
    description:
      'Changes the fields sent, from the version you read (input.expectedVersion): a stale one is a CONFLICT',
  })
  async updateExercise(
    @Ctx() ctx: RequestContext,
    @Args('input', {
      description: 'Which exercise, the version you read, and the fields to change',
    })
    input: UpdateExerciseInput,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
    @MovedArgument('version', () => Int, 'input.expectedVersion')
    version?: number | null,
    @Args('message', {
      type: () => String,
      nullable: true,
      description: 'Why, for the history',
      deprecationReason: 'Use input.message',
    })
    message?: string | null,
  ): Promise<Exercise> {
    const {
      id: exerciseId,
      expectedVersion,
      message: why,
      ...changes
    } = await validMovedArgs(UpdateExerciseInput, input, [
      { field: 'id', arg: 'id', value: id },
      { field: 'expectedVersion', arg: 'version', value: version },
      { field: 'message', arg: 'message', value: message, optional: true },
    ]);
    return this.curation.update(ctx, exerciseId!, expectedVersion!, changes, why);
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, {
    description: `Moves an exercise to another status: ${TRANSITIONS_IN_WORDS}. IN_REVIEW and PUBLISHED need every tag; PUBLISHED needs every picture and video described and credited`,
  })
  changeExerciseStatus(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The exercise, its version and the new status' })
    input: ChangeStatusInput,
  ): Promise<Exercise> {
    return this.curation.changeStatus(
      ctx,
      input.id,
      versionRead(input),
      input.status,
      input.message,
    );
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, { description: 'Retires an exercise; it is kept, never deleted' })
  async archiveExercise(
    @Ctx() ctx: RequestContext,
    @Args('input', {
      type: () => ArchiveExerciseInput,
      nullable: true,
      description: INPUT_WITH_MOVED_ARGS,
    })
    input?: ArchiveExerciseInput | null,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
    @MovedArgument('version', () => Int, 'input.expectedVersion')
    version?: number | null,
  ): Promise<Exercise> {
    const archive = await validMovedArgs(ArchiveExerciseInput, input, [
      { field: 'id', arg: 'id', value: id },
      { field: 'expectedVersion', arg: 'version', value: version },
    ]);
    return this.curation.changeStatus(
      ctx,
      archive.id,
      archive.expectedVersion,
      ExerciseStatus.ARCHIVED,
      archive.message,
    );
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, {
    description:
      "Brings back a revision's content as a new revision; `asDraft` also makes the exercise a DRAFT",
  })
  restoreExerciseRevision(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The exercise, its version and the revision to bring back' })
    input: RestoreRevisionInput,
  ): Promise<Exercise> {
    return this.curation.restore(ctx, input.id, versionRead(input), input.revision, {
      message: input.message,
      asDraft: input.asDraft,
    });
  }

  @Roles(...CURATORS)
  @Query(() => [Revision], {
    description: 'Every change to an exercise, newest first',
    deprecationReason:
      'Use Exercise.revisions, a connection: exercise(by: {id}) { revisions(first, after) { … } }',
  })
  exerciseRevisions(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The exercise' }) id: string,
  ): Promise<Revision[]> {
    return this.curation.revisionsOf(ctx, id);
  }

  @Roles(...CURATORS)
  @Query(() => [FieldChange], { description: 'Field-by-field differences between two revisions' })
  exerciseRevisionDiff(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The exercise' }) id: string,
    @Args('from', { type: () => Int, description: 'The revision to compare from, by its version' })
    from: number,
    @Args('to', { type: () => Int, description: 'The revision to compare to, by its version' })
    to: number,
  ): Promise<FieldChange[]> {
    return this.curation.diff(ctx, id, from, to);
  }

  @ResolveField(() => Account, {
    nullable: true,
    description: 'Who made the change (null: the seed loader)',
  })
  author(@Parent() revision: Revision, @Ctx() ctx: RequestContext): Promise<Account | null> | null {
    return revision.authorId ? this.auth.account(ctx, revision.authorId) : null;
  }
}
