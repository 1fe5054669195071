import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { BalanceGap } from './balance-gap.model.js';
import { FacetShare } from './facet-share.model.js';

@ObjectType({
  description:
    'How a program spreads over planes, stance, tempo intent and load, and what it is missing',
})
export class ProgramBalance {
  @Field(() => Int, { description: 'Items analysed; an exercise listed twice counts twice' })
  exerciseCount: number;

  @Field(() => Float, { nullable: true, description: 'Null for an empty program' })
  medianDifficulty: number | null;

  @Field(() => [FacetShare], { description: 'Every Plane; a multiplanar exercise counts in each' })
  planes: FacetShare[];

  @Field(() => [FacetShare], { description: 'Every Stance' })
  stances: FacetShare[];

  @Field(() => [FacetShare], { description: 'Every TempoIntent' })
  tempoIntents: FacetShare[];

  @Field(() => [FacetShare], { description: 'Every LoadKind' })
  loadKinds: FacetShare[];

  @Field(() => [BalanceGap], { description: 'Highest priority first; none for an empty program' })
  gaps: BalanceGap[];

  @Field({ description: 'The analysis in one line' })
  summary: string;
}
