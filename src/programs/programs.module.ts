import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { BalanceResolver } from './balance.resolver.js';
import { BalanceService } from './balance.service.js';
import { ProgramTemplate, ProgramTemplateItem } from './program-template.entity.js';
import { ProgramTemplateRepository } from './program-template.repository.js';
import {
  ProgramTemplateItemResolver,
  ProgramTemplatesResolver,
} from './program-templates.resolver.js';
import { ProgramTemplatesService } from './program-templates.service.js';

/** Program templates (protocols) and the balance analysis of any list of prescribed exercises. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProgramTemplate, ProgramTemplateItem]),
    ExercisesModule,
    AuditModule,
    AuthModule,
  ],
  providers: [
    ProgramTemplateRepository,
    ProgramTemplatesService,
    ProgramTemplatesResolver,
    ProgramTemplateItemResolver,
    BalanceService,
    BalanceResolver,
  ],
  exports: [ProgramTemplatesService, BalanceService],
})
export class ProgramsModule {}
