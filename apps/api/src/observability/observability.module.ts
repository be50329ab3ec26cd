import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { RequestMetrics } from './request-metrics';

/** Figures about the running application for operators (`/metrics`). */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [RequestMetrics],
  exports: [RequestMetrics],
})
export class ObservabilityModule {}
