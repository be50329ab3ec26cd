import { Injectable } from '@nestjs/common';
import { DomainError, isInstantInRange, situationAt } from '@lagebild/domain';
import { Clock } from '../common/clock';
import { type LoadScope } from '../graphql/context';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { type IncidentModel } from '../incidents/models/incident.model';
import { type ServiceModel } from '../services/models/service.model';
import { ContinuityPlansService } from '../continuity-plans/continuity-plans.service';
import { PersonalDataService } from '../personal-data/personal-data.service';
import { RecoveryLoader } from '../recovery/recovery.loader';
import { ServicesLoader } from '../services/services.loader';
import { SituationFactsService } from '../situation/situation-facts.service';
import { type OverviewBacklogModel, type OverviewModel } from './models/overview.model';

/**
 * Management's situation picture at a moment: the facts come from each feature's public
 * surface, every number from the domain's `situationAt`; this class only maps the answer onto
 * the GraphQL models.
 */
/** How many tasks the overview names per incident as what is done first. */
const FIRST_TASKS_SHOWN = 3;

@Injectable()
export class OverviewService {
  constructor(
    private readonly facts: SituationFactsService,
    private readonly incidents: IncidentsLoader,
    private readonly services: ServicesLoader,
    private readonly recovery: RecoveryLoader,
    private readonly personalData: PersonalDataService,
    private readonly plans: ContinuityPlansService,
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
    const [facts, serviceModels] = await Promise.all([
      this.facts.pictureFacts(scope, asOf),
      this.services.modelsByKey(scope),
    ]);
    const situation = situationAt(facts, asOf, now);
    const incident = async (id: string): Promise<IncidentModel> =>
      (await this.incidents.model(scope, id)) as IncidentModel;

    const backlogs = facts.backlogFacts.map((backlog): OverviewBacklogModel => ({
      backlog: backlog.model,
      open: backlog.open,
      clearsAt: backlog.clearsAt,
      notClearingReason: backlog.notClearingReason,
      itemsWillMissPromise: backlog.itemsMissingPromise,
      itemsMissingPromise: backlog.itemsMissingPromise ?? 0,
    }));
    const supplierGaps = await this.services.supplierGapModels(scope, situation.supplierGaps);
    return {
      asOf,
      supplierGaps,
      outageCost: {
        ...situation.outageCost,
        services: situation.outageCost.services.map((share) => ({
          ...share,
          service: serviceModels.get(share.serviceKey) ?? null,
        })),
      },
      activeIncidentCount: situation.activeIncidents.length,
      activeIncidentsBySeverity: situation.activeIncidentsBySeverity,
      activeIncidents: await Promise.all(
        situation.activeIncidents.map(async (line) => ({
          incident: await incident(line.incidentId),
          recoveryProgress: line.recoveryProgress,
          communicationDebt: line.debt,
          firstTasks: await this.recovery.firstTasks(scope, line.incidentId, FIRST_TASKS_SHOWN),
          promisesMissed: line.promisesMissed,
          personalDataClock: await this.personalData.clockOf(scope, line.incidentId, asOf),
          activePlans: await this.plans.runningAt(scope, line.incidentId, asOf),
        })),
      ),
      servicesNotOperational: situation.servicesNotOperational.map((outage) => ({
        ...outage,
        // Every outage is of a service of the catalogue the facts were read from.
        service: serviceModels.get(outage.serviceKey) as ServiceModel,
      })),
      backlogs: {
        ...situation.backlogTotals,
        itemsWillMissPromise: situation.backlogTotals.itemsMissingPromise,
        itemsWillMissPromiseUnknownBacklogs:
          situation.backlogTotals.itemsMissingPromiseUnknownBacklogs,
        backlogs,
      },
      overdueCommunications: await Promise.all(
        situation.overdueCommunications.map(async (line) => ({
          incident: await incident(line.incidentId),
          debt: line.debt,
        })),
      ),
      promisesMissed: situation.promisesMissed,
      notBusinessRecovered: await Promise.all(
        situation.notBusinessRecovered.map(async ({ incidentId, recovery }) => ({
          incident: await incident(incidentId),
          missing: recovery.missing,
          gaps: recovery.gaps.map((gap) => ({
            code: gap.code,
            backlogKey: gap.code === 'BACKLOG_OPEN' ? gap.backlogKey : null,
            backlogName: gap.code === 'BACKLOG_OPEN' ? gap.backlogName : null,
            open: gap.code === 'BACKLOG_OPEN' ? gap.open : null,
            status: gap.code === 'NOT_RESOLVED' ? gap.status : null,
          })),
        })),
      ),
    };
  }
}
