import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { perRequest, type LoadScope } from '../graphql/context';
import {
  type BacklogHistoryAggregates,
  currentOpenCount,
  isBacklogSettled,
  type ItemMissingPromise,
  type RankingBacklog,
} from '@lagebild/domain';
import { type BacklogEntity } from './backlog.entity';
import { type BacklogSnapshotEntity } from './backlog-snapshot.entity';
import { type BacklogCounts, BacklogsRepository } from './backlogs.repository';
import { BacklogsService, type ForecastSubject } from './backlogs.service';
import { type MissingPromiseSource } from './models/backlog-forecast.model';

/**
 * Batches what lists of backlogs need per request, so `backlogs { open forecast snapshots }`
 * costs the same few statements for 5 backlogs or 500.
 */
@Injectable()
export class BacklogsLoader {
  constructor(
    private readonly repository: BacklogsRepository,
    private readonly service: BacklogsService,
  ) {}

  counts(scope: LoadScope): DataLoader<string, BacklogCounts> {
    return perRequest(
      scope,
      'backlogs.counts',
      () =>
        new DataLoader<string, BacklogCounts>(async (ids) => {
          const counts = await this.repository.counts(ids);
          return ids.map(
            (id) => counts.get(id) ?? { itemCount: 0, openItemCount: 0, latestSnapshotOpen: null },
          );
        }),
    );
  }

  snapshots(scope: LoadScope, since: Date | null): DataLoader<string, BacklogSnapshotEntity[]> {
    return perRequest(
      scope,
      `backlogs.snapshots:${since?.toISOString() ?? 'all'}`,
      () =>
        new DataLoader<string, BacklogSnapshotEntity[]>(async (ids) => {
          const rows = await this.repository.snapshotsSince(ids, since);
          return ids.map((id) => rows.filter((row) => row.backlogId === id));
        }),
    );
  }

  /**
   * The aggregates forecasts at `asOf` read, batched over the backlogs of a request. The
   * what-if staff is part of the key: it decides which arrival hours need their items.
   */
  forecastAggregates(
    scope: LoadScope,
    asOf: Date,
    staff: number | null,
  ): DataLoader<ForecastSubject, BacklogHistoryAggregates, string> {
    return perRequest(
      scope,
      `backlogs.forecastAggregates:${asOf.toISOString()}:${staff ?? 'own'}`,
      () =>
        new DataLoader<ForecastSubject, BacklogHistoryAggregates, string>(
          (subjects) => this.service.forecastAggregates(subjects, asOf, staff),
          { cacheKeyFn: (subject) => subject.id },
        ),
    );
  }

  /** Pages of late items of the forecasts of a request, read in one statement. */
  itemsMissingPromise(
    scope: LoadScope,
  ): DataLoader<{ source: MissingPromiseSource; first: number }, ItemMissingPromise[]> {
    return perRequest(
      scope,
      'backlogs.itemsMissingPromise',
      () =>
        new DataLoader<{ source: MissingPromiseSource; first: number }, ItemMissingPromise[]>(
          (requests) => this.service.itemsMissingPromise(requests),
          { cache: false },
        ),
    );
  }

  byIncident(scope: LoadScope): DataLoader<string, BacklogEntity[]> {
    return perRequest(
      scope,
      'backlogs.byIncident',
      () =>
        new DataLoader<string, BacklogEntity[]>(async (incidentIds) => {
          const rows = await this.repository.findByIncidentIds(incidentIds);
          return incidentIds.map((id) => rows.filter((row) => row.incidentId === id));
        }),
    );
  }

  /**
   * The incident's backlogs that wait for a service, as the recovery ranking reads them: linked
   * to a service, not settled (something open and not accepted), with their open count now.
   */
  async waitingForServices(scope: LoadScope, incidentId: string): Promise<RankingBacklog[]> {
    const waiting = (await this.byIncident(scope).load(incidentId)).filter(
      (row): row is BacklogEntity & { serviceKey: string } =>
        row.serviceKey !== null && !row.accepted,
    );
    if (waiting.length === 0) return [];
    const counts = await this.counts(scope).loadMany(waiting.map((row) => row.id));
    const result: RankingBacklog[] = [];
    waiting.forEach((row, index) => {
      const count = counts[index];
      if (count === undefined || count instanceof Error) throw count;
      const open = currentOpenCount(count);
      if (isBacklogSettled(row, open)) return;
      result.push({ key: row.key, name: row.name, open, serviceKeys: [row.serviceKey] });
    });
    return result;
  }
}
