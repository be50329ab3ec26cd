import { Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance } from 'fastify';

export const LIVE_TOPICS = {
  incidentChanged: 'INCIDENT_CHANGED',
  overviewChanged: 'OVERVIEW_CHANGED',
} as const;

export interface IncidentChangedEvent {
  incidentId: string;
  change: string;
}

/**
 * Publishes change events to GraphQL subscribers. Call it only after the transaction committed,
 * so nobody is told about a change that was rolled back. With REDIS_URL set, events travel
 * through Redis to the subscribers of every API instance.
 */
@Injectable()
export class LiveEventsService {
  private readonly logger = new Logger(LiveEventsService.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  incidentChanged(incidentId: string, change: string): void {
    const event: IncidentChangedEvent = { incidentId, change };
    this.publish(LIVE_TOPICS.incidentChanged, event);
    this.overviewChanged(change);
  }

  /** Anything that moves the management overview (backlogs, services, communications). */
  overviewChanged(change: string): void {
    this.publish(LIVE_TOPICS.overviewChanged, { change });
  }

  private publish(topic: string, payload: unknown): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    const pubsub = fastify?.graphql?.pubsub;
    if (!pubsub) return;
    pubsub.publish({ topic, payload }, (error?: Error) => {
      if (error) this.logger.warn(`Could not publish ${topic}: ${error.message}`);
    });
  }
}
