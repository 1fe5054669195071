import { Ctx, RequestContext } from '../common/context/request-context.js';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Account } from '../auth/account.entity.js';
import { AuthService } from '../auth/auth.service.js';
import { Roles } from '../common/access/roles.guard.js';
import { CURATORS, CurrentViewer, type Viewer } from '../common/access/viewer.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { CreateExerciseInput, UpdateExerciseInput } from '../exercises/exercise.inputs.js';
import { ExerciseStatus } from '../exercises/vocabulary.js';
import { ChangeStatusInput } from './dto/change-status.input.js';
import { FieldChange } from './models/field-change.model.js';
import { RestoreRevisionInput } from './dto/restore-revision.input.js';
import { CurationService } from './curation.service.js';
import { Revision } from './revision.entity.js';

/** Clinicians and admins curate the library; every change is a revision and an audit entry. */
@Resolver(() => Revision)
export class CurationResolver {
  constructor(
    private readonly curation: CurationService,
    private readonly auth: AuthService,
  ) {}

  @Roles(...CURATORS)
  @Mutation(() => Exercise, { description: 'Adds an exercise as a DRAFT (revision 1)' })
  createExercise(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateExerciseInput,
    @Args('message', { type: () => String, nullable: true }) message?: string | null,
  ): Promise<Exercise> {
    return this.curation.create(viewer, input, message);
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, {
    description:
      'Changes the fields sent. `version` is the version you read: a stale one is a CONFLICT',
  })
  updateExercise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateExerciseInput,
    @Args('message', { type: () => String, nullable: true, description: 'Why, for the history' })
    message?: string | null,
  ): Promise<Exercise> {
    return this.curation.update(viewer, id, version, input, message);
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, {
    description:
      'DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED (IN_REVIEW -> DRAFT, DRAFT -> ARCHIVED, ARCHIVED -> DRAFT)',
  })
  changeExerciseStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeStatusInput,
  ): Promise<Exercise> {
    return this.curation.changeStatus(viewer, input.id, input.version, input.status, input.message);
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, { description: 'Retires an exercise; it is kept, never deleted' })
  archiveExercise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Exercise> {
    return this.curation.changeStatus(viewer, id, version, ExerciseStatus.ARCHIVED);
  }

  @Roles(...CURATORS)
  @Mutation(() => Exercise, { description: "Brings back a revision's content as a new revision" })
  restoreExerciseRevision(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RestoreRevisionInput,
  ): Promise<Exercise> {
    return this.curation.restore(viewer, input.id, input.version, input.revision, input.message);
  }

  @Roles(...CURATORS)
  @Query(() => [Revision], { description: 'Every change to an exercise, newest first' })
  exerciseRevisions(@Args('id', { type: () => ID }) id: string): Promise<Revision[]> {
    return this.curation.revisionsOf(id);
  }

  @Roles(...CURATORS)
  @Query(() => [FieldChange], { description: 'Field-by-field differences between two revisions' })
  exerciseRevisionDiff(
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<FieldChange[]> {
    return this.curation.diff(id, from, to);
  }

  @ResolveField(() => Account, {
    nullable: true,
    description: 'Who made the change (null: the seed loader)',
  })
  author(@Parent() revision: Revision, @Ctx() ctx: RequestContext): Promise<Account | null> | null {
    return revision.authorId ? this.auth.account(ctx, revision.authorId) : null;
  }
}
