import { ArgsType, Field, Float, Int, ObjectType, type ReturnTypeFunc } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs, PageInfo } from '../common/pagination/connection.js';
import { Exercise } from '../exercises/exercise.entity.js';
import { ExerciseFilter } from '../exercises/dto/exercise-filter.input.js';
import {
  BodyPosition,
  BodyRegion,
  Equipment,
  LoadKind,
  Plane,
  RunningFocus,
  Stance,
  TempoIntent,
} from '../exercises/vocabulary.js';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words to look for; misspelt exercise names still match' })
  @IsString()
  @Matches(/\S/, { message: 'query must not be blank' })
  @MaxLength(200)
  query: string;

  @Field(() => ExerciseFilter, { nullable: true, description: 'Status defaults to PUBLISHED' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseFilter)
  filter?: ExerciseFilter | null;
}

@ArgsType()
export class FacetArgs {
  @Field(() => ExerciseFilter, { nullable: true, description: 'Status defaults to PUBLISHED' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExerciseFilter)
  filter?: ExerciseFilter | null;

  @Field(() => String, { nullable: true, description: 'Count within the results of this search' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string | null;
}

@ObjectType('ExerciseSearchEdge')
export class SearchEdge {
  @Field()
  cursor: string;

  @Field(() => Float, { description: 'Relevance: higher is better' })
  score: number;

  @Field(() => Exercise)
  node: Exercise;
}

@ObjectType('ExerciseSearchConnection', { description: 'Search results, best first' })
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];

  @Field(() => [Exercise])
  nodes: Exercise[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Matches across all pages (costs one more query)' })
  totalCount: Promise<number>;
}

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
