import { IsEnum } from 'class-validator';
import { ExerciseFields } from '../../exercises/dto/create-exercise.input.js';
import { ExerciseStatus } from '../../exercises/vocabulary.js';

/** A record of seeds/exercises/*.json: an exercise input plus the status it is published with. */
export class SeedExercise extends ExerciseFields {
  /** Seeds name their slug (a re-seed finds the exercise by it); readExercises checks it is there. */
  declare slug: string;

  @IsEnum(ExerciseStatus)
  status: ExerciseStatus;
}
