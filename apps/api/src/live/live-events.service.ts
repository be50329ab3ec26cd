import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config';

export const LIVE_TOPICS = {
  incidentChanged: 'INCIDENT_CHANGED',
  overviewChanged: 'OVERVIEW_CHANGED',
} as const;

export type LiveTopic = keyof typeof LIVE_TOPICS;

/** How long start-up waits for the subscription to other instances' changes. */
const SUBSCRIBE_WAIT_MS = 2_000;

export interface IncidentChangedEvent {
  incidentId: string;
  change: string;
}

/** What travels on the overview topic; `origin` names the instance that made the change. */
export interface OverviewChangedEvent {
  change: string;
  origin?: string;
}

/** A committed change, told to in-process listeners. */
export interface CommittedChange {
  change: string;
  /** True when another instance made it and the event came through the shared pubsub. */
  remote: boolean;
}

/**
 * Mercurius' publish/subscribe on `fastify.graphql.pubsub` as it is at run time (its typings
 * describe a subscription context instead): `subscribe` pushes each payload into `queue` and
 * adds its own unsubscribe function to `queue.close`.
 */
interface MercuriusPubSub {
  subscribe(topic: string, queue: PayloadQueue): Promise<void>;
  publish(event: { topic: string; payload: unknown }, callback: (error?: Error) => void): void;
}

interface PayloadQueue {
  readonly destroyed: boolean;
  readonly readableEnded: boolean;
  push(payload: unknown): void;
  close?: (() => void)[];
}

/**
 * Publishes change events to GraphQL subscribers and to in-process listeners (the kept
 * situation pictures). Call it only after the transaction committed, so nobody is told about a
 * change that was rolled back. With REDIS_URL set, events travel through Redis to every API
 * instance; listeners hear other instances' changes from there.
 */
@Injectable()
export class LiveEventsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LiveEventsService.name);
  /** Tells this instance's own events apart when the pubsub delivers them back. */
  private readonly instanceId = randomUUID();
  private readonly listeners = new Set<(change: CommittedChange) => void>();
  private remoteQueue: PayloadQueue | undefined;
  private readonly prefix: string;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = config.liveTopicPrefix;
  }

  /** The pubsub topic of a kind of event, with this installation's prefix. */
  topic(kind: LiveTopic): string {
    return `${this.prefix}${LIVE_TOPICS[kind]}`;
  }

  incidentChanged(incidentId: string, change: string): void {
    const event: IncidentChangedEvent = { incidentId, change };
    this.publish(this.topic('incidentChanged'), event);
    this.overviewChanged(change);
  }

  /** Anything that moves the management overview or the public page; every change ends here. */
  overviewChanged(change: string): void {
    // Listeners hear it before the mutation answers, so the writer's next read can see it.
    this.notify({ change, remote: false });
    const event: OverviewChangedEvent = { change, origin: this.instanceId };
    this.publish(this.topic('overviewChanged'), event);
  }

  /** Calls `listener` for every committed change, here or on another instance. */
  onChange(listener: (change: CommittedChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Subscribed before any client can subscribe, so this listener hears each event first: the
   * pictures know of the change before a subscriber's `overview` field is resolved.
   */
  async onApplicationBootstrap(): Promise<void> {
    const pubsub = this.pubsub();
    if (!pubsub) return;
    const queue: PayloadQueue = {
      destroyed: false,
      readableEnded: false,
      push: (payload) => {
        const event = payload as OverviewChangedEvent;
        // Our own events were told to the listeners already, synchronously.
        if (event.origin !== this.instanceId) this.notify({ change: event.change, remote: true });
      },
    };
    this.remoteQueue = queue;
    const subscribed = pubsub.subscribe(this.topic('overviewChanged'), queue).catch((error) => {
      this.logger.warn(`Could not hear other instances' changes: ${(error as Error).message}`);
    });
    // With Redis away the subscription completes when it is back; the API starts meanwhile.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      subscribed,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, SUBSCRIBE_WAIT_MS))),
    ]);
    clearTimeout(timer);
  }

  onModuleDestroy(): void {
    const queue = this.remoteQueue;
    this.remoteQueue = undefined;
    for (const close of queue?.close ?? []) close();
    this.listeners.clear();
  }

  private notify(change: CommittedChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        // A listener's failure must not undo or hide a committed change from the others.
        this.logger.warn(`A change listener failed: ${(error as Error).message}`);
      }
    }
  }

  private pubsub(): MercuriusPubSub | undefined {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    return fastify?.graphql?.pubsub as unknown as MercuriusPubSub | undefined;
  }

  private publish(topic: string, payload: unknown): void {
    const pubsub = this.pubsub();
    if (!pubsub) return;
    pubsub.publish({ topic, payload }, (error?: Error) => {
      if (error) this.logger.warn(`Could not publish ${topic}: ${error.message}`);
    });
  }
}
