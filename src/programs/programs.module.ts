import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';

/** Program templates (protocols) and the balance analysis of any list of prescribed exercises. */
@Module({
  imports: [TypeOrmModule.forFeature([]), ExercisesModule, AuditModule],
  providers: [],
  exports: [],
})
export class ProgramsModule {}
