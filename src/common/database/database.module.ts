import { Global, Module } from '@nestjs/common';
import { TransactionalConnection } from './transactional-connection.js';

/** Gives every feature module the one TransactionalConnection. */
@Global()
@Module({
  providers: [TransactionalConnection],
  exports: [TransactionalConnection],
})
export class DatabaseModule {}
