import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, actorLabel } from '../auth/actor';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditEntryView extends Omit<AuditEntryEntity, 'before' | 'after'> {
  before: unknown;
  after: unknown;
}

export interface AuditRecord {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** What the audit log can be narrowed by; every part is optional. */
export interface AuditFilter {
  entity?: string | undefined;
  id?: string | undefined;
  actor?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** Keys never written to the audit log, whatever entity they appear in. */
const SECRET_KEYS = new Set(['password', 'passwordHash', 'secret', 'secretHash', 'token']);

function toAuditJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, (key, inner: unknown) => (SECRET_KEYS.has(key) ? undefined : inner));
}

/** The append-only audit log. Write through the caller's transaction so both land or neither. */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      id: newId(),
      at: this.clock.now(),
      actor: actorLabel(record.actor),
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: toAuditJson(record.before),
      after: toAuditJson(record.after),
    });
  }

  /**
   * Recorded changes, newest first, narrowed by whatever the filter names (entity type, one
   * object, who, from / until when), `limit` at a time from `offset` on.
   */
  async entriesFor(filter: AuditFilter, limit: number, offset = 0): Promise<AuditEntryView[]> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(limit)
      .skip(offset);
    if (filter.entity) query.andWhere('entry.entityType = :entity', { entity: filter.entity });
    if (filter.id) query.andWhere('entry.entityId = :id', { id: filter.id });
    if (filter.actor) query.andWhere('entry.actor = :actor', { actor: filter.actor });
    // Instants are fixed-width ISO strings: string order is time order.
    if (filter.from) query.andWhere('entry.at >= :from', { from: filter.from.toISOString() });
    if (filter.to) query.andWhere('entry.at < :to', { to: filter.to.toISOString() });
    const rows = await query.getMany();
    return rows.map((row) => ({
      ...row,
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    }));
  }
}
