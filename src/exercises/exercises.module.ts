import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Exercise } from './exercise.entity.js';
import { ExerciseRepository } from './exercise.repository.js';
import { ExercisesResolver } from './exercises.resolver.js';
import { ExercisesService } from './exercises.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Exercise])],
  providers: [ExerciseRepository, ExercisesService, ExercisesResolver],
  exports: [ExercisesService],
})
export class ExercisesModule {}
