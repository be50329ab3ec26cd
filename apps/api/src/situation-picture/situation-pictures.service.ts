import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { asBackgroundWork } from '../database/query-counter';
import { LiveEventsService } from '../live/live-events.service';
import { PictureStore } from './picture-store';

/**
 * Keeps the situation pictures current: every committed change (told by the live events, from
 * this instance or through Redis from another) and every tick of the clock's minute schedule a
 * recomputation of each picture. Features register their picture with `keep`.
 */
@Injectable()
export class SituationPictures implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SituationPictures.name);
  private readonly stores: PictureStore<unknown>[] = [];
  private readonly stopListening: () => void;
  private tickTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    live: LiveEventsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.stopListening = live.onChange(() => {
      for (const store of this.stores) store.changed();
    });
  }

  keep<T>(name: string, compute: () => Promise<T>): PictureStore<T> {
    const store = new PictureStore<T>({
      name,
      // Counted apart from the requests that happen to run meanwhile.
      compute: () => asBackgroundWork(compute),
      coalesceMs: this.config.picture.coalesceMs,
      onError: (error) =>
        this.logger.warn(`Could not recompute the ${name} picture: ${(error as Error).message}`),
    });
    this.stores.push(store as PictureStore<unknown>);
    return store;
  }

  onApplicationBootstrap(): void {
    // The first pictures are computed at once, so the first readers rarely wait.
    for (const store of this.stores) store.timePassed();
    this.armTick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.tickTimer);
    this.tickTimer = undefined;
    this.stopListening();
    await Promise.all(this.stores.map((store) => store.close()));
  }

  /** Time moved: debt may have turned overdue, an RTO may have passed. */
  tick(): void {
    for (const store of this.stores) store.timePassed();
  }

  /** Resolves once no picture is being computed or waiting to be (tests). */
  async settled(): Promise<void> {
    await Promise.all(this.stores.map((store) => store.settled()));
  }

  /** Ticks just after each boundary of the clock's minute, when whole-minute figures move. */
  private armTick(): void {
    if (this.stopped) return;
    const { tickMs } = this.config.picture;
    const delay = tickMs - (this.clock.now().getTime() % tickMs);
    this.tickTimer = setTimeout(() => {
      this.tick();
      this.armTick();
    }, delay);
    this.tickTimer.unref();
  }
}
