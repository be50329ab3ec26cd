import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PUBLIC_STATUS_PICTURE, type PublicStatusPicture } from '../situation-picture/pictures';
import { type PublicStatus } from './public-status';
import { renderStaticSite, writeStaticSite } from './static-site';
import { pageIdentity } from './status-page.mapper';

const NOT_A_MOMENT = new Date(0);

/**
 * The static status site (`static-export DIR`), and with `LAGEBILD_STATIC_EXPORT_DIR` kept
 * current: every recomputation of the kept public picture that changes what the site shows
 * rewrites it (a tick of the clock that changes nothing does not).
 */
@Injectable()
export class StaticExportService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(StaticExportService.name);
  private stopListening: (() => void) | undefined;
  private writing: Promise<void> = Promise.resolve();
  private lastContent: string | undefined;
  private pending: PublicStatus | undefined;

  constructor(
    @Inject(PUBLIC_STATUS_PICTURE) private readonly picture: PublicStatusPicture,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const dir = this.config.staticExportDir;
    if (!dir) return;
    this.stopListening = this.picture.onComputed((status) => this.refresh(dir, status));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening?.();
    await this.writing;
  }

  /** Writes the site for the current public picture into `dir`. */
  async exportTo(dir: string): Promise<void> {
    const status = await this.picture.read();
    await writeStaticSite(dir, this.render(status, this.clock.now()));
  }

  /** Resolves once the site reflects every picture computed so far (tests). */
  async written(): Promise<void> {
    for (;;) {
      const current = this.writing;
      await current;
      if (current === this.writing) return;
    }
  }

  private render(status: PublicStatus, madeAt: Date) {
    // The same base URL the live routes use when they know it, so summary.json is the same bytes.
    const base = status.view.organisation.publicUrl ?? this.config.publicUrl ?? '';
    return renderStaticSite(status, pageIdentity(status.view, base), madeAt);
  }

  /** Queues a rewrite; writes never overlap, and only the newest waiting picture is written. */
  private refresh(dir: string, status: PublicStatus): void {
    const queued = this.pending !== undefined;
    this.pending = status;
    if (queued) return;
    this.writing = this.writing.then(async () => {
      const latest = this.pending;
      this.pending = undefined;
      if (!latest) return;
      try {
        const content = [...this.render(latest, NOT_A_MOMENT).values()]
          .map((part) => part.toString())
          .join('\u0000');
        if (content === this.lastContent) return;
        await writeStaticSite(dir, this.render(latest, this.clock.now()));
        this.lastContent = content;
      } catch (error) {
        this.logger.warn(
          `Could not refresh the static status site in ${dir}: ${(error as Error).message}`,
        );
      }
    });
  }
}
