import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Account } from '../auth/account.entity.js';
import { AuthService } from '../auth/auth.service.js';
import { Roles } from '../common/access/roles.guard.js';
import { CLINIC_TEAM, SYSTEM } from '../common/access/viewer.js';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { costsAs, pageCost } from '../common/graphql/limits.js';
import {
  INPUT_WITH_MOVED_ARGS,
  validMovedArgs,
  MovedArgument,
} from '../common/graphql/moved-args.js';
import { type Connection } from '../common/pagination/connection.js';
import { MediaService } from '../media/media.service.js';
import { BalanceService } from '../programs/balance.service.js';
import { ProgramBalance } from '../programs/models/program-balance.model.js';
import { ProgramTemplate } from '../programs/program-template.entity.js';
import { ProgramTemplatesService } from '../programs/program-templates.service.js';
import { CreateHandoutLinkInput } from './dto/create-handout-link.input.js';
import { RevokeHandoutLinkInput } from './dto/revoke-handout-link.input.js';
import { ACCESS_LOG_PAGE, AccessLogArgs } from './dto/access-log.args.js';
import { HandoutsArgs } from './dto/handouts.args.js';
import { IssueHandoutInput } from './dto/issue-handout.input.js';
import { ReissueHandoutInput } from './dto/reissue-handout.input.js';
import { Handout, HandoutAccess, HandoutFormat, HandoutLink } from './handout.entity.js';
import { HandoutsService } from './handouts.service.js';
import { fallbacksOf } from './fallbacks.js';
import { HandoutAccessConnection } from './models/handout-access-connection.model.js';
import { HandoutConnection } from './models/handout-connection.model.js';
import { HandoutFallback } from './models/handout-fallback.model.js';
import { HandoutGuidance } from './models/handout-guidance.model.js';
import { HandoutItem } from './models/handout-item.model.js';

/** Handouts hold patient names: only the clinic's team reaches them. */
@Resolver(() => Handout)
export class HandoutsResolver {
  constructor(
    private readonly handouts: HandoutsService,
    private readonly templates: ProgramTemplatesService,
    private readonly auth: AuthService,
    private readonly balance: BalanceService,
    private readonly media: MediaService,
  ) {}

  @Query(() => Handout, { nullable: true, description: 'One handout; null when there is none' })
  @Roles(...CLINIC_TEAM)
  handout(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The handout version’s id' }) id: string,
  ): Promise<Handout | null> {
    return this.handouts.lookup(ctx, id);
  }

  @Query(() => HandoutConnection, {
    name: 'handouts',
    description: 'Newest first; pages forward (first, after) and back (last, before)',
    ...pageCost(),
  })
  @Roles(...CLINIC_TEAM)
  list(@Ctx() ctx: RequestContext, @Args() args: HandoutsArgs): Promise<Connection<Handout>> {
    return this.handouts.list(ctx, args);
  }

  @Mutation(() => Handout, {
    description:
      'Freezes a program for one patient, from a template, from items, or both (items win), with a share link',
  })
  @Roles(...CLINIC_TEAM)
  issueHandout(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The patient, the program and how to print it' })
    input: IssueHandoutInput,
  ): Promise<Handout> {
    return this.handouts.issue(ctx, input);
  }

  @Mutation(() => Handout, {
    description:
      "A new version from the latest one, with the library's current text; the earlier version stays as it was",
  })
  @Roles(...CLINIC_TEAM)
  reissueHandout(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The latest version, and what changes' })
    input: ReissueHandoutInput,
  ): Promise<Handout> {
    return this.handouts.reissue(ctx, input);
  }

  @Mutation(() => HandoutLink, {
    description: 'Another share link to a handout (issueHandout makes the first)',
  })
  @Roles(...CLINIC_TEAM)
  createHandoutLink(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The handout and how long the link works' })
    input: CreateHandoutLinkInput,
  ): Promise<HandoutLink> {
    return this.handouts.createLink(ctx, input);
  }

  @Mutation(() => HandoutLink, { description: 'The link stops working at once' })
  @Roles(...CLINIC_TEAM)
  async revokeHandoutLink(
    @Ctx() ctx: RequestContext,
    @Args('input', {
      type: () => RevokeHandoutLinkInput,
      nullable: true,
      description: INPUT_WITH_MOVED_ARGS,
    })
    input?: RevokeHandoutLinkInput | null,
    @MovedArgument('id', () => ID, 'input.id')
    id?: string | null,
  ): Promise<HandoutLink> {
    const link = await validMovedArgs(RevokeHandoutLinkInput, input, [
      { field: 'id', arg: 'id', value: id },
    ]);
    return this.handouts.revokeLink(ctx, link.id);
  }

  @ResolveField(() => [HandoutItem], { description: 'As frozen at issue' })
  items(@Parent() handout: Handout): HandoutItem[] {
    return handout.content.items.map((item, position) => ({
      ...item,
      // Handouts issued before the prescription kept perSide: the item's, as printed.
      prescription: {
        ...item.prescription,
        perSide: item.prescription.perSide ?? item.perSide ?? null,
      },
      position,
      picture: item.picture && {
        ...item.picture,
        url: this.media.imageUrl(item.picture.storageKey),
      },
    }));
  }

  @ResolveField(() => HandoutGuidance, {
    nullable: true,
    description:
      "The template's patient guidance as frozen at issue and printed before the exercises; null when it was issued without a template or from one without guidance",
  })
  guidance(@Parent() handout: Handout): HandoutGuidance | null {
    const guidance = handout.content.guidance;
    return guidance
      ? { text: guidance.text, language: guidance.locale, outdated: guidance.outdated }
      : null;
  }

  @ResolveField(() => [HandoutFallback], {
    description:
      "Exercises printed partly in English because their translation into the handout's language lacks fields, once each, in the handout's order; empty when none. For the team to check before printing (the patient sees no marker)",
  })
  fallbacks(@Parent() handout: Handout): HandoutFallback[] {
    return fallbacksOf(handout.content.items);
  }

  /** Read as the system: a handout keeps exercises that were archived since it was issued. */
  @ResolveField('balance', () => ProgramBalance, {
    description: 'How its exercises spread, with suggestions from the library as it is now',
  })
  analyseBalance(@Parent() handout: Handout, @Ctx() ctx: RequestContext): Promise<ProgramBalance> {
    return this.balance.analyse(
      ctx.as(SYSTEM),
      handout.content.items.map((i) => i.exerciseId),
    );
  }

  @ResolveField(() => ProgramTemplate, {
    nullable: true,
    description: 'The template it started from; null when none',
  })
  template(
    @Parent() handout: Handout,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgramTemplate | null> | null {
    return handout.templateId ? this.templates.load(ctx, handout.templateId) : null;
  }

  @ResolveField(() => Account, {
    nullable: true,
    description: 'The clinician’s account as it is now (clinicianName is the name as printed)',
  })
  clinician(@Parent() handout: Handout, @Ctx() ctx: RequestContext): Promise<Account | null> {
    return this.auth.account(ctx, handout.clinicianId);
  }

  @ResolveField(() => Account, {
    nullable: true,
    description: 'The account that issued this version',
  })
  issuedBy(@Parent() handout: Handout, @Ctx() ctx: RequestContext): Promise<Account | null> {
    return this.auth.account(ctx, handout.issuedById);
  }

  @ResolveField(() => Int, { description: 'The newest version of this handout' })
  latestVersion(@Parent() handout: Handout, @Ctx() ctx: RequestContext): Promise<number> {
    return this.handouts.latestVersionNumber(ctx, handout.seriesId);
  }

  @ResolveField(() => String, {
    description:
      'The PDF to print: an absolute URL that opens in a browser for 5 minutes (signed for you; ask again for a fresh one). Without its query it takes an Authorization header',
  })
  pdfUrl(@Parent() handout: Handout, @Ctx() ctx: RequestContext): string {
    return this.handouts.teamUrl(ctx, handout.id, HandoutFormat.PDF);
  }

  @ResolveField(() => String, {
    description:
      'The print-ready web page, with the patient name: an absolute URL that opens in a browser for 5 minutes, like pdfUrl',
  })
  printUrl(@Parent() handout: Handout, @Ctx() ctx: RequestContext): string {
    return this.handouts.teamUrl(ctx, handout.id, HandoutFormat.HTML);
  }

  @ResolveField(() => [HandoutLink], { ...costsAs(20), description: 'Newest first' })
  links(@Parent() handout: Handout, @Ctx() ctx: RequestContext): Promise<HandoutLink[]> {
    return this.handouts.links(ctx, handout.id);
  }

  // Nullable so that a refused page errors on this field alone, the handout's others survive.
  @ResolveField(() => HandoutAccessConnection, {
    nullable: true,
    description:
      'Every opening, newest first; pages forward (first, after) and back (last, before); null with an error when the arguments are refused',
    ...pageCost(ACCESS_LOG_PAGE),
  })
  accessLog(
    @Parent() handout: Handout,
    @Ctx() ctx: RequestContext,
    @Args() page: AccessLogArgs,
  ): Promise<Connection<HandoutAccess>> {
    return this.handouts.accessLog(ctx, handout.id, page);
  }

  @ResolveField(() => [HandoutAccess], {
    ...costsAs(20),
    description: 'Every opening, newest first',
    deprecationReason: 'Use accessLog, a connection (first, after)',
  })
  accesses(
    @Parent() handout: Handout,
    @Ctx() ctx: RequestContext,
    @Args('first', {
      type: () => Int,
      defaultValue: 50,
      description: 'How many, 1-500 (outside that range, the nearest)',
    })
    first: number,
  ): Promise<HandoutAccess[]> {
    return this.handouts.accesses(ctx, handout.id, Math.min(Math.max(first, 1), 500));
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
