import { Controller, Get, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';
import { LiveEmitter } from '../live/live-emitter';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEmitter,
  ) {}

  /**
   * For load balancers and operators: 200 when the database answers, 503 when it does not.
   * With Redis configured it also says whether live events reach other instances; without them
   * the API still serves (`status: degraded`, still 200), so a Redis outage takes no instance
   * out of the load balancer.
   */
  @Get()
  @Public()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const live = this.live.state();
    const liveEvents =
      live === 'local' ? {} : { liveEvents: live === 'connected' ? 'connected' : 'unavailable' };
    try {
      await this.dataSource.query('SELECT 1');
      const status = live === 'unavailable' ? 'degraded' : 'ok';
      await reply.code(200).send({ status, database: 'reachable', ...liveEvents });
    } catch {
      await reply.code(503).send({ status: 'degraded', database: 'unreachable', ...liveEvents });
    }
  }
}
