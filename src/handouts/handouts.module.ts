import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { MediaModule } from '../media/media.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { TranslationsModule } from '../translations/translations.module.js';
import { Handout, HandoutAccess, HandoutLink } from './handout.entity.js';
import { HandoutPrinting } from './handout-printing.js';
import { HandoutRepository } from './handout.repository.js';
import { HandoutsController } from './handouts.controller.js';
import { HandoutLinksResolver, HandoutsResolver } from './handouts.resolver.js';
import { HandoutsService } from './handouts.service.js';
import { PrintPictures } from './print-pictures.js';
import { HandoutRenderer } from './rendering/handout-renderer.js';
import { PdfPrintPool } from './rendering/pdf-print-pool.js';
import { HandoutSnapshotter } from './snapshot.js';

/** Handouts: issuing (frozen snapshots), reissuing, share links, and PDF and print rendering. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Handout, HandoutLink, HandoutAccess]),
    AuditModule,
    AuthModule,
    ExercisesModule,
    MediaModule,
    ProgramsModule,
    TranslationsModule,
  ],
  controllers: [HandoutsController],
  providers: [
    HandoutRepository,
    HandoutsService,
    HandoutSnapshotter,
    HandoutPrinting,
    HandoutRenderer,
    PdfPrintPool,
    PrintPictures,
    HandoutsResolver,
    HandoutLinksResolver,
  ],
})
export class HandoutsModule {}
