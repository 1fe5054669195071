import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Account } from '../auth/account.entity.js';
import { AuthService } from '../auth/auth.service.js';
import { Roles } from '../common/access/roles.guard.js';
import { CLINIC_TEAM, CURATORS, SYSTEM } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { costsAs } from '../common/graphql/limits.js';
import {
  INPUT_WITH_MOVED_ARGS,
  type MovedArg,
  validMovedArgs,
  MovedArgument,
} from '../common/graphql/moved-args.js';
import { pageCost } from '../common/graphql/limits.js';
import { type Connection } from '../common/pagination/connection.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { ExercisesService } from '../exercises/exercises.service.js';
import { BalanceService } from './balance.service.js';
import {
  ArchiveProgramTemplateInput,
  RestoreProgramTemplateInput,
} from './dto/archive-program-template.input.js';
import { CreateProgramTemplateInput } from './dto/create-program-template.input.js';
import { ProgramTemplateRefArgs } from './dto/program-template-ref.args.js';
import { ProgramTemplatesArgs } from './dto/program-templates.args.js';
import { UpdateProgramTemplateInput } from './dto/update-program-template.input.js';
import { listTranslations } from './guidance.js';
import { GuidanceTranslation } from './models/guidance-translation.model.js';
import { ProgramBalance } from './models/program-balance.model.js';
import { ProgramTemplateConnection } from './models/program-template-connection.model.js';
import { ItemPrescription } from './models/item-prescription.model.js';
import { prescriptionOf, ProgramTemplate, ProgramTemplateItem } from './program-template.entity.js';
import { ProgramTemplatesService } from './program-templates.service.js';

/** The deprecated `id` and `version` arguments of archive and restore (input.id, input.expectedVersion). */
const movedRef = (id?: string | null, version?: number | null): MovedArg[] => [
  { field: 'id', arg: 'id', value: id },
  { field: 'expectedVersion', arg: 'version', value: version },
];

/** The clinic's team reads templates to issue handouts; clinicians write them. */
@Resolver(() => ProgramTemplate)
export class ProgramTemplatesResolver {
  constructor(
    private readonly templates: ProgramTemplatesService,
    private readonly auth: AuthService,
    private readonly balance: BalanceService,
  ) {}

  @Query(() => ProgramTemplate, {
    nullable: true,
    description: 'One template, by id or slug; null when there is none',
  })
  @Roles(...CLINIC_TEAM)
  programTemplate(
    @Ctx() ctx: RequestContext,
    @Args() ref: ProgramTemplateRefArgs,
  ): Promise<ProgramTemplate | null> {
    return this.templates.lookup(ctx, ref);
  }

  @Query(() => ProgramTemplateConnection, {
    description:
      'Templates by name; archived ones hidden. Pages forward (first, after) and back (last, before)',
    ...pageCost(),
  })
  @Roles(...CLINIC_TEAM)
  programTemplates(
    @Ctx() ctx: RequestContext,
    @Args() args: ProgramTemplatesArgs,
  ): Promise<Connection<ProgramTemplate>> {
    return this.templates.list(ctx, args);
  }

  @Mutation(() => ProgramTemplate, { description: 'A new template, owned by you' })
  @Roles(...CURATORS)
  createProgramTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The new template' }) input: CreateProgramTemplateInput,
  ): Promise<ProgramTemplate> {
    return this.templates.create(ctx, input);
  }

  @Mutation(() => ProgramTemplate, {
    description: 'Changes name, description or the whole list of items, from the version you read',
  })
  @Roles(...CURATORS)
  updateProgramTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The template, the version you read and the changes' })
    input: UpdateProgramTemplateInput,
  ): Promise<ProgramTemplate> {
    return this.templates.update(ctx, input);
  }

  @Mutation(() => ProgramTemplate, { description: 'Stops offering it; handouts keep their copy' })
  @Roles(...CURATORS)
  async archiveProgramTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input', {
      type: () => ArchiveProgramTemplateInput,
      nullable: true,
      description: INPUT_WITH_MOVED_ARGS,
    })
    input?: ArchiveProgramTemplateInput | null,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
    @MovedArgument('version', () => Int, 'input.expectedVersion')
    version?: number | null,
  ): Promise<ProgramTemplate> {
    const ref = await validMovedArgs(ArchiveProgramTemplateInput, input, movedRef(id, version));
    return this.templates.archive(ctx, ref.id, ref.expectedVersion, true);
  }

  @Mutation(() => ProgramTemplate, { description: 'Offers an archived template again' })
  @Roles(...CURATORS)
  async restoreProgramTemplate(
    @Ctx() ctx: RequestContext,
    @Args('input', {
      type: () => RestoreProgramTemplateInput,
      nullable: true,
      description: INPUT_WITH_MOVED_ARGS,
    })
    input?: RestoreProgramTemplateInput | null,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
    @MovedArgument('version', () => Int, 'input.expectedVersion')
    version?: number | null,
  ): Promise<ProgramTemplate> {
    const ref = await validMovedArgs(RestoreProgramTemplateInput, input, movedRef(id, version));
    return this.templates.archive(ctx, ref.id, ref.expectedVersion, false);
  }

  @ResolveField(() => [ProgramTemplateItem], {
    ...costsAs(20),
    description: 'Its exercises, in order, with their prescriptions',
  })
  items(
    @Parent() template: ProgramTemplate,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgramTemplateItem[]> {
    return this.templates.items(ctx, template.id);
  }

  /** Read as the system: a template keeps exercises that were archived since it was written. */
  @ResolveField('balance', () => ProgramBalance, {
    description: 'How it spreads over planes, stance, tempo and load',
  })
  async analyseBalance(
    @Parent() template: ProgramTemplate,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgramBalance> {
    const items = await this.templates.items(ctx, template.id);
    return this.balance.analyse(
      ctx.as(SYSTEM),
      items.map((i) => i.exerciseId),
    );
  }

  @ResolveField(() => [GuidanceTranslation], {
    description:
      'The guidance in other languages, in locale order; a handout in a language without one prints the English',
  })
  guidanceTranslations(@Parent() template: ProgramTemplate): GuidanceTranslation[] {
    return listTranslations(template.guidance, template.guidanceByLocale);
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
  constructor(private readonly exercises: ExercisesService) {}

  @ResolveField(() => Exercise, { description: 'As the library has it now' })
  async exercise(
    @Parent() item: ProgramTemplateItem,
    @Ctx() ctx: RequestContext,
  ): Promise<Exercise | null> {
    return this.exercises.loader(ctx).load(item.exerciseId);
  }

  @ResolveField(() => ItemPrescription, { description: 'How much and how often' })
  prescription(@Parent() item: ProgramTemplateItem): ItemPrescription {
    return prescriptionOf(item);
  }
}
