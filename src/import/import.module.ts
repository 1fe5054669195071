import { Module } from '@nestjs/common';
import { CurationModule } from '../curation/curation.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { MediaModule } from '../media/media.module.js';
import { ImportResolver } from './import.resolver.js';
import { ImporterService } from './importer.service.js';

@Module({
  imports: [ExercisesModule, CurationModule, MediaModule],
  providers: [ImporterService, ImportResolver],
  exports: [ImporterService],
})
export class ImportModule {}
