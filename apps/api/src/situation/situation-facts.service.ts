import { Injectable } from '@nestjs/common';
import { type IncidentFactSet, type SituationBacklog, type SituationFacts } from '@lagebild/domain';
import DataLoader from 'dataloader';
import { type BacklogSituationFacts } from '../backlogs/backlog-situation-facts';
import { BacklogsService } from '../backlogs/backlogs.service';
import { CommunicationsLoader } from '../communications/communications.loader';
import { perRequest, type LoadScope } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { RecoveryLoader } from '../recovery/recovery.loader';
import { ServicesLoader } from '../services/services.loader';
import { SettingsService } from '../settings/settings.service';

/** Resolved incidents stay on the picture this long (longer only while a backlog is open). */
const RECENTLY_RESOLVED_DAYS = 30;
const DAY_MS = 86_400_000;

/** The facts of the whole picture, with the backlogs' GraphQL facts for the answer. */
export interface PictureFacts extends SituationFacts {
  backlogFacts: readonly BacklogSituationFacts[];
}

function toSituationBacklog(facts: BacklogSituationFacts): SituationBacklog {
  return {
    id: facts.id,
    key: facts.key,
    name: facts.name,
    incidentId: facts.incidentId,
    accepted: facts.accepted,
    open: facts.open,
    clearsAt: facts.clearsAt,
    notClearingReason: facts.notClearingReason,
    itemsMissingPromise: facts.itemsMissingPromise,
    snapshots: facts.snapshots,
    promisesMissed: facts.promisesMissed,
  };
}

/**
 * Gathers what the domain's situation functions need, from each feature's public loaders and
 * services, in a fixed number of statements per scope whatever the number of incidents. It
 * decides nothing: debt, metrics, business recovery and the picture are computed by the domain.
 */
@Injectable()
export class SituationFactsService {
  constructor(
    private readonly incidents: IncidentsLoader,
    private readonly services: ServicesLoader,
    private readonly backlogs: BacklogsService,
    private readonly communications: CommunicationsLoader,
    private readonly recovery: RecoveryLoader,
    private readonly settings: SettingsService,
  ) {}

  /** The organisation's cadence of public words per severity (debt is measured against it). */
  cadence(scope: LoadScope) {
    return this.settings.cadence(scope);
  }

  /**
   * What an incident's communication debt needs: the incident and its messages (no backlog
   * forecasts, which at scale cost far more); NOT_FOUND when it does not exist.
   */
  async wordFacts(
    scope: LoadScope,
    incidentId: string,
  ): Promise<Pick<IncidentFactSet, 'incident' | 'messages'>> {
    const [incident, messages] = await Promise.all([
      this.incidents.domainIncident(scope, incidentId),
      this.communications.messageFacts(scope, incidentId),
    ]);
    if (!incident) throw notFound('Incident', incidentId);
    return { incident, messages };
  }

  /**
   * One incident's facts at `asOf` as its metrics need them (its recovery tasks are left out);
   * NOT_FOUND when it does not exist.
   */
  async incidentFacts(
    scope: LoadScope,
    incidentId: string,
    asOf: Date,
  ): Promise<Omit<IncidentFactSet, 'tasks'>> {
    const [words, backlogs] = await Promise.all([
      this.wordFacts(scope, incidentId),
      this.backlogsOfIncident(scope, asOf).load(incidentId),
    ]);
    return { ...words, backlogs };
  }

  /** Every service's RTO by key, for metrics. */
  async rtoOf(scope: LoadScope): Promise<(serviceKey: string) => number | null> {
    const catalogue = await this.services.outageFacts(scope);
    const rto = new Map(catalogue.map((service) => [service.key, service.rtoMinutes]));
    return (serviceKey) => rto.get(serviceKey) ?? null;
  }

  /**
   * The facts of the picture at `asOf`: the catalogue, every backlog, and the incidents that
   * may matter then — recent ones, and older ones whose backlogs are still open.
   */
  async pictureFacts(scope: LoadScope, asOf: Date): Promise<PictureFacts> {
    const [services, backlogFacts, recentIds, cadence] = await Promise.all([
      this.services.outageFacts(scope),
      this.allBacklogs(scope, asOf),
      this.incidents.idsAround(
        scope,
        asOf,
        new Date(asOf.getTime() - RECENTLY_RESOLVED_DAYS * DAY_MS),
      ),
      this.settings.cadence(scope),
    ]);
    const recent = new Set(recentIds);
    const olderWithOpenBacklogs = [
      ...new Set(
        backlogFacts
          .filter((backlog) => !backlog.accepted && backlog.incidentId !== null)
          .map((backlog) => backlog.incidentId as string)
          .filter((id) => !recent.has(id)),
      ),
    ];
    const olderStarted = (
      await Promise.all(olderWithOpenBacklogs.map((id) => this.incidents.byId(scope).load(id)))
    )
      .filter((row) => row !== null && row.startedAt <= asOf)
      .map((row) => (row as { id: string }).id);
    // The backlogs were all read above: serve each incident's share from them.
    const perIncident = this.backlogsOfIncident(scope, asOf);
    const ids = [...recentIds, ...olderStarted];
    for (const id of ids) {
      perIncident.prime(
        id,
        backlogFacts.filter((backlog) => backlog.incidentId === id).map(toSituationBacklog),
      );
    }
    const incidents = await Promise.all(
      ids.map(async (id): Promise<IncidentFactSet> => {
        const [facts, tasks] = await Promise.all([
          this.incidentFacts(scope, id, asOf),
          this.recovery.domainTasks(scope, id),
        ]);
        return { ...facts, tasks };
      }),
    );
    return {
      services,
      cadence,
      incidents,
      backlogs: backlogFacts.map(toSituationBacklog),
      backlogFacts,
    };
  }

  /** Every backlog's facts at `asOf`, read once per scope and moment. */
  private allBacklogs(scope: LoadScope, asOf: Date): Promise<BacklogSituationFacts[]> {
    return perRequest(scope, `situation.allBacklogs:${asOf.toISOString()}`, () =>
      this.backlogs.situationFacts(asOf),
    );
  }

  /** Backlogs per incident at `asOf`, batched: a page of incidents costs one read. */
  private backlogsOfIncident(scope: LoadScope, asOf: Date): DataLoader<string, SituationBacklog[]> {
    return perRequest(
      scope,
      `situation.backlogsOfIncident:${asOf.toISOString()}`,
      () =>
        new DataLoader<string, SituationBacklog[]>(async (incidentIds) => {
          const facts = await this.backlogs.situationFacts(asOf, { incidentIds });
          return incidentIds.map((id) =>
            facts.filter((backlog) => backlog.incidentId === id).map(toSituationBacklog),
          );
        }),
    );
  }
}
