import {
  ArrayNotEmpty,
  IsEnum,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ProgressionDimension, ProgressionKind } from '../../progressions/vocabulary.js';

/** A record of seeds/progressions.json: an edge between two exercises, named by slug. */
export class SeedProgression {
  @Matches(/^[a-z0-9-]+$/)
  from: string;

  @Matches(/^[a-z0-9-]+$/)
  to: string;

  @IsEnum(ProgressionKind)
  kind: ProgressionKind;

  @ArrayNotEmpty()
  @IsEnum(ProgressionDimension, { each: true })
  changes: ProgressionDimension[];

  @IsString()
  @MaxLength(500)
  criterion: string;

  @IsInt()
  @Min(0)
  @Max(1000)
  order: number;
}
