import { Module } from '@nestjs/common';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { LibrarySeeder } from './library-seeder.js';

@Module({
  imports: [ExercisesModule],
  providers: [LibrarySeeder],
  exports: [LibrarySeeder],
})
export class SeedingModule {}
