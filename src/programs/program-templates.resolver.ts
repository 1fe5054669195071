import { Ctx, RequestContext } from '../common/context/request-context.js';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Account } from '../auth/account.entity.js';
import { AuthService } from '../auth/auth.service.js';
import { Roles } from '../common/access/roles.guard.js';
import {
  CLINIC_TEAM,
  CURATORS,
  CurrentViewer,
  SYSTEM,
  type Viewer,
} from '../common/access/viewer.js';
import { costsAs } from '../common/graphql/limits.js';
import { type Connection } from '../common/pagination/connection.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { ProgramBalance } from './balance.models.js';
import { BalanceService } from './balance.service.js';
import { ItemPrescription } from './program-item.js';
import { prescriptionOf, ProgramTemplate, ProgramTemplateItem } from './program-template.entity.js';
import {
  CreateProgramTemplateInput,
  ProgramTemplatesArgs,
  UpdateProgramTemplateInput,
} from './program-template.inputs.js';
import { ProgramTemplatesService } from './program-templates.service.js';
import { ProgramTemplateConnection } from './models/program-template-connection.model.js';

/** The clinic's team reads templates to issue handouts; clinicians write them. */
@Resolver(() => ProgramTemplate)
export class ProgramTemplatesResolver {
  constructor(
    private readonly templates: ProgramTemplatesService,
    private readonly auth: AuthService,
    private readonly balanceOf: BalanceService,
  ) {}

  @Query(() => ProgramTemplate, { description: 'One template, by id or slug' })
  @Roles(...CLINIC_TEAM)
  programTemplate(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
  ): Promise<ProgramTemplate> {
    return this.templates.find({ id, slug });
  }

  @Query(() => ProgramTemplateConnection, {
    description: 'Templates by name; archived ones hidden',
  })
  @Roles(...CLINIC_TEAM)
  programTemplates(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ProgramTemplatesArgs,
  ): Promise<Connection<ProgramTemplate>> {
    return this.templates.list(viewer, args);
  }

  @Mutation(() => ProgramTemplate, { description: 'A new template, owned by you' })
  @Roles(...CURATORS)
  createProgramTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateProgramTemplateInput,
  ): Promise<ProgramTemplate> {
    return this.templates.create(viewer, input);
  }

  @Mutation(() => ProgramTemplate, {
    description: 'Changes name, description or the whole list of items, from the version you read',
  })
  @Roles(...CURATORS)
  updateProgramTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateProgramTemplateInput,
  ): Promise<ProgramTemplate> {
    return this.templates.update(viewer, input);
  }

  @Mutation(() => ProgramTemplate, { description: 'Stops offering it; handouts keep their copy' })
  @Roles(...CURATORS)
  archiveProgramTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ProgramTemplate> {
    return this.templates.archive(viewer, id, version, true);
  }

  @Mutation(() => ProgramTemplate)
  @Roles(...CURATORS)
  restoreProgramTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ProgramTemplate> {
    return this.templates.archive(viewer, id, version, false);
  }

  @ResolveField(() => [ProgramTemplateItem], costsAs(20))
  items(
    @Parent() template: ProgramTemplate,
    @Context() context: object,
  ): Promise<ProgramTemplateItem[]> {
    return this.templates.items(context, template.id);
  }

  @ResolveField(() => ProgramBalance, {
    description: 'How it spreads over planes, stance, tempo and load',
  })
  async balance(@Parent() template: ProgramTemplate, @Context() context: object) {
    const items = await this.templates.items(context, template.id);
    return this.balanceOf.analyse(
      items.map((i) => i.exerciseId),
      SYSTEM,
    );
  }

  @ResolveField(() => Account, { nullable: true, description: "Null: the clinic's own template" })
  owner(
    @Parent() template: ProgramTemplate,
    @Ctx() ctx: RequestContext,
  ): Promise<Account | null> | null {
    return template.ownerId ? this.auth.account(ctx, template.ownerId) : null;
  }
}

@Resolver(() => ProgramTemplateItem)
export class ProgramTemplateItemResolver {
  constructor(private readonly library: ExercisesService) {}

  @ResolveField(() => Exercise, { description: 'As the library has it now' })
  async exercise(
    @Parent() item: ProgramTemplateItem,
    @Ctx() ctx: RequestContext,
  ): Promise<Exercise | null> {
    return this.library.loader(ctx).load(item.exerciseId);
  }

  @ResolveField(() => ItemPrescription)
  prescription(@Parent() item: ProgramTemplateItem): ItemPrescription {
    return prescriptionOf(item);
  }
}
