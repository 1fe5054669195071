import { Module } from '@nestjs/common';
import { CONSOLE_DIR, CONSOLE_FILES } from './console-files.js';
import { ConsoleController } from './console.controller.js';

/** The clinic console's built files at /console (console/ in the repository). */
@Module({
  controllers: [ConsoleController],
  providers: [{ provide: CONSOLE_FILES, useValue: CONSOLE_DIR }],
})
export class ConsoleModule {}
