import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { IncidentImpactEntity } from './incident-impact.entity';
import { IncidentUpdateEntity } from './incident-update.entity';
import { IncidentEntity } from './incident.entity';
import { IncidentNumberEntity } from './incident-number.entity';

export interface IncidentPageQuery {
  statuses?: readonly string[];
  severities?: readonly string[];
  activeOnly?: boolean;
  serviceKey?: string;
  startedAfter?: Date;
  startedBefore?: Date;
  /** Continue after this position of the order (started_at DESC, id DESC). */
  after?: { startedAt: Date; id: string };
  limit: number;
}

/** A status change of an incident, without the text of the entry that made it. */
export interface StatusChangeRow {
  incidentId: string;
  statusChange: string;
  displayAt: Date;
  position: number;
}

/** The only place of the incidents feature that talks to TypeORM. */
@Injectable()
export class IncidentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(IncidentEntity, { where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<IncidentEntity[]> {
    return this.dataSource.manager.find(IncidentEntity, { where: { id: In([...ids]) } });
  }

  /**
   * Incidents a picture at `asOf` may show, in one statement: started by then and either still
   * open then or resolved after `resolvedSince` (recently enough to still matter).
   */
  findAround(asOf: Date, resolvedSince: Date): Promise<IncidentEntity[]> {
    // Instants are fixed-width ISO strings, so string comparison is time order.
    return this.dataSource.manager
      .createQueryBuilder(IncidentEntity, 'incident')
      .where('incident.startedAt <= :asOf', { asOf: asOf.toISOString() })
      .andWhere('(incident.resolvedAt IS NULL OR incident.resolvedAt > :resolvedSince)', {
        resolvedSince: resolvedSince.toISOString(),
      })
      .orderBy('incident.startedAt', 'ASC')
      .addOrderBy('incident.id', 'ASC')
      .getMany();
  }

  /** Incidents that started in [from, to). */
  findStartedBetween(from: Date, to: Date): Promise<IncidentEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(IncidentEntity, 'incident')
      .where('incident.startedAt >= :from AND incident.startedAt < :to', {
        from: from.toISOString(),
        to: to.toISOString(),
      })
      .getMany();
  }

  findByRef(ref: string) {
    return this.dataSource.manager.findOne(IncidentEntity, { where: { ref } });
  }

  impactsOf(
    incidentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IncidentImpactEntity[]> {
    return manager.find(IncidentImpactEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { position: 'ASC' },
    });
  }

  updatesOf(
    incidentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IncidentUpdateEntity[]> {
    return manager.find(IncidentUpdateEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { position: 'ASC' },
    });
  }

  /** Open impacts of one service across all incidents (closed ones do not set its status). */
  openImpactsOfService(
    manager: EntityManager,
    serviceKey: string,
  ): Promise<IncidentImpactEntity[]> {
    return manager
      .createQueryBuilder(IncidentImpactEntity, 'impact')
      .where('impact.serviceKey = :serviceKey', { serviceKey })
      .andWhere('impact.until IS NULL')
      .getMany();
  }

  /** One page of incidents, most recently started first, and how many match in all. */
  async page(query: IncidentPageQuery): Promise<{ rows: IncidentEntity[]; total: number }> {
    const builder = this.dataSource.manager.createQueryBuilder(IncidentEntity, 'incident');
    if (query.statuses?.length) {
      builder.andWhere('incident.status IN (:...statuses)', { statuses: query.statuses });
    }
    if (query.severities?.length) {
      builder.andWhere('incident.severity IN (:...severities)', { severities: query.severities });
    }
    if (query.activeOnly) {
      builder.andWhere('incident.status <> :resolved', { resolved: 'RESOLVED' });
    }
    if (query.serviceKey !== undefined) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM incident_impacts impact WHERE impact.incident_id = incident.id AND impact.service_key = :serviceKey)',
        { serviceKey: query.serviceKey },
      );
    }
    // Instants are stored as fixed-width ISO strings, so string comparison is time order.
    if (query.startedAfter) {
      builder.andWhere('incident.startedAt >= :startedAfter', {
        startedAfter: query.startedAfter.toISOString(),
      });
    }
    if (query.startedBefore) {
      builder.andWhere('incident.startedAt < :startedBefore', {
        startedBefore: query.startedBefore.toISOString(),
      });
    }
    const total = await builder.clone().getCount();
    if (query.after) {
      builder.andWhere(
        '(incident.startedAt < :afterStarted OR (incident.startedAt = :afterStarted AND incident.id < :afterId))',
        { afterStarted: query.after.startedAt.toISOString(), afterId: query.after.id },
      );
    }
    const rows = await builder
      .orderBy('incident.startedAt', 'DESC')
      .addOrderBy('incident.id', 'DESC')
      .take(query.limit)
      .getMany();
    return { rows, total };
  }

  /**
   * The next incident number, taken in the caller's transaction. The increment locks the
   * counter row until commit, so two declarations never get the same number.
   */
  async nextSequence(manager: EntityManager): Promise<number> {
    await manager
      .createQueryBuilder()
      .update(IncidentNumberEntity)
      .set({ lastSequence: () => 'last_sequence + 1' })
      .where('id = 1')
      .execute();
    const counter = await manager.findOneOrFail(IncidentNumberEntity, { where: { id: 1 } });
    return counter.lastSequence;
  }

  async insert(manager: EntityManager, entity: IncidentEntity): Promise<void> {
    await manager.insert(IncidentEntity, entity);
  }

  /**
   * Saves a change only if nobody saved in between (compare-and-set on `version`).
   * Returns false when the row moved on, so the caller can report a conflict.
   */
  async updateIfVersion(
    manager: EntityManager,
    entity: IncidentEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { id, ...changes } = entity;
    const result = await manager
      .createQueryBuilder()
      .update(IncidentEntity)
      .set(changes)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async insertImpacts(manager: EntityManager, impacts: IncidentImpactEntity[]): Promise<void> {
    if (impacts.length > 0) await manager.insert(IncidentImpactEntity, impacts);
  }

  async updateImpact(manager: EntityManager, impact: IncidentImpactEntity): Promise<void> {
    await manager.update(
      IncidentImpactEntity,
      { id: impact.id },
      { status: impact.status, since: impact.since, until: impact.until },
    );
  }

  async insertUpdates(manager: EntityManager, updates: IncidentUpdateEntity[]): Promise<void> {
    if (updates.length > 0) await manager.insert(IncidentUpdateEntity, updates);
  }

  // --- the public record (what the status page may read)

  /** Incidents still open, and those resolved at or after `resolvedSince`. */
  findOpenOrResolvedSince(resolvedSince: Date): Promise<IncidentEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(IncidentEntity, 'incident')
      .where(
        new Brackets((visible) =>
          visible
            .where('incident.status <> :resolved', { resolved: 'RESOLVED' })
            // Instants are fixed-width ISO strings: string order is time order.
            .orWhere('incident.resolvedAt >= :since', { since: resolvedSince.toISOString() }),
        ),
      )
      .orderBy('incident.startedAt', 'DESC')
      .addOrderBy('incident.id', 'DESC')
      .getMany();
  }

  impactsInOrder(incidentIds: readonly string[]): Promise<IncidentImpactEntity[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(IncidentImpactEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { position: 'ASC' },
    });
  }

  publicUpdatesOf(incidentIds: readonly string[]): Promise<IncidentUpdateEntity[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(IncidentUpdateEntity, {
      where: { incidentId: In([...incidentIds]), visibility: 'PUBLIC' },
      order: { position: 'ASC' },
    });
  }

  async statusChangesOf(incidentIds: readonly string[]): Promise<StatusChangeRow[]> {
    if (incidentIds.length === 0) return [];
    const rows = await this.dataSource.manager.find(IncidentUpdateEntity, {
      select: { incidentId: true, statusChange: true, displayAt: true, position: true },
      where: { incidentId: In([...incidentIds]), statusChange: Not(IsNull()) },
      order: { position: 'ASC' },
    });
    return rows.map((row) => ({
      incidentId: row.incidentId,
      statusChange: row.statusChange as string,
      displayAt: row.displayAt,
      position: row.position,
    }));
  }
}
