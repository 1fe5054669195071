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
  @ObjectType(`${name}Count`)
  class Count {
    @Field(value)
    value: string | number;

    @Field(() => Int)
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
@ObjectType()
export class ExerciseFacets {
  @Field(() => Int)
  total: number;

  @Field(() => [PlaneCount])
  planes: Count[];

  @Field(() => [StanceCount])
  stance: Count[];

  @Field(() => [PositionCount])
  position: Count[];

  @Field(() => [TempoIntentCount])
  tempoIntent: Count[];

  @Field(() => [LoadKindCount])
  loadKind: Count[];

  @Field(() => [EquipmentCount])
  equipment: Count[];

  @Field(() => [RegionCount])
  region: Count[];

  @Field(() => [FocusCount])
  focus: Count[];

  @Field(() => [DifficultyCount])
  difficulty: Count[];
}
