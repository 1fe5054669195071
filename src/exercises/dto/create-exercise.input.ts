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
/** Reviewer notes: a few study references and a paragraph of reasoning. */
export const NOTES = 4000;

/** An optional list of short texts (cues, mistakes, precautions): none when left out. */
const OptionalTextList = (description: string) =>
  applyDecorators(
    Field(() => [String], { nullable: true, description: `${description}. Left out: none` }),
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
      'Lower-case words joined by hyphens, unique: single-leg-glute-bridge. Left out: made from the name, with -2, -3... when taken',
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters and digits joined by single hyphens',
  })
  @MaxLength(80)
  slug?: string | null;

  @Field({ description: 'The name clinicians and patients know it by, 1-120 characters' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names it is searched by, each unique, at most 30. Left out: none',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  aliases?: string[];

  @Field({ description: 'One line on what it is and what it is for' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  summary: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Instruction steps, in order, at most 30. Left out: none yet (a draft may wait for them; review needs at least one)',
  })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(LIST)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TEXT, { each: true })
  steps?: string[] | null;

  @OptionalTextList('Coaching cues, at most 30')
  cues?: string[];

  @OptionalTextList('Common mistakes to watch for, at most 30')
  mistakes?: string[];

  @OptionalTextList('When to stop or make it easier, at most 30')
  precautions?: string[];

  @Field(() => String, {
    nullable: true,
    description: `Notes for the clinic’s own reviewers, at most ${NOTES} characters: the study behind a dose or a claim (author, year, short title), clinical reasoning. Never printed on a handout. Left out: none`,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTES)
  clinicalNotes?: string | null;

  // Planes, stance, position and tempo may wait while the exercise is a draft; the workflow
  // requires them before review.
  @Field(() => [Plane], {
    nullable: true,
    description:
      'The planes it moves in or resists, each once. Left out: none yet (needed for review)',
  })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Plane, { each: true })
  planes?: Plane[] | null;

  @Field(() => Stance, {
    nullable: true,
    description: 'Its base of support. Left out: none yet (needed for review)',
  })
  @IsOptional()
  @IsEnum(Stance)
  stance?: Stance | null;

  @Field(() => BodyPosition, {
    nullable: true,
    description: 'The position it is done in. Left out: none yet (needed for review)',
  })
  @IsOptional()
  @IsEnum(BodyPosition)
  position?: BodyPosition | null;

  @Field(() => String, {
    nullable: true,
    description:
      'E-P-C-P seconds, X = as fast as possible (e.g. 3-1-X-0). Required once tempoIntent is set, unless it is ISOMETRIC or STRETCH (a hold)',
  })
  @IsTempo()
  tempo?: string | null;

  @Field(() => TempoIntent, {
    nullable: true,
    description: 'The speed it trains. Left out: none yet (needed for review)',
  })
  @IsOptional()
  @IsEnum(TempoIntent)
  tempoIntent?: TempoIntent | null;

  @Field(() => LoadKind, { description: 'What resists the movement' })
  @IsEnum(LoadKind)
  loadKind: LoadKind;

  @Field(() => [Equipment], {
    nullable: true,
    description: 'What the patient needs, each once; NONE stands alone. Left out: [NONE]',
  })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Equipment, { each: true })
  @IsEquipmentList()
  equipment?: Equipment[];

  @Field(() => LoadIntensityInput, {
    nullable: true,
    description: 'How hard the load is, on one scale. Left out: none',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LoadIntensityInput)
  intensity?: LoadIntensityInput | null;

  @Field(() => [BodyRegion], {
    description: 'The body regions it targets: at least one, each once',
  })
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(BodyRegion, { each: true })
  regions: BodyRegion[];

  @Field(() => [Muscle], { description: 'The muscles it mainly works: at least one, each once' })
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Muscle, { each: true })
  primaryMuscles: Muscle[];

  @Field(() => [Muscle], {
    nullable: true,
    description: 'Muscles it works less, each once. Left out: none',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(Muscle, { each: true })
  secondaryMuscles?: Muscle[];

  @Field(() => [RunningFocus], {
    description: 'The injuries it serves and qualities it trains: at least one, each once',
  })
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(RunningFocus, { each: true })
  focus: RunningFocus[];

  @Field(() => Int, { description: '1 (easiest) to 5: a progression never leads to an easier one' })
  @IsInt()
  @Min(1)
  @Max(5)
  difficulty: number;

  @Field(() => PrescriptionInput, {
    description: 'What a handout starts from when the exercise is prescribed',
  })
  @ValidateNested()
  @Type(() => PrescriptionInput)
  prescription: PrescriptionInput;
}

/** A new exercise, which starts as a DRAFT. */
@InputType({
  description:
    'A new exercise, saved as a DRAFT (revision 1). Planes, stance, position, tempo intent and steps may wait: the exercise then waits in the tagging queue (they are needed before review)',
})
export class CreateExerciseInput extends ExerciseFields {
  @Field(() => String, {
    nullable: true,
    description: 'Why, for the history; left out: "Created"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string | null;
}
