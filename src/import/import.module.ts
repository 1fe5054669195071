import { Module } from '@nestjs/common';
import { ExerciseCurationModule } from '../exercises/exercise-curation.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { MediaModule } from '../media/media.module.js';
import { ImportResolver } from './import.resolver.js';
import { ImporterService } from './importer.service.js';

@Module({
  imports: [ExercisesModule, ExerciseCurationModule, MediaModule],
  providers: [ImporterService, ImportResolver],
  exports: [ImporterService],
})
export class ImportModule {}
