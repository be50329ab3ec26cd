import { Injectable } from '@nestjs/common';
import {
  communicationDebt,
  type CommunicationDebt,
  isCustomerFacing,
  isPublicWord,
  type StoredBacklogForecast,
} from '@lagebild/domain';
import { type BacklogEntity } from '../backlogs/backlog.entity';
import { type BacklogItemEntity } from '../backlogs/backlog-item.entity';
import { type BacklogSnapshotEntity } from '../backlogs/backlog-snapshot.entity';
import { toDomainBacklog } from '../backlogs/backlog.mapper';
import { BacklogsLoader } from '../backlogs/backlogs.loader';
import { ARRIVAL_WINDOW_HOURS, BacklogsService } from '../backlogs/backlogs.service';
import { type LoadScope } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { toDomainCommunication } from './communication.mapper';
import { CommunicationsLoader } from './communications.loader';

/** One backlog of an incident with its forecast as of a moment. */
export interface IncidentBacklogView {
  backlog: BacklogEntity;
  forecast: StoredBacklogForecast;
  /** Every snapshot recorded for it. */
  snapshots: BacklogSnapshotEntity[];
  /** Items open at the moment or received in the forecast window. */
  items: BacklogItemEntity[];
}

/**
 * What communications, debt and metrics need to know about an incident beyond its own rows
 * (its backlogs with forecasts, its published messages), read through per-request loaders so
 * a list of incidents costs a fixed number of statements.
 */
@Injectable()
export class IncidentFactsLoader {
  constructor(
    private readonly backlogsLoader: BacklogsLoader,
    private readonly backlogs: BacklogsService,
    private readonly communications: CommunicationsLoader,
    private readonly incidents: IncidentsLoader,
  ) {}

  async backlogsOf(
    scope: LoadScope,
    incidentId: string,
    asOf: Date,
  ): Promise<IncidentBacklogView[]> {
    const entities = await this.backlogsLoader.byIncident(scope).load(incidentId);
    return Promise.all(
      entities.map(async (backlog) => {
        const [history, snapshots] = await Promise.all([
          this.backlogsLoader.forecastHistory(scope, asOf, ARRIVAL_WINDOW_HOURS).load(backlog.id),
          this.backlogsLoader.snapshots(scope, null).load(backlog.id),
        ]);
        const forecast = this.backlogs.forecast(toDomainBacklog(backlog), history, {
          asOf,
          deadline: null,
          staff: null,
        });
        return { backlog, forecast, snapshots, items: history.items };
      }),
    );
  }

  /** When the incident's messages to customers went out (published, not internal). */
  async publishedWordTimes(scope: LoadScope, incidentId: string): Promise<Date[]> {
    const rows = await this.communications.byIncident(scope).load(incidentId);
    return rows
      .filter((row) => isPublicWord(toDomainCommunication(row)) && row.publishedAt !== null)
      .map((row) => row.publishedAt as Date);
  }

  /**
   * Ids of timeline entries whose message was retracted: like the public page, debt and
   * metrics no longer count them as words.
   */
  async retractedEntryIds(scope: LoadScope, incidentId: string): Promise<Set<string>> {
    const rows = await this.communications.byIncident(scope).load(incidentId);
    return new Set(
      rows
        .filter((row) => row.status === 'RETRACTED' && row.timelineUpdateId !== null)
        .map((row) => row.timelineUpdateId as string),
    );
  }

  /**
   * The incident's communication debt at `asOf`. Public words are its PUBLIC timeline entries
   * (at their `displayAt`: when the word was given; retracted ones excluded) and its published
   * non-internal messages;
   * it is customer facing once it impaired a service.
   */
  async debtOf(scope: LoadScope, incidentId: string, asOf: Date): Promise<CommunicationDebt> {
    const [incident, published] = await Promise.all([
      this.incidents.domainIncident(scope, incidentId),
      this.publishedWordTimes(scope, incidentId),
    ]);
    const retracted = await this.retractedEntryIds(scope, incidentId);
    if (!incident) throw notFound('Incident', incidentId);
    const publicUpdates = incident.updates.filter(
      (update) =>
        update.visibility === 'PUBLIC' &&
        !retracted.has(update.id) &&
        update.displayAt.getTime() <= asOf.getTime(),
    );
    const latest = publicUpdates.reduce<(typeof publicUpdates)[number] | null>(
      (found, update) => (found === null || update.displayAt > found.displayAt ? update : found),
      null,
    );
    return communicationDebt(
      {
        severity: incident.severity,
        startedAt: incident.startedAt,
        resolvedAt: incident.resolvedAt,
        customerFacing: isCustomerFacing(
          incident.impacts.filter((impact) => impact.since.getTime() <= asOf.getTime()),
        ),
        publicUpdateTimes: [...publicUpdates.map((update) => update.displayAt), ...published],
        promisedNextUpdateAt: latest?.nextUpdateAt ?? null,
      },
      asOf,
    );
  }
}
