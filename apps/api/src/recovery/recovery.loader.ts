import { Injectable } from '@nestjs/common';
import {
  incidentDebtAt,
  rankRecoveryTasks,
  type RankedRecoveryTask,
  type RecoveryTask,
} from '@lagebild/domain';
import DataLoader from 'dataloader';
import { BacklogsLoader } from '../backlogs/backlogs.loader';
import { Clock } from '../common/clock';
import { CommunicationsLoader } from '../communications/communications.loader';
import { perRequest, type LoadScope } from '../graphql/context';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { ServicesLoader } from '../services/services.loader';
import { SettingsService } from '../settings/settings.service';
import { type RecoveryTaskEntity } from './recovery-task.entity';
import { type RecoveryTaskModel } from './models/recovery-task.model';
import { toDomainTask, toRecoveryTaskModel } from './recovery-task.mapper';
import { RecoveryRepository } from './recovery.repository';

export interface RankedTaskRow {
  ranked: RankedRecoveryTask;
  entity: RecoveryTaskEntity;
}

/**
 * Per-request batching: the tasks of many incidents cost one query, the catalogue one, the
 * impacts one, their backlogs one (plus their open counts); each incident is ranked once per
 * request.
 */
@Injectable()
export class RecoveryLoader {
  constructor(
    private readonly repository: RecoveryRepository,
    private readonly incidents: IncidentsLoader,
    private readonly services: ServicesLoader,
    private readonly backlogs: BacklogsLoader,
    private readonly communications: CommunicationsLoader,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  tasks(scope: LoadScope): DataLoader<string, RecoveryTaskEntity[]> {
    return perRequest(
      scope,
      'recovery.tasks',
      () =>
        new DataLoader<string, RecoveryTaskEntity[]>(async (incidentIds) => {
          const rows = await this.repository.tasksOf(incidentIds);
          const grouped = new Map<string, RecoveryTaskEntity[]>(incidentIds.map((id) => [id, []]));
          for (const row of rows) grouped.get(row.incidentId)?.push(row);
          return incidentIds.map((id) => grouped.get(id) ?? []);
        }),
    );
  }

  /** The incident's tasks as the domain sees them (batched like `tasks`). */
  async domainTasks(scope: LoadScope, incidentId: string): Promise<RecoveryTask[]> {
    return (await this.tasks(scope).load(incidentId)).map(toDomainTask);
  }

  /** The incident's tasks in recommended order (done ones last), computed by the domain. */
  ranked(scope: LoadScope, incidentId: string): Promise<RankedTaskRow[]> {
    const cache = perRequest(
      scope,
      'recovery.ranked',
      () => new Map<string, Promise<RankedTaskRow[]>>(),
    );
    let ranking = cache.get(incidentId);
    if (ranking === undefined) {
      ranking = this.rank(scope, incidentId);
      cache.set(incidentId, ranking);
    }
    return ranking;
  }

  /**
   * What is done first: the incident's open tasks in recommended order, at most `count` — the
   * overview keeps them with its picture, so a read does not rank again.
   */
  async firstTasks(
    scope: LoadScope,
    incidentId: string,
    count: number,
  ): Promise<RecoveryTaskModel[]> {
    const rows = await this.ranked(scope, incidentId);
    return rows
      .filter((row) => row.ranked.rank !== null)
      .sort((left, right) => (left.ranked.rank ?? 0) - (right.ranked.rank ?? 0))
      .slice(0, count)
      .map((row) => toRecoveryTaskModel(row.ranked, row.entity));
  }

  private async rank(scope: LoadScope, incidentId: string): Promise<RankedTaskRow[]> {
    const [rows, impacts, catalogue, backlogs, incident, messages, cadence] = await Promise.all([
      this.tasks(scope).load(incidentId),
      this.incidents.domainImpacts(scope, incidentId),
      this.services.catalogue(scope),
      this.backlogs.waitingForServices(scope, incidentId),
      this.incidents.domainIncident(scope, incidentId),
      this.communications.messageFacts(scope, incidentId),
      this.settings.cadence(scope),
    ]);
    const now = this.clock.now();
    // The same debt the incident shows: a task that ends the silence rises while it is overdue.
    const communicationDebt = incident
      ? incidentDebtAt({ incident, messages }, now, cadence)
      : null;
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ranked = rankRecoveryTasks(
      { tasks: rows.map(toDomainTask), services: catalogue, impacts, backlogs, communicationDebt },
      now,
    );
    return ranked.map((task) => ({
      ranked: task,
      entity: byId.get(task.id) as RecoveryTaskEntity,
    }));
  }
}
