import { Module } from '@nestjs/common';
import { ExerciseCurationModule } from '../exercises/exercise-curation.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { MediaModule } from '../media/media.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { ProgressionsModule } from '../progressions/progressions.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { FreeExerciseDbImporter } from './free-exercise-db-importer.service.js';
import { ImportResolver } from './import.resolver.js';
import { LibraryExporter } from './library-exporter.service.js';
import { LibrarySeeder } from './library-seeder.service.js';

/**
 * The library in and out of files: the team's seed folder (and exports in the same layout) and
 * free-exercise-db's exercises.json. It owns no table: each part is read and written through the
 * service of the module that owns it.
 */
@Module({
  imports: [
    ExercisesModule,
    ExerciseCurationModule,
    ProgressionsModule,
    MediaModule,
    TranslationsModule,
    ProgramsModule,
  ],
  providers: [LibrarySeeder, LibraryExporter, FreeExerciseDbImporter, ImportResolver],
  exports: [LibrarySeeder, LibraryExporter, FreeExerciseDbImporter],
})
export class LibraryIoModule {}
