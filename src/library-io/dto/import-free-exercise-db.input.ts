import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@InputType({ description: 'Which free-exercise-db exercises.json to import' })
export class ImportFreeExerciseDbInput {
  @Field({ description: 'A path inside IMPORT_DIR, e.g. free-exercise-db/dist/exercises.json' })
  @IsString()
  path: string;
}
