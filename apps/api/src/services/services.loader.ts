import { Injectable } from '@nestjs/common';
import {
  dependentsOf,
  type ServiceStatus,
  type SituationService,
  type SupplierGap,
  supplierGaps,
} from '@lagebild/domain';
import DataLoader from 'dataloader';
import { perRequest, type LoadScope } from '../graphql/context';
import { type ServiceEntity } from './service.entity';
import { toDomainService, toServiceModel } from './service.mapper';
import { type ServiceModel } from './models/service.model';
import { type SupplierGapModel } from './models/supplier-gap.model';
import { ServicesRepository } from './services.repository';

/** Batches service lookups per request, so lists of impacts or tasks cost one query. */
@Injectable()
export class ServicesLoader {
  constructor(private readonly repository: ServicesRepository) {}

  byKey(scope: LoadScope): DataLoader<string, ServiceEntity | null> {
    return perRequest(
      scope,
      'services.byKey',
      () =>
        new DataLoader<string, ServiceEntity | null>(async (keys) => {
          const found = await this.repository.findByKeys(keys);
          const byKey = new Map(found.map((service) => [service.key, service]));
          return keys.map((key) => byKey.get(key) ?? null);
        }),
    );
  }

  /** The whole catalogue, read once per request (graph questions need all of it). */
  catalogue(scope: LoadScope): Promise<ServiceEntity[]> {
    return perRequest(scope, 'services.catalogue', () => this.repository.findAll());
  }

  /**
   * The catalogue as the situation picture reads it: tier, RTO, stored status and since when,
   * and the impact analysis (MTPD, cost of an hour of outage, supplier, dependencies).
   */
  async outageFacts(scope: LoadScope): Promise<SituationService[]> {
    return (await this.catalogue(scope)).map((entity) => {
      const service = toDomainService(entity);
      return {
        key: service.key,
        tier: service.tier,
        rtoMinutes: service.rtoMinutes,
        status: entity.status as ServiceStatus,
        statusSetAt: entity.updatedAt,
        mtpdMinutes: service.mtpdMinutes,
        outageCostPerHour: service.outageCostPerHour,
        supplier: service.supplier,
        dependsOn: service.dependsOn,
      };
    });
  }

  /** The domain's supplier gaps of the whole catalogue, as GraphQL shows them (once per scope). */
  supplierGaps(scope: LoadScope): Promise<SupplierGapModel[]> {
    return perRequest(scope, 'services.supplierGaps', async () =>
      this.supplierGapModels(
        scope,
        supplierGaps((await this.catalogue(scope)).map(toDomainService)),
      ),
    );
  }

  /** Gaps the domain found, with the services they name. */
  async supplierGapModels(
    scope: LoadScope,
    gaps: readonly SupplierGap[],
  ): Promise<SupplierGapModel[]> {
    const models = await this.modelsByKey(scope);
    // Gaps only name services of the catalogue they were computed from.
    return gaps.map((gap) => ({
      ...gap,
      service: models.get(gap.serviceKey) as ServiceModel,
      supplier: models.get(gap.supplierKey) as ServiceModel,
    }));
  }

  /** Every service as GraphQL shows it, by key (mapped once per scope). */
  modelsByKey(scope: LoadScope): Promise<Map<string, ServiceModel>> {
    return perRequest(scope, 'services.modelsByKey', async () => {
      const catalogue = await this.catalogue(scope);
      return new Map(catalogue.map((service) => [service.key, toServiceModel(service)]));
    });
  }

  /** One service as GraphQL shows it; null if unknown. */
  async model(scope: LoadScope, key: string): Promise<ServiceModel | null> {
    return (await this.modelsByKey(scope)).get(key) ?? null;
  }

  async dependents(scope: LoadScope, key: string): Promise<string[]> {
    return dependentsOf(key, await this.catalogue(scope));
  }
}
