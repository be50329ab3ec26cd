import { Injectable } from '@nestjs/common';
import {
  backlogTotals,
  businessRecovery,
  type CommunicationDebt,
  countBySeverity,
  DomainError,
  type Incident,
  incidentMetrics,
  isCustomerFacing,
  isInstantInRange,
  recoveryPlan,
  recoveryProgressAgainstRto,
  SEVERITIES,
  type ServiceOutage,
  serviceOutagesAt,
  type StoredBacklogForecast,
  wasIncidentActiveAt,
} from '@lagebild/domain';
import { type BacklogEntity } from '../backlogs/backlog.entity';
import { toBacklogModel, toDomainBacklog } from '../backlogs/backlog.mapper';
import { BacklogsLoader } from '../backlogs/backlogs.loader';
import { ARRIVAL_WINDOW_HOURS, BacklogsService } from '../backlogs/backlogs.service';
import { Clock } from '../common/clock';
import {
  type IncidentBacklogView,
  IncidentFactsLoader,
} from '../communications/incident-facts.loader';
import { type LoadScope } from '../graphql/context';
import { type IncidentEntity } from '../incidents/incident.entity';
import { toIncidentModel } from '../incidents/incident.mapper';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { RecoveryLoader } from '../recovery/recovery.loader';
import { type ServiceEntity } from '../services/service.entity';
import { toServiceModel } from '../services/service.mapper';
import { ServicesLoader } from '../services/services.loader';
import {
  type OverviewBacklogModel,
  type OverviewIncidentModel,
  type OverviewModel,
  type OverviewServiceOutageModel,
  type OverviewUnrecoveredIncidentModel,
} from './models/overview.model';
import { OverviewRepository } from './overview.repository';

/** Resolved incidents stay on the picture this long (longer only while a backlog is open). */
const RECENTLY_RESOLVED_DAYS = 30;
const DAY_MS = 86_400_000;

/** What the picture needs to know about one incident, read through per-request loaders. */
interface IncidentFacts {
  entity: IncidentEntity;
  incident: Incident;
  backlogs: IncidentBacklogView[];
  publishedWordTimes: Date[];
  debt: CommunicationDebt;
}

/**
 * Builds management's situation picture at a moment. Every number comes from the domain; this
 * class only gathers the facts, through the same per-request loaders as the incident fields, so
 * the statement count does not grow with the number of incidents or backlogs.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly repository: OverviewRepository,
    private readonly incidents: IncidentsLoader,
    private readonly services: ServicesLoader,
    private readonly backlogs: BacklogsService,
    private readonly backlogsLoader: BacklogsLoader,
    private readonly facts: IncidentFactsLoader,
    private readonly recovery: RecoveryLoader,
    private readonly clock: Clock,
  ) {}

  async overview(scope: LoadScope, requestedAsOf?: Date): Promise<OverviewModel> {
    const now = this.clock.now();
    const asOf = requestedAsOf ?? now;
    if (!isInstantInRange(asOf)) {
      throw new DomainError('BAD_USER_INPUT', 'Invalid overview moment', [
        { field: 'asOf', message: 'must be an instant between 1970 and 2999' },
      ]);
    }
    const [catalogue, recent, allBacklogs] = await Promise.all([
      this.services.catalogue(scope),
      this.repository.incidentsAround(
        asOf,
        new Date(asOf.getTime() - RECENTLY_RESOLVED_DAYS * DAY_MS),
      ),
      this.backlogs.list(),
    ]);
    this.incidents.prime(scope, recent);
    const entities = [
      ...recent,
      ...(await this.olderWithOpenBacklogs(scope, recent, allBacklogs, asOf)),
    ];
    const facts = await Promise.all(entities.map((entity) => this.factsOf(scope, entity, asOf)));

    const outages = serviceOutagesAt(
      catalogue.map((service) => ({
        key: service.key,
        tier: service.tier,
        rtoMinutes: service.rtoMinutes,
        status: service.status as ServiceOutage['status'],
        statusSetAt: service.updatedAt,
      })),
      facts.flatMap(({ incident }) =>
        incident.impacts.map((impact) => ({ ...impact, incidentId: incident.id })),
      ),
      asOf,
    );

    const active = facts
      .filter((fact) => wasIncidentActiveAt(fact.incident, asOf))
      .sort(
        (a, b) =>
          SEVERITIES.indexOf(a.incident.severity) - SEVERITIES.indexOf(b.incident.severity) ||
          a.incident.startedAt.getTime() - b.incident.startedAt.getTime(),
      );
    const resolvedThen = facts.filter(
      (fact) => fact.incident.resolvedAt !== null && fact.incident.resolvedAt <= asOf,
    );
    const unrecovered = resolvedThen
      .map((fact) => ({ fact, recovery: this.businessRecoveryOf(fact, asOf) }))
      .filter(({ recovery }) => !recovery.recovered);

    const rtoByService = new Map(catalogue.map((service) => [service.key, service.rtoMinutes]));
    const missedBy = new Map(
      [...active, ...unrecovered.map(({ fact }) => fact)].map((fact) => [
        fact.incident.id,
        this.promisesMissedOf(fact, rtoByService, asOf),
      ]),
    );

    const activeIncidents = await Promise.all(
      active.map(async (fact): Promise<OverviewIncidentModel> => {
        const ranked = await this.recovery.ranked(scope, fact.incident.id);
        const plan = recoveryPlan(
          ranked.map((row) => row.ranked),
          now,
        );
        return {
          incident: toIncidentModel(fact.entity),
          recoveryProgress: recoveryProgressAgainstRto(
            plan,
            outages.filter((outage) => outage.incidentIds.includes(fact.incident.id)),
          ),
          communicationDebt: fact.debt,
          promisesMissed: missedBy.get(fact.incident.id)?.promisesMissed ?? 0,
        };
      }),
    );

    const missed = [...missedBy.values()];
    const backlogItemsMissed = missed.reduce((sum, m) => sum + m.backlogPromisesMissed, 0);
    const updatesMissed = missed.reduce((sum, m) => sum + m.updatePromisesMissed, 0);
    return {
      asOf,
      activeIncidentCount: active.length,
      activeIncidentsBySeverity: countBySeverity(active.map((fact) => fact.incident)),
      activeIncidents,
      servicesNotOperational: this.outageModels(outages, catalogue),
      backlogs: await this.backlogsPicture(scope, allBacklogs, asOf),
      overdueCommunications: active
        .filter((fact) => fact.debt.status === 'OVERDUE')
        .sort((a, b) => b.debt.overdueMinutes - a.debt.overdueMinutes)
        .map((fact) => ({ incident: toIncidentModel(fact.entity), debt: fact.debt })),
      promisesMissed: {
        backlogItems: backlogItemsMissed,
        updates: updatesMissed,
        total: backlogItemsMissed + updatesMissed,
      },
      notBusinessRecovered: unrecovered.map(
        ({ fact, recovery }): OverviewUnrecoveredIncidentModel => ({
          incident: toIncidentModel(fact.entity),
          missing: recovery.missing,
          gaps: recovery.gaps.map((gap) => ({
            code: gap.code,
            backlogKey: gap.code === 'BACKLOG_OPEN' ? gap.backlogKey : null,
            open: gap.code === 'BACKLOG_OPEN' ? gap.open : null,
          })),
        }),
      ),
    };
  }

  /** Incidents resolved long ago whose backlogs are still open keep their business impact. */
  private async olderWithOpenBacklogs(
    scope: LoadScope,
    recent: readonly IncidentEntity[],
    backlogs: readonly BacklogEntity[],
    asOf: Date,
  ): Promise<IncidentEntity[]> {
    const known = new Set(recent.map((entity) => entity.id));
    const ids = [
      ...new Set(
        backlogs
          .filter((backlog) => !backlog.accepted && backlog.incidentId !== null)
          .map((backlog) => backlog.incidentId as string)
          .filter((id) => !known.has(id)),
      ),
    ];
    if (ids.length === 0) return [];
    const found = await this.incidents.byId(scope).loadMany(ids);
    return found.filter(
      (entity): entity is IncidentEntity =>
        entity !== null && !(entity instanceof Error) && entity.startedAt <= asOf,
    );
  }

  private async factsOf(
    scope: LoadScope,
    entity: IncidentEntity,
    asOf: Date,
  ): Promise<IncidentFacts> {
    const [incident, backlogs, publishedWordTimes, debt] = await Promise.all([
      this.incidents.domainIncident(scope, entity.id),
      this.facts.backlogsOf(scope, entity.id, asOf),
      this.facts.publishedWordTimes(scope, entity.id),
      this.facts.debtOf(scope, entity.id, asOf),
    ]);
    // The row was just read, so the domain incident exists.
    return { entity, incident: incident as Incident, backlogs, publishedWordTimes, debt };
  }

  /** Two-phase closure at `asOf`: backlogs cleared or accepted, and customers told by then. */
  private businessRecoveryOf(fact: IncidentFacts, asOf: Date) {
    const customersTold =
      fact.incident.updates.some(
        (update) => update.visibility === 'PUBLIC' && update.displayAt <= asOf,
      ) || fact.publishedWordTimes.some((at) => at <= asOf);
    return businessRecovery({
      incident: { status: 'RESOLVED' },
      backlogs: fact.backlogs.map((view) => ({
        key: view.backlog.key,
        name: view.backlog.name,
        open: view.forecast.open,
        accepted: view.backlog.accepted,
      })),
      customersTold,
    });
  }

  /** The incident's missed promises, from the same metrics the incident page shows. */
  private promisesMissedOf(fact: IncidentFacts, rto: Map<string, number>, asOf: Date) {
    const { incident } = fact;
    return incidentMetrics(
      {
        startedAt: incident.startedAt,
        detectedAt: incident.detectedAt,
        resolvedAt: incident.resolvedAt,
        customerFacing: isCustomerFacing(incident.impacts),
        publicUpdates: [
          ...incident.updates
            .filter((update) => update.visibility === 'PUBLIC')
            .map((update) => ({ at: update.displayAt, nextUpdateAt: update.nextUpdateAt })),
          ...fact.publishedWordTimes.map((at) => ({ at })),
        ],
        impacts: incident.impacts.map((impact) => ({
          serviceKey: impact.serviceKey,
          rtoMinutes: rto.get(impact.serviceKey) ?? null,
          since: impact.since,
          until: impact.until,
        })),
        backlogs: fact.backlogs.map((view) => ({
          key: view.backlog.key,
          snapshots: [
            ...view.snapshots.map((snapshot) => ({ at: snapshot.at, open: snapshot.open })),
            { at: asOf, open: view.forecast.open },
          ],
          forecastClearsAt: view.forecast.clearsAt,
          items: view.items.map((item) => ({ dueAt: item.dueAt, doneAt: item.doneAt })),
        })),
      },
      asOf,
    );
  }

  private outageModels(
    outages: readonly ServiceOutage[],
    catalogue: readonly ServiceEntity[],
  ): OverviewServiceOutageModel[] {
    const byKey = new Map(catalogue.map((service) => [service.key, service]));
    return outages.map((outage) => ({
      ...outage,
      service: toServiceModel(byKey.get(outage.serviceKey) as ServiceEntity),
    }));
  }

  /** Every backlog's forecast at `asOf` and the totals over them. */
  private async backlogsPicture(scope: LoadScope, backlogs: readonly BacklogEntity[], asOf: Date) {
    const histories = await this.backlogsLoader
      .forecastHistory(scope, asOf, ARRIVAL_WINDOW_HOURS)
      .loadMany(backlogs.map((backlog) => backlog.id));
    const lines = backlogs.map((backlog, index): OverviewBacklogModel => {
      const history = histories[index];
      if (history === undefined || history instanceof Error) throw history;
      const forecast: StoredBacklogForecast = this.backlogs.forecast(
        toDomainBacklog(backlog),
        history,
        { asOf, deadline: null, staff: null },
      );
      return {
        backlog: toBacklogModel(backlog),
        open: forecast.open,
        clearsAt: forecast.clearsAt,
        notClearingReason: forecast.notClearingReason,
        itemsMissingPromise: forecast.itemsMissingPromise.length,
      };
    });
    return {
      ...backlogTotals(
        lines.map((line) => ({
          open: line.open,
          accepted: line.backlog.accepted,
          clearsAt: line.clearsAt,
          itemsMissingPromise: line.itemsMissingPromise,
        })),
      ),
      backlogs: lines,
    };
  }
}
