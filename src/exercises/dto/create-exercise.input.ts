import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsEquipmentList, IsTempo } from '../exercise.rules.js';
import {
  BodyPosition,
  BodyRegion,
  Equipment,
  LoadKind,
  Muscle,
  Plane,
  RunningFocus,
  Stance,
  TempoIntent,
} from '../vocabulary.js';
import { LoadIntensityInput } from './load-intensity.input.js';
import { PrescriptionInput } from './prescription.input.js';

const TEXT = 2000;
const LIST = 30;

/** An optional list of short texts (cues, mistakes, precautions): none when left out. */
const OptionalTextList = () =>
  applyDecorators(
    Field(() => [String], { nullable: true, description: 'Defaults to none' }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(LIST),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(TEXT, { each: true }),
  );

/**
 * Every facet of an exercise: what createExercise takes (and, each optional, updateExercise),
 * and the shape of a seed record.
 */
@InputType({ isAbstract: true })
export class ExerciseFields {
  @Field(() => String, {
    nullable: true,
    description:
      'Lower-case words joined by hyphens, unique: single-leg-glute-bridge. Left out on create: made from the name, with -2, -3... when taken',
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters and digits joined by single hyphens',
  })
  @MaxLength(80)
  slug?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @Field(() => [String], { nullable: true, description: 'Defaults to none' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  aliases?: string[];

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  summary: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Instruction steps in order; a draft may wait for them',
  })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(LIST)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TEXT, { each: true })
  steps?: string[] | null;

  @OptionalTextList()
  cues?: string[];

  @OptionalTextList()
  mistakes?: string[];

  @OptionalTextList()
  precautions?: string[];

  // Planes, stance, position and tempo may wait while the exercise is a draft; the workflow
  // requires them before review.
  @Field(() => [Plane], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Plane, { each: true })
  planes?: Plane[] | null;

  @Field(() => Stance, { nullable: true })
  @IsOptional()
  @IsEnum(Stance)
  stance?: Stance | null;

  @Field(() => BodyPosition, { nullable: true })
  @IsOptional()
  @IsEnum(BodyPosition)
  position?: BodyPosition | null;

  @Field(() => String, {
    nullable: true,
    description: 'E-P-C-P seconds, X = as fast as possible (e.g. 3-1-X-0); optional for ISOMETRIC',
  })
  @IsTempo()
  tempo?: string | null;

  @Field(() => TempoIntent, { nullable: true })
  @IsOptional()
  @IsEnum(TempoIntent)
  tempoIntent?: TempoIntent | null;

  @Field(() => LoadKind)
  @IsEnum(LoadKind)
  loadKind: LoadKind;

  @Field(() => [Equipment], { nullable: true, description: 'Defaults to [NONE]' })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Equipment, { each: true })
  @IsEquipmentList()
  equipment?: Equipment[];

  @Field(() => LoadIntensityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LoadIntensityInput)
  intensity?: LoadIntensityInput | null;

  @Field(() => [BodyRegion])
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(BodyRegion, { each: true })
  regions: BodyRegion[];

  @Field(() => [Muscle])
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Muscle, { each: true })
  primaryMuscles: Muscle[];

  @Field(() => [Muscle], { nullable: true, description: 'Defaults to none' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(Muscle, { each: true })
  secondaryMuscles?: Muscle[];

  @Field(() => [RunningFocus])
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(RunningFocus, { each: true })
  focus: RunningFocus[];

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  difficulty: number;

  @Field(() => PrescriptionInput)
  @ValidateNested()
  @Type(() => PrescriptionInput)
  prescription: PrescriptionInput;
}

/** A new exercise, which starts as a DRAFT. */
@InputType()
export class CreateExerciseInput extends ExerciseFields {
  @Field(() => String, { nullable: true, description: 'Why, for the history' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}
