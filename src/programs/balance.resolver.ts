import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '../common/access/viewer.js';
import { ProgramBalance, ProgramBalanceArgs } from './balance.models.js';
import { BalanceService } from './balance.service.js';

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
    @CurrentViewer() viewer: Viewer,
  ): Promise<ProgramBalance> {
    return this.balance.analyse(
      items.map((item) => item.exerciseId),
      viewer,
    );
  }
}
