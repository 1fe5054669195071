import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDifficultyMin } from '../exercise.rules.js';
import {
  BodyPosition,
  BodyRegion,
  Equipment,
  ExerciseStatus,
  LoadKind,
  Muscle,
  Plane,
  RunningFocus,
  Stance,
  TempoIntent,
} from '../vocabulary.js';

/**
 * Facet filters, all combined with AND. A list means "any of these values"; an empty or absent
 * list does not filter.
 */
@InputType({
  description:
    'Facet filters, all combined with AND. A list matches any of its values; an empty or absent list does not filter',
})
export class ExerciseFilter {
  @Field(() => [Plane], { nullable: true, description: 'Moves in at least one of these planes' })
  @IsOptional()
  @IsEnum(Plane, { each: true })
  planesAny?: Plane[];

  @Field(() => [Plane], { nullable: true, description: 'Moves in every one of these planes' })
  @IsOptional()
  @IsEnum(Plane, { each: true })
  planesAll?: Plane[];

  @Field(() => [Stance], { nullable: true, description: 'Has one of these stances' })
  @IsOptional()
  @IsEnum(Stance, { each: true })
  stance?: Stance[];

  @Field(() => [BodyPosition], { nullable: true, description: 'Is done in one of these positions' })
  @IsOptional()
  @IsEnum(BodyPosition, { each: true })
  position?: BodyPosition[];

  @Field(() => [TempoIntent], { nullable: true, description: 'Trains one of these tempo intents' })
  @IsOptional()
  @IsEnum(TempoIntent, { each: true })
  tempoIntent?: TempoIntent[];

  @Field(() => [LoadKind], { nullable: true, description: 'Has one of these load kinds' })
  @IsOptional()
  @IsEnum(LoadKind, { each: true })
  loadKind?: LoadKind[];

  @Field(() => [Equipment], { nullable: true, description: 'Uses at least one of these' })
  @IsOptional()
  @IsEnum(Equipment, { each: true })
  equipment?: Equipment[];

  @Field(() => [BodyRegion], {
    nullable: true,
    description: 'Targets at least one of these body regions',
  })
  @IsOptional()
  @IsEnum(BodyRegion, { each: true })
  region?: BodyRegion[];

  @Field(() => [Muscle], { nullable: true, description: 'Among the primary muscles' })
  @IsOptional()
  @IsEnum(Muscle, { each: true })
  muscle?: Muscle[];

  @Field(() => [RunningFocus], {
    nullable: true,
    description: 'Serves or trains at least one of these',
  })
  @IsOptional()
  @IsEnum(RunningFocus, { each: true })
  focus?: RunningFocus[];

  @Field(() => Int, { nullable: true, description: 'At least this difficulty, 1-5' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  @IsDifficultyMin()
  difficultyMin?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this difficulty, 1-5 (not below difficultyMin)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  difficultyMax?: number;

  @Field(() => [ExerciseStatus], {
    nullable: true,
    description: 'Defaults to every status except ARCHIVED',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(ExerciseStatus, { each: true })
  status?: ExerciseStatus[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only drafts still lacking planes, stance, position or tempo',
  })
  @IsOptional()
  @IsBoolean()
  needsTagging?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive substring of the name, an alias or the summary',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}
