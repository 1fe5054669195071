import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { Exercise } from '../exercises/exercise.entity.js';
import { BalanceFacet, GapPriority } from './balance.js';
import { ProgramItemInput } from './program-item.js';
import { MAX_PROGRAM_ITEMS } from './program-exercises.js';

registerEnumType(BalanceFacet, {
  name: 'BalanceFacet',
  description: 'The exercise facets a program is balanced over',
});

registerEnumType(GapPriority, {
  name: 'GapPriority',
  description: 'How much a gap matters for a runner, HIGH first',
});

@ArgsType()
export class ProgramBalanceArgs {
  @Field(() => [ProgramItemInput], {
    description: `The program in order, at most ${MAX_PROGRAM_ITEMS} items; an exercise may appear more than once`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_PROGRAM_ITEMS, {
    message: `items holds at most ${MAX_PROGRAM_ITEMS} exercises`,
  })
  @ValidateNested({ each: true })
  @Type(() => ProgramItemInput)
  items: ProgramItemInput[];
}

@ObjectType({ description: "One value of a facet and how many of the program's items carry it" })
export class FacetShare {
  @Field({ description: 'A value of the vocabulary (Plane, Stance, TempoIntent or LoadKind)' })
  value: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float, {
    description: 'count / exerciseCount; plane shares can add up to more than 1 (multiplanar)',
  })
  share: number;
}

@ObjectType({ description: 'Something a runner needs that the program lacks' })
export class BalanceGap {
  @Field(() => BalanceFacet)
  facet: BalanceFacet;

  @Field(() => [String], { description: 'Values of the facet, any one of which fills the gap' })
  missing: string[];

  @Field(() => GapPriority)
  priority: GapPriority;

  @Field({ description: 'Why it matters, for the clinician' })
  reason: string;

  @Field(() => [Exercise], {
    description:
      'Up to 3 published exercises with a missing value, not in the program, within one level of its median difficulty; closest difficulty first, then most body regions and running focus shared with the program, then name',
  })
  suggestions: Exercise[];
}

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
