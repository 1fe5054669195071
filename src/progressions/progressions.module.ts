import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { Progression } from './progression.entity.js';
import { ProgressionRepository } from './progression.repository.js';
import { ExerciseProgressionsResolver, ProgressionsResolver } from './progressions.resolver.js';
import { ProgressionsService } from './progressions.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Progression]), ExercisesModule, AuditModule],
  providers: [
    ProgressionRepository,
    ProgressionsService,
    ProgressionsResolver,
    ExerciseProgressionsResolver,
  ],
  exports: [ProgressionsService, ProgressionRepository],
})
export class ProgressionsModule {}
