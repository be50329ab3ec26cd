import { Injectable } from '@nestjs/common';
import { type CaptureIssue, type CaptureKind } from '@lagebild/domain';
import { type Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { type BacklogEntity } from './backlog.entity';
import { BacklogsService, type ItemsUpsertCounts } from './backlogs.service';
import { readCaptureCsv } from './capture-csv';
import { type ImportBacklogCaptureInput } from './dto/import-backlog-capture.input';

export interface CaptureOutcome extends ItemsUpsertCounts {
  backlog: BacklogEntity;
  kind: CaptureKind;
  dryRun: boolean;
  replayed: boolean;
  issues: CaptureIssue[];
  issueCount: number;
}

/**
 * Offline capture: reads an uploaded CSV with the organisation's time zone, lets the domain
 * check it, and hands the rows to the backlog's writes. A dry run answers the problems (or
 * what an import would do); an import with problems is refused and writes nothing.
 */
@Injectable()
export class BacklogCaptureService {
  constructor(
    private readonly backlogs: BacklogsService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async import(input: ImportBacklogCaptureInput, actor: Actor): Promise<CaptureOutcome> {
    const dryRun = input.dryRun ?? false;
    const { timeZone } = await this.settings.current();
    const reading = readCaptureCsv(input.kind, input.csv, { timeZone, now: this.clock.now() });
    const read = {
      kind: input.kind,
      dryRun,
      issues: reading.issues,
      issueCount: reading.issueCount,
    };
    if (dryRun && reading.issueCount > 0) {
      const backlog = await this.backlogs.get(input.backlogKey);
      return {
        ...read,
        backlog,
        received: reading.rows,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        replayed: false,
      };
    }
    const result = await this.backlogs.importCapture(
      {
        backlogKey: input.backlogKey,
        reading,
        dryRun,
        idempotencyKey: input.idempotencyKey ?? null,
      },
      actor,
    );
    return { ...read, ...result };
  }
}
