import { Controller, Get, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** For load balancers and operators: 200 when the database answers, 503 when it does not. */
  @Get()
  @Public()
  async health(@Res() reply: FastifyReply): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
      await reply.code(200).send({ status: 'ok', database: 'reachable' });
    } catch {
      await reply.code(503).send({ status: 'degraded', database: 'unreachable' });
    }
  }
}
