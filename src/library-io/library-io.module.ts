import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ExerciseCurationModule } from '../exercises/exercise-curation.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { MediaModule } from '../media/media.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { ProgressionsModule } from '../progressions/progressions.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { FreeExerciseDbImporter } from './free-exercise-db-importer.service.js';
import { ImportResolver } from './import.resolver.js';
import { LibraryExportController } from './library-export.controller.js';
import { LibraryExporter } from './library-exporter.service.js';
import { LibraryImportRepository } from './library-import.repository.js';
import { LibraryImportResolver } from './library-import.resolver.js';
import { LibraryImports } from './library-imports.service.js';
import { LibrarySeeder } from './library-seeder.service.js';

/**
 * The library in and out of files: the team's seed folder (and exports in the same layout) and
 * free-exercise-db's exercises.json, run in the background from the console (library_import keeps
 * each run's progress), and the export as a zip over HTTP. Each part of the library is read and
 * written through the service of the module that owns it.
 */
@Module({
  imports: [
    AuditModule,
    AuthModule,
    ExercisesModule,
    ExerciseCurationModule,
    ProgressionsModule,
    MediaModule,
    TranslationsModule,
    ProgramsModule,
  ],
  controllers: [LibraryExportController],
  providers: [
    LibrarySeeder,
    LibraryExporter,
    FreeExerciseDbImporter,
    ImportResolver,
    LibraryImportRepository,
    LibraryImports,
    LibraryImportResolver,
  ],
  exports: [LibrarySeeder, LibraryExporter, FreeExerciseDbImporter],
})
export class LibraryIoModule {}
