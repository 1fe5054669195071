import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { BalanceService } from './balance.service.js';
import { ProgramBalanceArgs } from './dto/program-balance.args.js';
import { ProgramBalance } from './models/program-balance.model.js';

@Resolver()
export class BalanceResolver {
  constructor(private readonly balance: BalanceService) {}

  /**
   * Open to every viewer, like reading exercises: the program may only name exercises the viewer
   * can see (anything else is NOT_FOUND), and suggestions are always published exercises.
   */
  @Query(() => ProgramBalance, {
    description:
      'How a program spreads over planes, stance, tempo intent and load, its gaps for a runner, and published exercises that would fill them. An empty list is a valid, empty program.',
  })
  programBalance(
    @Args() { items }: ProgramBalanceArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgramBalance> {
    return this.balance.analyse(
      ctx,
      items.map((item) => item.exerciseId),
    );
  }
}
