import { Field, ObjectType } from '@nestjs/graphql';
import { Exercise } from '../../exercises/exercise.entity.js';
import { BalanceFacet, GapPriority } from '../balance.js';

@ObjectType({ description: 'Something a runner needs that the program lacks' })
export class BalanceGap {
  @Field(() => BalanceFacet, { description: 'Which facet lacks a value' })
  facet: BalanceFacet;

  @Field(() => [String], { description: 'Values of the facet, any one of which fills the gap' })
  missing: string[];

  @Field(() => GapPriority, { description: 'How much it matters for a runner' })
  priority: GapPriority;

  @Field({ description: 'Why it matters, for the clinician' })
  reason: string;

  @Field(() => [Exercise], {
    description:
      'Up to 3 published exercises with a missing value, not in the program, within one level of its median difficulty; closest difficulty first, then most body regions and running focus shared with the program, then name',
  })
  suggestions: Exercise[];
}
