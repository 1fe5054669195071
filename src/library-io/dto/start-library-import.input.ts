import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType({ description: 'Which free-exercise-db exercises.json to import in the background' })
export class StartLibraryImportInput {
  @Field({ description: 'A path inside IMPORT_DIR, e.g. free-exercise-db/dist/exercises.json' })
  @IsString()
  @MaxLength(500)
  path: string;
}
