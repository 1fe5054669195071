import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { ExerciseTranslation } from './exercise-translation.entity.js';
import { TranslationRepository } from './translation.repository.js';
import { ExerciseTranslationsResolver, TranslationsResolver } from './translations.resolver.js';
import { TranslationsService } from './translations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ExerciseTranslation]), ExercisesModule, AuditModule],
  providers: [
    TranslationRepository,
    TranslationsService,
    TranslationsResolver,
    ExerciseTranslationsResolver,
  ],
  exports: [TranslationsService],
})
export class TranslationsModule {}
