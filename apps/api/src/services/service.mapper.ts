import {
  type OutageCostPerHour,
  type Service,
  type ServiceStatus,
  type ServiceTier,
} from '@lagebild/domain';
import { type ServiceEntity } from './service.entity';
import { type ServiceModel } from './models/service.model';

/** Entity -> domain. The database only holds values the domain validated, hence the casts. */
export function toDomainService(entity: ServiceEntity): Service {
  return {
    key: entity.key,
    name: entity.name,
    description: entity.description,
    tier: entity.tier as ServiceTier,
    rtoMinutes: entity.rtoMinutes,
    rpoMinutes: entity.rpoMinutes,
    dependsOn: [...entity.dependsOn],
    status: entity.status as ServiceStatus,
    mtpdMinutes: entity.mtpdMinutes,
    outageCostPerHour:
      entity.outageOrdersPerHour === null || entity.outageEurosPerHour === null
        ? null
        : { orders: entity.outageOrdersPerHour, euros: entity.outageEurosPerHour },
    supplier: entity.supplier,
  };
}

/** The cost estimate as the entity keeps it: two columns, both set or neither. */
export function outageCostColumns(
  cost: OutageCostPerHour | null,
): Pick<ServiceEntity, 'outageOrdersPerHour' | 'outageEurosPerHour'> {
  return { outageOrdersPerHour: cost?.orders ?? null, outageEurosPerHour: cost?.euros ?? null };
}

export function toServiceModel(entity: ServiceEntity): ServiceModel {
  return {
    ...toDomainService(entity),
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** What the audit log keeps of a service. */
export function auditSnapshot(entity: ServiceEntity): Record<string, unknown> {
  return { ...toDomainService(entity), version: entity.version };
}
