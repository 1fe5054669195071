import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { Ctx, RequestContext } from '../common/context/request-context.js';
import { GracefulShutdown } from '../common/observability/graceful-shutdown.js';
import { HealthRepository } from './health.repository.js';

/** No rule to hold, so no service: the controller asks the repository directly. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthRepository,
    private readonly shutdown: GracefulShutdown,
  ) {}

  /** Liveness: the process is up and serving HTTP. */
  @Get()
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /**
   * Readiness: the database answers and the process is not stopping. 503 otherwise, so a
   * balancer stops routing here (on SIGTERM, before the listener closes: see GracefulShutdown).
   */
  @Get('ready')
  async ready(@Ctx() ctx: RequestContext): Promise<{ status: string; database?: string }> {
    if (this.shutdown.draining) {
      throw new ServiceUnavailableException({ status: 'stopping' });
    }
    try {
      await this.health.ping(ctx);
      return { status: 'ok', database: 'up' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    }
  }
}
