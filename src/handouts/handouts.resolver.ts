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
import { CLINIC_TEAM, CurrentViewer, SYSTEM, type Viewer } from '../common/access/viewer.js';
import { costsAs } from '../common/graphql/limits.js';
import { type Connection } from '../common/pagination/connection.js';
import { mediaPath } from '../media/storage.js';
import { ProgramBalance } from '../programs/balance.models.js';
import { BalanceService } from '../programs/balance.service.js';
import { ProgramTemplate } from '../programs/program-template.entity.js';
import { ProgramTemplatesService } from '../programs/program-templates.service.js';
import { Handout, HandoutAccess, HandoutLink } from './handout.entity.js';
import {
  CreateHandoutLinkInput,
  HandoutsArgs,
  IssueHandoutInput,
  ReissueHandoutInput,
} from './handout.inputs.js';
import { HandoutItem } from './handout.models.js';
import { HandoutsService } from './handouts.service.js';
import { HandoutConnection } from './models/handout-connection.model.js';

/** Handouts hold patient names: only the clinic's team reaches them. */
@Resolver(() => Handout)
export class HandoutsResolver {
  constructor(
    private readonly service: HandoutsService,
    private readonly templates: ProgramTemplatesService,
    private readonly auth: AuthService,
    private readonly balanceOf: BalanceService,
  ) {}

  @Query(() => Handout)
  @Roles(...CLINIC_TEAM)
  handout(@Args('id', { type: () => ID }) id: string): Promise<Handout> {
    return this.service.find(id);
  }

  @Query(() => HandoutConnection, { description: 'Newest first' })
  @Roles(...CLINIC_TEAM)
  handouts(@Args() args: HandoutsArgs): Promise<Connection<Handout>> {
    return this.service.list(args);
  }

  @Mutation(() => Handout, {
    description:
      'Freezes a program for one patient, from a template, from items, or both (items win), with a share link',
  })
  @Roles(...CLINIC_TEAM)
  issueHandout(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: IssueHandoutInput,
  ): Promise<Handout> {
    return this.service.issue(viewer, input);
  }

  @Mutation(() => Handout, {
    description:
      "A new version from the latest one, with the library's current text; the earlier version stays as it was",
  })
  @Roles(...CLINIC_TEAM)
  reissueHandout(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReissueHandoutInput,
  ): Promise<Handout> {
    return this.service.reissue(viewer, input);
  }

  @Mutation(() => HandoutLink)
  @Roles(...CLINIC_TEAM)
  createHandoutLink(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateHandoutLinkInput,
  ): Promise<HandoutLink> {
    return this.service.createLink(viewer, input);
  }

  @Mutation(() => HandoutLink, { description: 'The link stops working at once' })
  @Roles(...CLINIC_TEAM)
  revokeHandoutLink(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<HandoutLink> {
    return this.service.revokeLink(viewer, id);
  }

  @ResolveField(() => [HandoutItem], { description: 'As frozen at issue' })
  items(@Parent() handout: Handout): HandoutItem[] {
    return handout.content.items.map((item, position) => ({
      ...item,
      position,
      picture: item.picture && { ...item.picture, url: mediaPath(item.picture.storageKey) },
    }));
  }

  @ResolveField(() => ProgramBalance, {
    description: 'How its exercises spread, with suggestions from the library as it is now',
  })
  balance(@Parent() handout: Handout): Promise<ProgramBalance> {
    return this.balanceOf.analyse(
      handout.content.items.map((i) => i.exerciseId),
      SYSTEM,
    );
  }

  @ResolveField(() => ProgramTemplate, { nullable: true })
  template(
    @Parent() handout: Handout,
    @Context() context: object,
  ): Promise<ProgramTemplate | null> | null {
    return handout.templateId ? this.templates.load(context, handout.templateId) : null;
  }

  @ResolveField(() => Account, { nullable: true })
  clinician(@Parent() handout: Handout, @Ctx() ctx: RequestContext): Promise<Account | null> {
    return this.auth.account(ctx, handout.clinicianId);
  }

  @ResolveField(() => Account, { nullable: true })
  issuedBy(@Parent() handout: Handout, @Ctx() ctx: RequestContext): Promise<Account | null> {
    return this.auth.account(ctx, handout.issuedById);
  }

  @ResolveField(() => Int, { description: 'The newest version of this handout' })
  latestVersion(@Parent() handout: Handout, @Context() context: object): Promise<number> {
    return this.service.latestVersionNumber(context, handout.seriesId);
  }

  @ResolveField(() => String, { description: 'The PDF to print (send your Authorization header)' })
  pdfUrl(@Parent() handout: Handout): string {
    return `/handouts/${handout.id}/pdf`;
  }

  @ResolveField(() => String, { description: 'The print-ready web page' })
  printUrl(@Parent() handout: Handout): string {
    return `/handouts/${handout.id}/print`;
  }

  @ResolveField(() => [HandoutLink], { ...costsAs(20), description: 'Newest first' })
  links(@Parent() handout: Handout, @Context() context: object): Promise<HandoutLink[]> {
    return this.service.links(context, handout.id);
  }

  @ResolveField(() => [HandoutAccess], {
    ...costsAs(20),
    description: 'Every opening, newest first',
  })
  accesses(
    @Parent() handout: Handout,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<HandoutAccess[]> {
    return this.service.accesses(handout.id, Math.min(Math.max(first, 1), 500));
  }
}

@Resolver(() => HandoutLink)
export class HandoutLinksResolver {
  constructor(private readonly handouts: HandoutsService) {}

  @ResolveField(() => String, { description: 'The online version, for the patient' })
  url(@Parent() link: HandoutLink): string {
    return this.handouts.linkUrl(link);
  }

  @ResolveField(() => Boolean, { description: 'Neither revoked nor expired' })
  active(@Parent() link: HandoutLink): boolean {
    return !link.revokedAt && link.expiresAt.getTime() > Date.now();
  }
}
