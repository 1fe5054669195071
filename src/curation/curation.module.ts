import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { MediaModule } from '../media/media.module.js';
import { CurationResolver } from './curation.resolver.js';
import { CurationService } from './curation.service.js';
import { Revision } from './revision.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Revision]),
    ExercisesModule,
    AuditModule,
    AuthModule,
    MediaModule,
  ],
  providers: [CurationService, CurationResolver],
  exports: [CurationService],
})
export class CurationModule {}
