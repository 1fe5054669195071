import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDose, IsOptionalTempo } from '../../exercises/exercise.rules.js';
import { MAX_PROGRAM_ITEMS } from '../../exercises/exercises.service.js';
import { Side } from '../program-item.js';

/**
 * One prescribed exercise of a program template or a handout: what to do, how much and how
 * often. A set is counted in exactly one of reps, holdSeconds, distanceMetres and durationSeconds
 * (exercises/dose.ts). Tempo, load and perSide left out mean "as in the library".
 */
@InputType({
  description:
    'One prescribed exercise of a program: what to do, how much and how often. Exactly one of reps and holdSeconds; tempo and load left out mean "as in the library"',
})
export class ProgramItemInput {
  @Field(() => ID, {
    description:
      'A published exercise (programBalance also takes drafts from clinicians and admins)',
  })
  @IsUUID('all', { message: 'exerciseId must be a UUID' })
  exerciseId: string;

  @Field(() => Int, { description: 'Sets per session, 1-20' })
  @IsInt()
  @Min(1)
  @Max(20)
  sets: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Repetitions per set, 1-100. Exactly one of reps, holdSeconds, distanceMetres and durationSeconds',
  })
  @IsDose()
  reps?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds a position is held still per set, 1-600',
  })
  @IsDose()
  holdSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Metres covered per set, 1-1000: "3 × 20 m" of A-skips',
  })
  @IsDose()
  distanceMetres?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds of continuous work per set, 1-1800: "3 × 30 s" of shuffles',
  })
  @IsDose()
  durationSeconds?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Done one side at a time, the dose being each side\'s (printed "each side" when side is BOTH); the exercise\'s own perSide when left out',
  })
  @IsOptional()
  @IsBoolean({ message: 'perSide must be true or false' })
  perSide?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "E-P-C-P, e.g. 3-1-1-0; the exercise's tempo when left out",
  })
  @IsOptionalTempo()
  tempo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What to hold or wear and how heavy, in words: "8 kg dumbbell", "red band"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  load?: string | null;

  @Field(() => Int, { description: 'Sessions a week, 1-14' })
  @IsInt()
  @Min(1)
  @Max(14)
  sessionsPerWeek: number;

  @Field(() => Side, { nullable: true, description: 'Defaults to BOTH' })
  @IsOptional()
  @IsEnum(Side)
  side?: Side | null;

  @Field(() => Int, { nullable: true, description: 'Rest between sets, seconds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  restSeconds?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'For the patient, e.g. "3 s up, 3 s down" or "use a rail for balance"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;
}

/**
 * The ordered items of a program (a template's, a handout's): one to MAX_PROGRAM_ITEMS, each
 * validated. `leftOut` says what leaving them out means, for an optional list.
 */
export const ProgramItems = (options: { required: boolean; leftOut?: string }) =>
  applyDecorators(
    Field(() => [ProgramItemInput], {
      nullable: !options.required,
      description: `The exercises in order, 1-${MAX_PROGRAM_ITEMS}${options.leftOut ? `; ${options.leftOut}` : ''}`,
    }),
    ...(options.required ? [] : [IsOptional()]),
    IsArray(),
    ArrayNotEmpty({ message: 'items needs at least one exercise' }),
    ArrayMaxSize(MAX_PROGRAM_ITEMS),
    ValidateNested({ each: true }),
    Type(() => ProgramItemInput),
  );
