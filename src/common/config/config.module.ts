import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config.js';
import { MediaConfig } from './media.config.js';

/** Makes the validated AppConfig, and each of its sections, injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: MediaConfig, useValue: config.media },
      ],
      exports: [AppConfig, MediaConfig],
    };
  }
}
