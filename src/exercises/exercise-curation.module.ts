import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { MediaModule } from '../media/media.module.js';
import { ExerciseCurationResolver } from './exercise-curation.resolver.js';
import { ExerciseCurationService } from './exercise-curation.service.js';
import { ExerciseRevisionsResolver } from './exercise-revisions.resolver.js';
import { ExerciseRepository } from './exercise.repository.js';
import { Revision } from './revision.entity.js';
import { RevisionRepository } from './revision.repository.js';

/**
 * The write side of the exercise: edits, the workflow, revisions. A module of its own beside
 * ExercisesModule because publishing asks media (every picture credited) while media asks the
 * catalogue about exercises: one module would make the two import each other.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Revision]), AuditModule, AuthModule, MediaModule],
  providers: [
    ExerciseRepository,
    RevisionRepository,
    ExerciseCurationService,
    ExerciseCurationResolver,
    ExerciseRevisionsResolver,
  ],
  exports: [ExerciseCurationService],
})
export class ExerciseCurationModule {}
