import { Field, Int, ObjectType, type ReturnTypeFunc } from '@nestjs/graphql';
import {
  BodyPosition,
  BodyRegion,
  Equipment,
  LoadKind,
  Plane,
  RunningFocus,
  Stance,
  TempoIntent,
} from '../../exercises/vocabulary.js';

/** `<Name>Count { value, count }` for one facet's values. */
function FacetCount(name: string, value: ReturnTypeFunc) {
  @ObjectType(`${name}Count`, { description: 'How many exercises carry one value of a facet' })
  class Count {
    @Field(value, { description: 'The facet’s value' })
    value: string | number;

    @Field(() => Int, {
      description: 'How many exercises matching the filter (and query) carry it; 0 included',
    })
    count: number;
  }
  return Count;
}

const PlaneCount = FacetCount('Plane', () => Plane);
const StanceCount = FacetCount('Stance', () => Stance);
const PositionCount = FacetCount('BodyPosition', () => BodyPosition);
const TempoIntentCount = FacetCount('TempoIntent', () => TempoIntent);
const LoadKindCount = FacetCount('LoadKind', () => LoadKind);
const EquipmentCount = FacetCount('Equipment', () => Equipment);
const RegionCount = FacetCount('BodyRegion', () => BodyRegion);
const FocusCount = FacetCount('RunningFocus', () => RunningFocus);
const DifficultyCount = FacetCount('Difficulty', () => Int);

export interface Count {
  value: string | number;
  count: number;
}

/** For filter UIs: every value of every facet with how many exercises match it (0 included). */
@ObjectType({
  description:
    'For filter UIs: every value of every facet with how many exercises match it (0 included)',
})
export class ExerciseFacets {
  @Field(() => Int, { description: 'How many exercises match the filter (and query)' })
  total: number;

  @Field(() => [PlaneCount], {
    description: 'Per plane of motion (a multiplanar exercise counts in each)',
  })
  planes: Count[];

  @Field(() => [StanceCount], { description: 'Per stance' })
  stance: Count[];

  @Field(() => [PositionCount], { description: 'Per body position' })
  position: Count[];

  @Field(() => [TempoIntentCount], { description: 'Per tempo intent' })
  tempoIntent: Count[];

  @Field(() => [LoadKindCount], { description: 'Per load kind' })
  loadKind: Count[];

  @Field(() => [EquipmentCount], { description: 'Per piece of equipment' })
  equipment: Count[];

  @Field(() => [RegionCount], { description: 'Per body region' })
  region: Count[];

  @Field(() => [FocusCount], { description: 'Per running focus' })
  focus: Count[];

  @Field(() => [DifficultyCount], { description: 'Per difficulty, 1 to 5' })
  difficulty: Count[];
}
