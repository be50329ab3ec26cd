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

  async entriesFor(
    entityType: string,
    entityId: string | undefined,
    limit: number,
  ): Promise<AuditEntryView[]> {
    const rows = await this.dataSource.getRepository(AuditEntryEntity).find({
      where: entityId ? { entityType, entityId } : { entityType },
      order: { at: 'DESC' },
      take: limit,
    });
    return rows.map((row) => ({
      ...row,
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    }));
  }
}
