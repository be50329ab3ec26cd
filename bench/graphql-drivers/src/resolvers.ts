import { Injectable } from '@nestjs/common';
import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  buildCatalogue,
  type Catalogue,
  type ImpactRecord,
  type IncidentRecord,
  type ServiceRecord,
} from './catalogue';
import { IncidentModel, ServiceImpactModel, ServiceModel } from './models';

@Injectable()
export class CatalogueStore {
  readonly catalogue: Catalogue = buildCatalogue();

  service(key: string): ServiceRecord {
    const service = this.catalogue.servicesByKey.get(key);
    if (!service) throw new Error(`Unknown service ${key}`);
    return service;
  }
}

@Resolver(() => IncidentModel)
export class IncidentsResolver {
  constructor(private readonly store: CatalogueStore) {}

  @Query(() => [IncidentModel])
  incidents(): readonly IncidentRecord[] {
    return this.store.catalogue.incidents;
  }
}

// Field resolvers stand where the real API puts DataLoader lookups, so the driver's per-field
// resolver path is part of what is measured.
@Resolver(() => ServiceImpactModel)
export class ServiceImpactResolver {
  constructor(private readonly store: CatalogueStore) {}

  @ResolveField(() => ServiceModel)
  service(@Parent() impact: ImpactRecord): ServiceRecord {
    return this.store.service(impact.serviceKey);
  }
}

@Resolver(() => ServiceModel)
export class ServiceResolver {
  constructor(private readonly store: CatalogueStore) {}

  @ResolveField(() => [ServiceModel])
  dependsOn(@Parent() service: ServiceRecord): ServiceRecord[] {
    return service.dependsOnKeys.map((key) => this.store.service(key));
  }
}

export const BENCH_PROVIDERS = [
  CatalogueStore,
  IncidentsResolver,
  ServiceImpactResolver,
  ServiceResolver,
];
