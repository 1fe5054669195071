import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';

/**
 * The Redis connections of this instance, when REDIS_URL is set; `null` otherwise, and every
 * feature that shares state across instances then keeps it in-process. One connection for
 * commands; subscribers take their own (a subscribed connection can run nothing else).
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly opened: Redis[] = [];
  readonly prefix: string;
  /** Commands (GET, SET, EVAL, PUBLISH…); null without REDIS_URL. */
  readonly client: Redis | null;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    this.prefix = config.REDIS_PREFIX;
    this.client = config.REDIS_URL ? this.open('commands') : null;
  }

  /** A new connection for SUBSCRIBE, closed with the others at shutdown; null without Redis. */
  subscriber(name: string): Redis | null {
    return this.config.REDIS_URL ? this.open(name) : null;
  }

  private open(name: string): Redis {
    const redis = new Redis(this.config.REDIS_URL!, {
      connectionName: `${this.prefix}${name}`,
      // Fail a command at once while Redis is away, rather than queueing requests behind it.
      maxRetriesPerRequest: 1,
      enableOfflineQueue: true,
      lazyConnect: false,
    });
    // Logged, never thrown: ioredis reconnects by itself. (The URL may hold a password.)
    redis.on('error', (err: Error) => this.logger.warn(`${name}: ${err.message}`));
    this.opened.push(redis);
    return redis;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.opened.map((redis) => redis.quit().catch(() => redis.disconnect())));
  }
}

@Global()
@Module({ providers: [RedisConnections], exports: [RedisConnections] })
export class RedisModule {}
