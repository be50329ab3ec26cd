import { Controller, Get, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { RequireRole } from '../auth/roles.decorator';
import { RequestMetrics } from './request-metrics';

/**
 * `/metrics` in the Prometheus text format, for administrators: a scraper sends an ADMIN API
 * key (`Authorization: Bearer lgb_…`). The figures name operations and error codes, nothing a
 * person entered.
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: RequestMetrics) {}

  @Get()
  @RequireRole('ADMIN')
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    const text = await this.metrics.registry.metrics();
    await reply.code(200).header('content-type', this.metrics.registry.contentType).send(text);
  }
}
