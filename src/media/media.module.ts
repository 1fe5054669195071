import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ExercisesModule } from '../exercises/exercises.module.js';
import { MediaChecker } from './media-check.js';
import { MediaConfig } from '../common/config/media.config.js';
import { MediaController } from './media.controller.js';
import { Media } from './media.entity.js';
import { MediaRepository } from './media.repository.js';
import { ExerciseMediaResolver, MediaResolver } from './media.resolver.js';
import { MediaService } from './media.service.js';
import { MEDIA_STORAGE, type MediaStorage, storageFor } from './storage.js';
import { CuratorGuard } from './curator.guard.js';
import { ImageUploadInterceptor } from './image-upload.interceptor.js';

/**
 * Exercise pictures and videos: uploads and files over HTTP (MediaController), lists and video
 * links over GraphQL. MediaService.publishProblems tells the workflow what blocks publishing.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Media]), ExercisesModule, AuditModule, AuthModule],
  controllers: [MediaController],
  providers: [
    { provide: MEDIA_STORAGE, inject: [MediaConfig], useFactory: storageFor },
    MediaRepository,
    MediaService,
    MediaChecker,
    MediaResolver,
    ExerciseMediaResolver,
    CuratorGuard,
    ImageUploadInterceptor,
  ],
  exports: [MediaService, MediaChecker, MEDIA_STORAGE],
})
export class MediaModule implements OnApplicationShutdown {
  constructor(
    private readonly config: MediaConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  onApplicationShutdown(): void {
    this.storage.close?.();
    this.config.cleanup();
  }
}
