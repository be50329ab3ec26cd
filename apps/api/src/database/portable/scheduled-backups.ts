import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { backupDatabase } from './backup';

const PREFIX = 'lagebild-';
const SUFFIX = '.backup';

/**
 * With `LAGEBILD_BACKUP_DIR`, a checked backup every `LAGEBILD_BACKUP_EVERY_MINUTES`, keeping
 * the newest `LAGEBILD_BACKUP_KEEP`. A failed backup is logged and the older ones stay.
 */
@Injectable()
export class ScheduledBackups implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ScheduledBackups.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<string | null> = Promise.resolve(null);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.backups.dir) return;
    this.timer = setInterval(() => {
      void this.runOnce();
    }, this.config.backups.everyMinutes * 60_000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Takes one backup now and drops the oldest beyond the number kept; returns its path. */
  runOnce(): Promise<string | null> {
    const dir = this.config.backups.dir;
    if (!dir) return Promise.resolve(null);
    this.running = this.running.then(async () => {
      try {
        mkdirSync(dir, { recursive: true });
        const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
        let file = join(dir, `${PREFIX}${stamp}${SUFFIX}`);
        for (let n = 2; existsSync(file); n += 1) {
          file = join(dir, `${PREFIX}${stamp}-${n}${SUFFIX}`);
        }
        await backupDatabase(this.config.database, file, this.clock.now());
        // The names sort by time: the oldest come first.
        const kept = readdirSync(dir)
          .filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX))
          .sort();
        for (const old of kept.slice(0, Math.max(0, kept.length - this.config.backups.keep))) {
          rmSync(join(dir, old), { force: true });
        }
        return file;
      } catch (error) {
        this.logger.warn(`Scheduled backup failed: ${(error as Error).message}`);
        return null;
      }
    });
    return this.running;
  }
}
