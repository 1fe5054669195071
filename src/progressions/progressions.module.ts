import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { Progression } from './progression.entity.js';
import { ProgressionRepository } from './progression.repository.js';
import { ExerciseProgressionsResolver, ProgressionsResolver } from './progressions.resolver.js';
import { ProgressionsService } from './progressions.service.js';

@Module({
  // forFeature registers the entity with the data source (autoLoadEntities).
  imports: [TypeOrmModule.forFeature([Progression]), ExercisesModule, AuditModule],
  providers: [
    ProgressionRepository,
    ProgressionsService,
    ProgressionsResolver,
    ExerciseProgressionsResolver,
  ],
  exports: [ProgressionsService],
})
export class ProgressionsModule {}
