import { InputType, PartialType } from '@nestjs/graphql';
import { CreateExerciseInput } from './create-exercise.input.js';

/** Only the fields sent change; the rest keep their current value. */
@InputType()
export class UpdateExerciseInput extends PartialType(CreateExerciseInput, {
  decorator: InputType,
  skipNullProperties: false,
}) {}
