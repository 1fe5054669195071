import { AuditModule } from '../audit/audit.module.js';
import { Module } from '@nestjs/common';
import { ExerciseCurationModule } from '../exercises/exercise-curation.module.js';
import { MediaModule } from '../media/media.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { ProgressionsModule } from '../progressions/progressions.module.js';
import { LibraryExporter } from './library-exporter.js';
import { LibrarySeeder } from './library-seeder.js';

@Module({
  imports: [ExercisesModule, ProgressionsModule, ExerciseCurationModule, MediaModule, AuditModule],
  providers: [LibrarySeeder, LibraryExporter],
  exports: [LibrarySeeder, LibraryExporter],
})
export class SeedingModule {}
